package io.archadvisor.cli;

import io.archadvisor.graph.Node;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code archadvisor check FILE...}: the CI gate. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Advise on each requirements file and fail (exit 1) when a finding at or above --fail-on, or a"
                    + " failed checklist item, remains after waivers and the baseline.",
            "Prints what fails and one summary line; --output writes reports such as SARIF for code scanning.",
            "With --from, check what compose files, Kubernetes manifests, Backstage catalogs, Terraform plans,"
                    + " OpenAPI/AsyncAPI contracts or Structurizr workspaces describe, with an optional overlay FILE;"
                    + " SARIF then points at the imported lines."
        })
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "Requirements YAML files; - for standard input. With --from, one optional overlay file.")
    List<String> inputs;

    @Option(
            names = "--from",
            paramLabel = "PATH",
            arity = "1..*",
            description = "Import the requirements from these files or folders instead (put an overlay FILE last or"
                    + " before --from).")
    List<Path> from;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            completionCandidates = Severities.class,
            description = "The lowest severity that fails: ${COMPLETION-CANDIDATES} (default high).")
    String failOn;

    @Option(
            names = "--fail-on-checklist",
            negatable = true,
            defaultValue = Option.NULL_VALUE,
            description = "Fail when a pre-response checklist item fails (default on; --no-fail-on-checklist turns"
                    + " it off).")
    Boolean failOnChecklist;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "A JSON advice (advise --format json) whose findings do not fail: only new ones do.")
    Path baseline;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FORMAT=PATH",
            description = "Write FORMAT to PATH (- for standard output); repeatable. With several inputs put {name}"
                    + " in PATH.")
    List<String> outputs;

    @Option(
            names = "--waivers",
            paramLabel = "FILE",
            description = "Accept the findings listed in FILE (default: waivers.yaml next to each input).")
    Path waivers;

    @Mixin
    CommonFlags common;

    @Override
    public Integer call() {
        Imports.Split split = Imports.required(
                spec,
                from,
                inputs,
                "'FILE': give requirements YAML files, - for standard input, or --from PATH to import them");
        ConfigFile config = common.configFile(split.first());
        CheckSettings settings = common.settings(
                outputs, failOn == null ? null : FailLevel.parse(failOn), failOnChecklist, waivers, baseline);
        CheckOptions options = settings.resolve(split.overlay(), split.from(), config, common.quiet);
        FailLevel level = options.failOn();
        boolean checklist = options.failOnChecklist();
        List<OutputTarget> targets = options.outputs();
        CheckResult result = CheckRun.run(options, parent.advisors, parent.streams);
        boolean anyAdvised = result.inputs().stream().anyMatch(r -> r.graph() != null);
        if (!common.quiet && anyAdvised) {
            // the human report goes where no machine-readable output does
            PrintStream report =
                    targets.stream().anyMatch(OutputTarget::isStdout) ? parent.streams.err() : parent.streams.out();
            for (InputResult r : result.inputs()) {
                for (Node n : r.failing()) {
                    report.println(Terminal.oneLine((result.inputs().size() > 1 ? Inputs.display(r.input()) + ": " : "")
                            + shorten(CheckRun.describe(n))));
                }
            }
            report.println(result.summary() + verdict(result, level, checklist));
            report.flush();
        }
        return result.exitCode();
    }

    /** One failing item in at most a few hundred characters; `explain` gives the whole story. */
    private static String shorten(String line) {
        int max = 300;
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    private static String verdict(CheckResult result, FailLevel level, boolean checklist) {
        String rule = " (--fail-on " + level + (checklist ? ", checklist" : "") + ")";
        return switch (result.exitCode()) {
            case ExitCode.FINDINGS -> " · FAIL" + rule;
            case ExitCode.OK -> " · PASS" + rule;
            default -> " · ERROR";
        };
    }
}
