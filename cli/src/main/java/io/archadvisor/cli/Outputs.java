package io.archadvisor.cli;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.render.Format;
import io.archadvisor.render.Renderer;
import io.archadvisor.render.SarifRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders advice in any {@link Format} and writes it to a file or standard output. */
public final class Outputs {

    private Outputs() {}

    /**
     * The renderer of a format for one advice: the format's own renderer, told the loaded rules, the tool version and
     * the input file where it can use them (SARIF).
     */
    public static Renderer renderer(Format format, Advisor advisor, String artifact) {
        Renderer r = format.renderer();
        if (r instanceof SarifRenderer sarif) {
            SarifRenderer s = sarif.withRules(advisor.rules()).withToolVersion(Version.get());
            r = artifact == null ? s : s.withArtifact(artifact);
        }
        return r;
    }

    /**
     * Writes the advice to the target, creating missing parent folders.
     *
     * @throws CliException when the file cannot be written
     */
    public static void write(
            OutputTarget target, String inputName, Renderer renderer, RecommendationGraph graph, PrintStream stdout) {
        if (target.isStdout()) {
            stdout.print(renderer.render(graph));
            stdout.flush();
            return;
        }
        Path file = target.file(inputName);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                renderer.render(graph, w);
            }
        } catch (IOException e) {
            throw new CliException("--output " + target.format().id() + "=" + file + ": cannot write the file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); choose a writable path");
        }
    }
}
