package io.archadvisor.cli;

import io.archadvisor.Advisor;
import io.archadvisor.model.Requirements;
import io.archadvisor.whatif.DeltaReport;
import io.archadvisor.whatif.GraphDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code archadvisor what-if FILE --set PATH=VALUE...}: what changes in the advice. */
@Command(
        name = "what-if",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Change requirements and print what changes in the advice (a Markdown delta report).")
final class WhatIfCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Parameters(paramLabel = "FILE|-", description = "The requirements YAML file, or - for standard input.")
    String input;

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = "Set a requirement, such as team.size=80 or nfrs.compliance=[gdpr, hipaa] (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--clear", paramLabel = "PATH", description = "Make a requirement unknown again (repeatable).")
    List<String> clears = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: the changes).")
    String title;

    @Mixin
    CommonFlags common;

    @Override
    public Integer call() {
        if (sets.isEmpty() && clears.isEmpty()) {
            throw new CliException(
                    "nothing to change: give --set PATH=VALUE (such as --set team.size=80) or --clear" + " PATH");
        }
        Requirements before = Inputs.read(input, parent.streams.in());
        Requirements after = Assignments.apply(before, sets, clears);
        try (Advisor advisor = Advising.advisor(parent, common, input)) {
            GraphDelta delta = advisor.compare(before, after);
            List<String> changes = new ArrayList<>(sets);
            clears.forEach(c -> changes.add(c + " unknown"));
            String t = title != null ? title : "What if " + String.join(", ", changes) + "?";
            parent.streams.out().print(DeltaReport.markdown(t, delta));
            parent.streams.out().flush();
        }
        return ExitCode.OK;
    }
}
