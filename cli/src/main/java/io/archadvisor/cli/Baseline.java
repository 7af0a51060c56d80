package io.archadvisor.cli;

import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.render.GraphJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The findings and failed checklist items of an earlier advice (its JSON output), which {@code check --baseline} does
 * not fail on: only what is new since fails the gate.
 *
 * @param file the baseline file
 * @param ids the node ids of its findings and failed checklist items
 */
public record Baseline(Path file, Set<String> ids) {

    /** Copies. */
    public Baseline {
        ids = Set.copyOf(ids);
    }

    /** The largest baseline read, so that naming the wrong file cannot exhaust the memory. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    /**
     * Reads a JSON advice written by {@code archadvisor advise --format json} (or {@code --output json=FILE}).
     *
     * @throws CliException when the file is missing or is not a JSON advice
     */
    public static Baseline read(Path file) {
        String json;
        try {
            Path path = Inputs.existingFile(file.toString(), "baseline").toAbsolutePath();
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                throw new CliException("--baseline " + file + ": "
                        + (Files.isRegularFile(path)
                                ? "is " + Files.size(path) / (1024 * 1024) + " MiB, more than the "
                                        + MAX_BYTES / (1024 * 1024) + " MiB read as a baseline"
                                : "is not a regular file")
                        + "; give the JSON an earlier `advise --format json` wrote");
            }
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CliException("--baseline " + file + ": is not valid UTF-8 text; give the JSON an earlier"
                    + " `advise --format json` wrote");
        } catch (IOException e) {
            throw new CliException("--baseline " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        RecommendationGraph graph;
        try {
            graph = GraphJson.standard().read(json);
        } catch (RuntimeException e) {
            throw new CliException(
                    "--baseline " + file + " is not a JSON advice (" + firstLine(e.getMessage())
                            + "); write one with `archadvisor advise FILE --format json > " + file + "`",
                    e);
        }
        return of(file, graph);
    }

    /** The baseline of a graph. */
    public static Baseline of(Path file, RecommendationGraph graph) {
        Set<String> ids = new TreeSet<>();
        for (Node n : graph.nodes()) {
            if (n instanceof Finding || n instanceof ChecklistResult c && c.status() == CheckStatus.FAIL) {
                ids.add(n.id());
            }
        }
        return new Baseline(file, ids);
    }

    /** Whether the baseline already had this finding or failed checklist item. */
    public boolean contains(Node node) {
        return ids.contains(node.id());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
