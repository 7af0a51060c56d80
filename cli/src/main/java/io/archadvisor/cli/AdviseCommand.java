package io.archadvisor.cli;

import io.archadvisor.render.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code archadvisor advise FILE|-} or {@code advise --from PATH… [FILE]}: the report on standard output. */
@Command(
        name = "advise",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Advise on a requirements file and print the report (Markdown by default).",
            "With --from, advise on what compose files, Kubernetes manifests, Backstage catalogs, Terraform plans,"
                    + " OpenAPI/AsyncAPI contracts or Structurizr workspaces describe; FILE is then an optional overlay"
                    + " with what files cannot say (team, budget, NFRs), and the report points at the imported lines."
        })
final class AdviseCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Parameters(
            paramLabel = "FILE|-",
            arity = "0..1",
            description = "The requirements YAML file, or - for standard input; with --from, an overlay file.")
    String input;

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
        Imports.Split split = Imports.required(
                spec,
                from,
                input == null ? List.of() : List.of(input),
                "'FILE|-': give a requirements YAML file, - for standard input, or --from PATH to import one");
        String first = split.first();
        ConfigFile config = common.configFile(first);
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
                split.overlay(),
                targets,
                FailLevel.NONE,
                false,
                common.advisorOptions(config),
                w,
                null,
                common.quiet,
                split.from());
        return CheckRun.run(options, parent.advisors, parent.streams).exitCode();
    }
}
