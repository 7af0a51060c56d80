package io.archadvisor.cli;

import io.archadvisor.Advisor;
import io.archadvisor.model.Requirements;
import io.archadvisor.whatif.DeltaReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code archadvisor diff BEFORE AFTER}: what changes in the advice between two requirement files. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Print what changes in the advice from one requirements file to another (a Markdown delta"
                + " report).")
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The requirements before (- for standard input).")
    String before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The requirements after (- for standard input).")
    String after;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title.")
    String title;

    @Mixin
    CommonFlags common;

    @Override
    public Integer call() {
        if (Inputs.isStdin(before) && Inputs.isStdin(after)) {
            throw new CliException("standard input (-) is named twice: it can be read only once");
        }
        Requirements a = Inputs.read(before, parent.streams.in());
        Requirements b = Inputs.read(after, parent.streams.in());
        try (Advisor advisor = Advising.advisor(parent, common, after)) {
            String t = title != null ? title : "From " + Inputs.display(before) + " to " + Inputs.display(after);
            parent.streams.out().print(DeltaReport.markdown(t, advisor.compare(a, b)));
            parent.streams.out().flush();
        }
        return ExitCode.OK;
    }
}
