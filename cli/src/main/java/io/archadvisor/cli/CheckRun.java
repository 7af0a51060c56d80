package io.archadvisor.cli;

import io.archadvisor.Advisor;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import io.archadvisor.imports.ImportNote;
import io.archadvisor.imports.ImportedRequirements;
import io.archadvisor.model.RequirementsDocument;
import io.archadvisor.render.Renderer;
import io.archadvisor.waiver.WaiverReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@code advise} or {@code check}, without any command-line parsing: builds the advisor, advises on each
 * input, writes the outputs and decides the exit status. Build plugins and actions call it with their own
 * {@link CheckOptions}; it prints errors and the outputs that go to standard output, and returns the rest as a
 * {@link CheckResult}.
 */
public final class CheckRun {

    private static final Logger LOG = LoggerFactory.getLogger(CheckRun.class);

    private CheckRun() {}

    /** Builds the advisor the options describe and runs. Errors are printed to {@code streams.err()}. */
    public static CheckResult run(CheckOptions options, Streams streams) {
        return run(options, AdvisorFactory.BUILD, streams);
    }

    /** Runs with the advisor the factory gives for the options. Errors are printed to {@code streams.err()}. */
    public static CheckResult run(CheckOptions options, AdvisorFactory advisors, Streams streams) {
        Baseline baseline;
        try {
            // a missing input is a usage error worth knowing before the rules compile
            if (options.imports()) {
                Imports.checkPaths(options.from(), options.overlay().orElse(null));
            } else {
                options.inputs().stream()
                        .filter(i -> !Inputs.isStdin(i))
                        .forEach(i -> Inputs.existingFile(i, "requirements"));
            }
            if (options.waivers() != null) {
                Inputs.existingFile(options.waivers().toString(), "waivers");
            }
            baseline = options.baseline() == null ? null : Baseline.read(options.baseline());
        } catch (RuntimeException e) {
            return fail(e, streams);
        }
        long start = System.nanoTime();
        Advisor advisor;
        try {
            advisor = advisors.open(options.advisor());
        } catch (RuntimeException e) {
            return fail(e, streams);
        }
        LOG.info("compiled {} rules in {} ms", advisor.rules().size(), (System.nanoTime() - start) / 1_000_000);
        try (advisor) {
            return run(options, advisor, baseline, streams);
        }
    }

    /** Runs with an advisor built by the caller (which keeps it open), against a baseline or {@code null}. */
    public static CheckResult run(CheckOptions options, Advisor advisor, Baseline baseline, Streams streams) {
        List<InputResult> results = new ArrayList<>();
        int exit = ExitCode.OK;
        for (Subject subject : subjects(options, streams)) {
            InputResult r = one(subject, options, advisor, baseline, streams);
            results.add(r);
            exit = ExitCode.worst(exit, r.exitCode());
        }
        return new CheckResult(results, null, exit);
    }

    /**
     * One thing a run advises on: a requirements file, standard input, or imported files with their overlay.
     *
     * @param input what results and messages call it
     * @param name its name for {@code {name}} in output paths
     * @param artifact the file SARIF names for results without a location, or {@code null}
     * @param waiversNextTo the file whose neighbouring {@code waivers.yaml} applies, or {@code null}
     * @param reader reads its requirements with their locations
     */
    private record Subject(
            String input, String name, String artifact, Path waiversNextTo, Supplier<RequirementsDocument> reader) {}

    private static List<Subject> subjects(CheckOptions options, Streams streams) {
        if (options.imports()) {
            Path overlay = options.overlay().orElse(null);
            Path named = overlay != null ? overlay : options.from().get(0);
            return List.of(new Subject(
                    Imports.display(options.from(), overlay),
                    Inputs.baseName(named.toString()),
                    null,
                    overlay,
                    () -> imported(options, overlay, streams)));
        }
        List<Subject> out = new ArrayList<>();
        for (String input : options.inputs()) {
            out.add(new Subject(
                    input,
                    Inputs.baseName(input),
                    Inputs.isStdin(input) ? null : input,
                    Inputs.file(input).orElse(null),
                    () -> Inputs.readDocument(input, streams.in())));
        }
        return out;
    }

    private static RequirementsDocument imported(CheckOptions options, Path overlay, Streams streams) {
        ImportedRequirements imported =
                Imports.read(options.from(), overlay, options.advisor().catalog());
        if (imported.files().isEmpty()) {
            // a gate that read nothing must not pass: the advice would be on the overlay alone, or on nothing
            throw new CliException("--from " + Imports.display(options.from(), null) + ": no file there is one an"
                    + " importer reads, so there is nothing to advise on"
                    + (imported.notes().isEmpty()
                            ? ""
                            : " (" + imported.notes().get(0)
                                    + (imported.notes().size() > 1
                                            ? "; archadvisor import on the same paths prints every note"
                                            : "")
                                    + ")")
                    + ". Name compose files, Kubernetes manifests, Backstage catalogs, Terraform plans (JSON),"
                    + " OpenAPI or AsyncAPI contracts or Structurizr workspaces.");
        }
        for (ImportNote note : imported.notes()) {
            LOG.info("import note: {}", note);
        }
        if (!options.quiet() && !imported.hasConflicts()) {
            // what was read, and whether something was skipped, is worth one line; the notes themselves are long
            streams.err()
                    .println("archadvisor: " + ImportCommand.summary(imported, null)
                            + (imported.notes().isEmpty()
                                    ? ""
                                    : " (archadvisor import on the same paths prints them, or --verbose)"));
        }
        LOG.info(
                "imported {} files: {}",
                imported.files().size(),
                imported.files().stream()
                        .map(f -> f.name() + " (" + f.format() + ")")
                        .toList());
        return imported.requireNoConflicts().document();
    }

    private static InputResult one(
            Subject subject, CheckOptions options, Advisor advisor, Baseline baseline, Streams streams) {
        String input = subject.input();
        RecommendationGraph graph;
        try {
            long start = System.nanoTime();
            RequirementsDocument document = subject.reader().get();
            List<Waiver> waivers = waivers(subject.waiversNextTo(), options.waivers());
            graph = advisor.advise(document.requirements(), document.sources(), waivers);
            LOG.info(
                    "advised on {} in {} ms: {} nodes, {} rules fired",
                    Inputs.display(input),
                    (System.nanoTime() - start) / 1_000_000,
                    graph.nodes().size(),
                    graph.firedRules().size());
            for (OutputTarget target : options.outputs()) {
                Renderer renderer = Outputs.renderer(target.format(), advisor, subject.artifact());
                Outputs.write(target, subject.name(), renderer, graph, streams.out());
            }
        } catch (RuntimeException e) {
            int code = Errors.exitCode(e);
            String message = Errors.message(e);
            print(streams, e, options.inputs().size() > 1 ? Inputs.display(input) + ": " + message : message);
            return new InputResult(input, null, List.of(), List.of(), message, code);
        }
        List<Node> failing = new ArrayList<>();
        List<Node> baselined = new ArrayList<>();
        for (Node n : graph.nodes()) {
            boolean counts = n instanceof Finding f
                            && !graph.isWaived(n)
                            && options.failOn().fails(f.severity())
                    || n instanceof ChecklistResult c && c.status() == CheckStatus.FAIL && options.failOnChecklist();
            if (!counts) {
                continue;
            }
            if (baseline != null && baseline.contains(n)) {
                baselined.add(n);
            } else {
                failing.add(n);
            }
        }
        return new InputResult(
                input, graph, failing, baselined, null, failing.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS);
    }

    private static List<Waiver> waivers(Path nextTo, Path waivers) {
        if (waivers != null) {
            Inputs.existingFile(waivers.toString(), "waivers");
            return WaiverReader.read(waivers);
        }
        return nextTo == null ? List.of() : WaiverReader.readNextTo(nextTo);
    }

    private static CheckResult fail(RuntimeException e, Streams streams) {
        String message = Errors.message(e);
        print(streams, e, message);
        return CheckResult.failed(message, Errors.exitCode(e));
    }

    private static void print(Streams streams, Throwable e, String message) {
        streams.err().println("archadvisor: " + message);
        LOG.debug("the error in full", e);
    }

    /** One line for a node that fails the check, such as {@code AP-SPOF (HIGH) in payments: ...}. */
    public static String describe(Node n) {
        if (n instanceof io.archadvisor.graph.AntiPatternFinding) {
            return n.summary();
        }
        if (n instanceof Finding f) {
            return f.code() + " (" + f.severity() + ") in " + f.subject() + ": " + n.summary();
        }
        if (n instanceof ChecklistResult c) {
            return "checklist " + c.item() + " failed: " + c.item().text() + " — " + c.evidence();
        }
        return n.id() + ": " + n.summary();
    }
}
