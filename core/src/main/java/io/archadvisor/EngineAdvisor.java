package io.archadvisor;

import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import io.archadvisor.internal.DroolsAdvisor;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.SourceMap;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.pack.StuckEvaluation;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.GraphDelta;
import java.util.List;
import java.util.Objects;

/**
 * The {@link Advisor} the builder returns: the facade over the internal Drools engine, which it delegates to once the
 * proposal's cross-references are checked ({@link io.archadvisor.model.References}), so requirements built in Java
 * are held to what the requirements reader enforces for files.
 */
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
        return engine.advise(checked(requirements, SourceMap.empty()));
    }

    @Override
    public RecommendationGraph advise(Requirements requirements, List<Waiver> waivers) {
        return engine.advise(checked(requirements, SourceMap.empty()), waivers);
    }

    @Override
    public RecommendationGraph advise(Requirements requirements, SourceMap sources, List<Waiver> waivers) {
        Objects.requireNonNull(sources, "sources");
        return engine.advise(checked(requirements, sources), waivers).withSources(sources);
    }

    @Override
    public AdvisorSession openSession(Requirements requirements) {
        return engine.openSession(checked(requirements, SourceMap.empty()));
    }

    @Override
    public GraphDelta compare(Requirements before, Requirements after) {
        return engine.compare(checked(before, SourceMap.empty()), checked(after, SourceMap.empty()));
    }

    /** The requirements, once the engine found no broken cross-reference in their proposal. */
    private Requirements checked(Requirements requirements, SourceMap sources) {
        Objects.requireNonNull(requirements, "requirements");
        engine.checkReferences(requirements, sources);
        return requirements;
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
