package io.archadvisor;

import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.facts.InputFact;
import io.archadvisor.graph.RecommendationGraph;
import java.time.LocalDate;
import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The per-advice work of {@link DroolsAdvisor} on a session it is given, without the watchdog: provenance listeners,
 * the facts, the advice date and the catalog's reference facts, the phases' agenda-group focus, firing, graph
 * assembly. The benchmarks use it to compare ways of obtaining a session with everything else equal.
 */
public final class SessionRun {

    private SessionRun() {
    }

    /** Advises on the facts in {@code session} exactly as the advisor does, and returns the graph. */
    public static RecommendationGraph advise(KieSession session, List<InputFact> facts, LocalDate date,
            TechnologyCatalog catalog) {
        ProvenanceRecorder recorder = new ProvenanceRecorder();
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        try {
            for (InputFact f : facts) {
                session.insert(f);
            }
            session.insert(new AdviceContext(date));
            DroolsAdvisor.insertReferenceFacts(session, catalog);
            recorder.startRun();
            DroolsAdvisor.focus(session, DroolsAdvisor.PHASES);
            session.fireAllRules();
            return GraphAssembler.assemble(session, recorder);
        } finally {
            session.removeEventListener((AgendaEventListener) recorder);
            session.removeEventListener((RuleRuntimeEventListener) recorder);
        }
    }
}
