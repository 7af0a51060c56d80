package io.archadvisor.render;

import io.archadvisor.graph.RecommendationGraph;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a {@link RecommendationGraph} into text of one format. Implementations are immutable and safe to share between
 * threads; the same graph always gives the same text.
 */
@FunctionalInterface
public interface Renderer {

    /**
     * Writes the graph to {@code out}, such as a {@link java.io.Writer} or a {@link StringBuilder}; the caller closes
     * it.
     *
     * @throws IOException when {@code out} fails
     */
    void render(RecommendationGraph graph, Appendable out) throws IOException;

    /** The graph as text. */
    default String render(RecommendationGraph graph) {
        StringBuilder sb = new StringBuilder();
        try {
            render(graph, sb);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringBuilder does not throw; this is a bug", e);
        }
        return sb.toString();
    }
}
