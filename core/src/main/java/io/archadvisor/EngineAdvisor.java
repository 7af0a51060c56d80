package io.archadvisor;

import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import io.archadvisor.internal.DroolsAdvisor;
import io.archadvisor.model.Requirements;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.pack.StuckEvaluation;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.GraphDelta;
import java.util.List;

/** The {@link Advisor} the builder returns: the facade over the internal Drools engine, which it only delegates to. */
final class EngineAdvisor implements Advisor {

    private final DroolsAdvisor engine;

    EngineAdvisor(DroolsAdvisor engine) {
        this.engine = engine;
    }

    /** The engine behind this advisor, for the library's own tests. */
    DroolsAdvisor engine() {
        return engine;
    }

    @Override
    public RecommendationGraph advise(Requirements requirements) {
        return engine.advise(requirements);
    }

    @Override
    public RecommendationGraph advise(Requirements requirements, List<Waiver> waivers) {
        return engine.advise(requirements, waivers);
    }

    @Override
    public AdvisorSession openSession(Requirements requirements) {
        return engine.openSession(requirements);
    }

    @Override
    public GraphDelta compare(Requirements before, Requirements after) {
        return engine.compare(before, after);
    }

    @Override
    public List<RuleInfo> rules() {
        return engine.rules();
    }

    @Override
    public List<StuckEvaluation> stuckEvaluations() {
        return engine.stuckEvaluations();
    }

    @Override
    public void close() {
        engine.close();
    }
}
