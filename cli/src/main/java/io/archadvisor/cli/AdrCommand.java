package io.archadvisor.cli;

import io.archadvisor.adr.AdrPlan;
import io.archadvisor.adr.AdrRenderer;
import io.archadvisor.adr.Adrs;
import io.archadvisor.graph.RecommendationGraph;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code archadvisor adr FILE --dir DIR}: Architecture Decision Records from the advice, kept current. */
@Command(
        name = "adr",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Advise, then write one MADR record per decision (architecture style, deployment strategy, each technology"
                    + " choice, each departure from the existing estate) into an ADR folder, numbered as adr-tools and"
                    + " Log4brains expect, and keep them current: an unchanged decision leaves its file untouched, a"
                    + " changed outcome writes a record that supersedes the old one, a record edited by hand is only"
                    + " reported.",
            "Prints one line per record and a count; --dry-run prints the same plan and writes nothing."
        })
final class AdrCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Parameters(
            paramLabel = "FILE|-",
            arity = "0..1",
            description = "The requirements YAML file, or - for standard input; with --from, an overlay file.")
    String input;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            defaultValue = "docs/adr",
            description = "The ADR folder (default ${DEFAULT-VALUE}); created when missing.")
    Path dir;

    @Option(names = "--dry-run", description = "Print what would be written, and write nothing.")
    boolean dryRun;

    @Option(
            names = "--from",
            paramLabel = "PATH",
            arity = "1..*",
            description = "Import the requirements from these files or folders instead (put an overlay FILE last or"
                    + " before --from).")
    List<Path> from;

    @Option(
            names = "--waivers",
            paramLabel = "FILE",
            description = "Accept the findings listed in FILE (default: waivers.yaml next to the input).")
    Path waivers;

    @Mixin
    CommonFlags common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Imports.Split split = Imports.required(
                spec,
                from,
                input == null ? List.of() : List.of(input),
                "'FILE|-': give a requirements YAML file, - for standard input, or --from PATH to import one");
        String first = split.first();
        ConfigFile config = common.configFile(first);
        Path w = waivers != null
                ? waivers
                : config.config().waivers() == null
                        ? null
                        : config.resolve(config.config().waivers());
        AdvisorOptions advisorOptions = common.advisorOptions(config);
        CheckOptions options = new CheckOptions(
                split.overlay(), List.of(), FailLevel.NONE, false, advisorOptions, w, null, true, split.from());
        CheckResult result = CheckRun.run(options, parent.advisors, parent.streams);
        if (result.exitCode() != ExitCode.OK || result.inputs().isEmpty()) {
            return result.exitCode() == ExitCode.OK ? ExitCode.USAGE : result.exitCode();
        }
        RecommendationGraph graph = result.inputs().get(0).graph();
        // records are dated with the advice date, so a run pinned with --date gives the same bytes every time
        LocalDate date = advisorOptions.date() != null ? advisorOptions.date() : LocalDate.now(ZoneOffset.UTC);
        AdrRenderer renderer = AdrRenderer.standard().withDate(date);
        AdrPlan plan = dryRun ? Adrs.plan(graph, dir, renderer) : Adrs.sync(graph, dir, renderer);
        PrintStream out = parent.streams.out();
        if (dryRun) {
            out.println("Dry run: nothing is written to " + dir + "; a run without --dry-run would do this:");
        }
        if (!common.quiet || dryRun) {
            out.print(plan.summary());
        }
        if (!dryRun && !common.quiet) {
            out.println(
                    plan.writesNothing()
                            ? dir + " is up to date."
                            : "Wrote " + plan.writes().size() + (plan.writes().size() == 1 ? " record" : " records")
                                    + " in " + dir + ".");
        }
        out.flush();
        return ExitCode.OK;
    }
}
