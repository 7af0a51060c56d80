package io.archadvisor.rules;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.GraphDelta;

/** The what-if properties' shared check: a session's graph equals a fresh advice, or the failure says how it differs. */
public final class SessionEquivalence {

    private SessionEquivalence() {
    }

    /** Fails, naming every differing node, provenance and edge, unless the session equals a fresh advice. */
    public static RecommendationGraph assertMatchesFreshAdvice(Advisor advisor, AdvisorSession session, String context) {
        RecommendationGraph fresh = advisor.advise(session.requirements());
        RecommendationGraph live = session.graph();
        if (fresh.equals(live)) {
            return fresh;
        }
        GraphDelta d = GraphDelta.between(fresh, live);
        StringBuilder why = new StringBuilder(context).append("\nthe session differs from a fresh advice:");
        d.added().forEach(n -> why.append("\n  only in the session: ").append(n));
        d.removed().forEach(n -> why.append("\n  only in the fresh advice: ").append(n));
        d.changed().forEach(c -> why.append("\n  changed ").append(c.id()).append(": ").append(c.fields())
                .append(c.fields().isEmpty() ? " provenance " + c.provenanceBefore() + " vs " + c.provenanceAfter() : ""));
        d.addedEdges().forEach(e -> why.append("\n  edge only in the session: ").append(e));
        d.removedEdges().forEach(e -> why.append("\n  edge only in the fresh advice: ").append(e));
        throw new AssertionError(why.toString());
    }
}
