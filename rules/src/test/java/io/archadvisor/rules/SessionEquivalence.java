package io.archadvisor.rules;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.GraphDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The what-if properties' shared harness: a session's graph equals a fresh advice, or the failure says how it differs,
 * over seeded sequences of changes that are logged so a failure names the seed and every change up to it.
 */
public final class SessionEquivalence {

    private SessionEquivalence() {}

    /** Fails, naming every differing node, provenance and edge, unless the session equals a fresh advice. */
    public static RecommendationGraph assertMatchesFreshAdvice(
            Advisor advisor, AdvisorSession session, String context) {
        RecommendationGraph fresh = advisor.advise(session.requirements());
        RecommendationGraph live = session.graph();
        if (fresh.equals(live)) {
            return fresh;
        }
        GraphDelta d = GraphDelta.between(fresh, live);
        StringBuilder why = new StringBuilder(context).append("\nthe session differs from a fresh advice:");
        d.added().forEach(n -> why.append("\n  only in the session: ").append(n));
        d.removed().forEach(n -> why.append("\n  only in the fresh advice: ").append(n));
        d.changed()
                .forEach(c -> why.append("\n  changed ")
                        .append(c.id())
                        .append(": ")
                        .append(c.fields())
                        .append(
                                c.fields().isEmpty()
                                        ? " provenance " + c.provenanceBefore() + " vs " + c.provenanceAfter()
                                        : ""));
        d.addedEdges().forEach(e -> why.append("\n  edge only in the session: ").append(e));
        d.removedEdges()
                .forEach(e -> why.append("\n  edge only in the fresh advice: ").append(e));
        throw new AssertionError(why.toString());
    }

    /** One random change to a session, logged in words. */
    @FunctionalInterface
    public interface Change {

        /** Makes a change drawn from {@code random} and adds it to {@code log}. */
        void apply(AdvisorSession session, Random random, List<String> log);
    }

    /**
     * Opens a session on empty requirements and, after each of {@code steps} changes drawn from {@code seed}, asserts
     * it equals a fresh advice.
     */
    public static void assertEveryStepMatchesFreshAdvice(Advisor advisor, long seed, int steps, Change change) {
        Random random = new Random(seed);
        List<String> log = new ArrayList<>();
        try (AdvisorSession session = advisor.openSession(Requirements.named("what-if"))) {
            for (int step = 0; step < steps; step++) {
                change.apply(session, random, log);
                assertMatchesFreshAdvice(advisor, session, "seed " + seed + ", after: " + String.join("; ", log));
            }
        }
    }

    /** Sets a value in the session and logs it. */
    public static GraphDelta set(AdvisorSession session, List<String> log, String path, Object value) {
        log.add(path + " = " + value);
        return session.set(path, value);
    }

    /** One of the values, drawn from {@code random}. */
    @SafeVarargs
    public static <T> T oneOf(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
