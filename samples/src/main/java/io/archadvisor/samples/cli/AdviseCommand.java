package io.archadvisor.samples.cli;

import io.archadvisor.Advisor;
import io.archadvisor.base.ArchAdvisorException;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import io.archadvisor.render.Format;
import io.archadvisor.render.Renderer;
import io.archadvisor.render.SarifRenderer;
import io.archadvisor.graph.Waiver;
import io.archadvisor.waiver.WaiverReader;
import io.archadvisor.yaml.RequirementsReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code advise} command: reads a requirements YAML file and prints the advice.
 *
 * <pre>
 * advise &lt;requirements.yaml&gt; [--format markdown|json|mermaid|sarif] [--out FILE] [--rules FILE_OR_DIR]...
 *        [--waivers FILE]
 * </pre>
 *
 * Waivers are read from {@code --waivers}, or else from a {@code waivers.yaml} next to the requirements file.
 * Exit codes: 0 advice given, 2 wrong usage or invalid input or rules, 3 rule evaluation failed.
 */
public final class AdviseCommand {

    static final String USAGE = """
            usage: advise <requirements.yaml> [--format markdown|json|mermaid|sarif] [--out FILE] [--rules FILE_OR_DIR]...
                          [--waivers FILE]
              --format   output format (default: markdown)
              --out      write to FILE instead of standard output
              --rules    add custom DRL rules from a file or a folder (repeatable)
              --waivers  accept findings listed in FILE (default: waivers.yaml next to the requirements, if present)
            """;

    private AdviseCommand() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command, printing to the given streams; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path input = null;
        Path output = null;
        Format format = Format.MARKDOWN;
        List<Path> rules = new ArrayList<>();
        Path waivers = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--format" -> format = Format.parse(value(args, ++i, "--format"));
                    case "--out" -> output = Path.of(value(args, ++i, "--out"));
                    case "--rules" -> rules.add(Path.of(value(args, ++i, "--rules")));
                    case "--waivers" -> waivers = Path.of(value(args, ++i, "--waivers"));
                    case "-h", "--help" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("-") || input != null) {
                            throw new IllegalArgumentException("unexpected argument `" + args[i] + "`");
                        }
                        input = Path.of(args[i]);
                    }
                }
            }
            if (input == null) {
                throw new IllegalArgumentException("no requirements file given");
            }
        } catch (IllegalArgumentException | io.archadvisor.render.UnknownFormatException e) {
            err.println("advise: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            Requirements requirements = RequirementsReader.read(input);
            List<Waiver> accepted = waivers != null ? WaiverReader.read(waivers) : WaiverReader.readNextTo(input);
            Advisor.Builder builder = Advisor.builder();
            for (Path r : rules) {
                builder.addRules(r);
            }
            try (Advisor advisor = builder.build()) {
                RecommendationGraph graph = advisor.advise(requirements, accepted);
                Renderer renderer = format == Format.SARIF
                        ? SarifRenderer.standard().withRules(advisor.rules()).withArtifact(input.toString())
                        : format.renderer();
                if (output == null) {
                    out.print(renderer.render(graph));
                    out.flush();
                } else {
                    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                        renderer.render(graph, w);
                    }
                    err.println("advise: wrote " + format.id() + " to " + output);
                }
            }
            return 0;
        } catch (io.archadvisor.pack.EvaluationLimitException | io.archadvisor.pack.RuleExecutionException e) {
            err.println("advise: " + e.getMessage());
            return 3;
        } catch (ArchAdvisorException e) {
            err.println("advise: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("advise: cannot write " + output + ": " + e.getMessage());
            return 2;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
