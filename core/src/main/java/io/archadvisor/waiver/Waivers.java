package io.archadvisor.waiver;

import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import java.time.LocalDate;
import java.util.List;

/** Applies waivers to a graph; the advisor does this for you in {@code Advisor.advise(requirements, waivers)}. */
public final class Waivers {

    private Waivers() {}

    /** The graph with the waivers applied on {@code day}; see {@link RecommendationGraph#withWaivers}. */
    public static RecommendationGraph apply(RecommendationGraph graph, List<Waiver> waivers, LocalDate day) {
        return graph.withWaivers(waivers, day);
    }
}
