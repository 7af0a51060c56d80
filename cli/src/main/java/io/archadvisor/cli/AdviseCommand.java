package io.archadvisor.cli;

import io.archadvisor.render.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code archadvisor advise FILE|-}: the report on standard output. */
@Command(
        name = "advise",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Advise on a requirements file and print the report (Markdown by default).")
final class AdviseCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Parameters(paramLabel = "FILE|-", description = "The requirements YAML file, or - for standard input.")
    String input;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "The format printed on standard output: ${COMPLETION-CANDIDATES} (default markdown).",
            completionCandidates = Formats.class)
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FORMAT=PATH",
            description = "Also write FORMAT to PATH (- for standard output); repeatable, such as"
                    + " --output sarif=build/advice.sarif --output json=build/advice.json.")
    List<String> outputs;

    @Option(
            names = "--waivers",
            paramLabel = "FILE",
            description = "Accept the findings listed in FILE (default: waivers.yaml next to the input).")
    Path waivers;

    @Mixin
    CommonFlags common;

    @Override
    public Integer call() {
        ConfigFile config = common.configFile(input);
        List<OutputTarget> targets = new ArrayList<>(CommonFlags.outputs(outputs, config));
        if (format != null || targets.stream().noneMatch(OutputTarget::isStdout)) {
            Format f = format == null
                    ? Format.MARKDOWN
                    : OutputTarget.parse(format).format();
            targets.add(0, new OutputTarget(f, OutputTarget.STDOUT));
        }
        Path w = waivers != null
                ? waivers
                : config.config().waivers() == null
                        ? null
                        : config.resolve(config.config().waivers());
        CheckOptions options = new CheckOptions(
                List.of(input), targets, FailLevel.NONE, false, common.advisorOptions(config), w, null, common.quiet);
        return CheckRun.run(options, parent.advisors, parent.streams).exitCode();
    }
}
