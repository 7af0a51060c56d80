package io.archadvisor.adr;

import io.archadvisor.graph.RecommendationGraph;
import java.nio.file.Path;

/**
 * Keeps an ADR folder current with a graph in one call:
 * {@code AdrPlan plan = Adrs.sync(graph, Path.of("docs/adr"));} reads the folder, plans what to write (see
 * {@link AdrPlanner}) and writes it. Running it again on the same advice writes nothing.
 */
public final class Adrs {

    private Adrs() {}

    /** Brings the folder's records in line with the graph, without dates; returns what was done. */
    public static AdrPlan sync(RecommendationGraph graph, Path dir) {
        return sync(graph, dir, AdrRenderer.standard());
    }

    /**
     * Brings the folder's records in line with the graph, rendered (and dated) by {@code renderer}; returns what was
     * done.
     *
     * @throws AdrException when the folder cannot be read or written
     */
    public static AdrPlan sync(RecommendationGraph graph, Path dir, AdrRenderer renderer) {
        AdrPlan plan = plan(graph, dir, renderer);
        AdrFolder.apply(plan, dir);
        return plan;
    }

    /** What {@link #sync} would do, without writing anything. */
    public static AdrPlan plan(RecommendationGraph graph, Path dir, AdrRenderer renderer) {
        return AdrPlanner.of(renderer).plan(graph, AdrFolder.read(dir));
    }
}
