package io.archadvisor.cli;

import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one input of a run.
 *
 * @param input the input as given ({@code -} for standard input)
 * @param graph the advice, or {@code null} when the input could not be advised
 * @param failing the open findings and failed checklist items that fail the check, in graph order
 * @param baselined the open findings and failed checklist items the baseline already had
 * @param error the error message when the input could not be advised, else {@code null}
 * @param exitCode this input's exit status
 */
public record InputResult(
        String input, RecommendationGraph graph, List<Node> failing, List<Node> baselined, String error, int exitCode) {

    /** Copies. */
    public InputResult {
        failing = List.copyOf(failing);
        baselined = List.copyOf(baselined);
    }

    /** The advice, when there is one. */
    public Optional<RecommendationGraph> advice() {
        return Optional.ofNullable(graph);
    }
}
