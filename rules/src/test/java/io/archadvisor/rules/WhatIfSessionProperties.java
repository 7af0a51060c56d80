package io.archadvisor.rules;

import static io.archadvisor.rules.SessionEquivalence.oneOf;
import static io.archadvisor.rules.SessionEquivalence.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.GraphDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core property of what-if sessions: after every change in a random sequence, the session's graph equals a fresh
 * advice on the same requirements, and the delta it reported leads from the previous graph to the new one.
 */
class WhatIfSessionProperties {

    private static final long BASE_SEED = 0x5EED_0A7CL;
    private static final int SEQUENCES = 16;
    private static final int STEPS = 15;

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder().checkReferences(false).build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    static LongStream seeds() {
        return LongStream.range(0, SEQUENCES).map(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSessionAlwaysEqualsAFreshAdviceOnTheSameRequirements(long seed) {
        Random random = new Random(seed);
        List<String> log = new ArrayList<>();
        try (AdvisorSession session = advisor.openSession(Requirements.named("what-if"))) {
            for (int step = 0; step < STEPS; step++) {
                RecommendationGraph before = session.graph();
                GraphDelta delta = change(session, random, log);
                String context = "seed " + seed + ", after: " + String.join("; ", log);
                RecommendationGraph fresh = SessionEquivalence.assertMatchesFreshAdvice(advisor, session, context);
                assertEquals(GraphDelta.between(before, fresh).added(), delta.added(), context);
                assertEquals(GraphDelta.between(before, fresh).removed(), delta.removed(), context);
                assertEquals(GraphDelta.between(before, fresh).changed(), delta.changed(), context);
            }
        }
    }

    private static GraphDelta change(AdvisorSession s, Random r, List<String> log) {
        int pick = r.nextInt(12);
        switch (pick) {
            case 0 -> {
                return set(s, log, "team.size", r.nextBoolean() ? null : 1 + r.nextInt(80));
            }
            case 1 -> {
                return set(s, log, "domain.clarity", oneOf(r, null, "unclear", "emerging", "clear"));
            }
            case 2 -> {
                return set(s, log, "domain.independentScaling", oneOf(r, null, true, false));
            }
            case 3 -> {
                return set(s, log, "timeline.stage", oneOf(r, null, "idea", "mvp", "growth", "mature"));
            }
            case 4 -> {
                return set(s, log, "workload.shape", oneOf(r, null, "steady", "spiky", "seasonal"));
            }
            case 5 -> {
                return set(s, log, "nfrs.latencyP99Ms", r.nextBoolean() ? null : 10 + r.nextInt(500));
            }
            case 6 -> {
                String key = oneOf(
                        r,
                        "asyncWorkflows",
                        "simpleCrud",
                        "realTime",
                        "iot",
                        "geoDistributed",
                        "auditTrail",
                        "longRunningJobs");
                return set(s, log, "workload." + key, oneOf(r, null, true, false));
            }
            case 7 -> {
                return set(s, log, "budget.costSensitivity", oneOf(r, null, "low", "medium", "high"));
            }
            case 8 -> {
                return set(
                        s,
                        log,
                        "nfrs.compliance",
                        oneOf(r, null, List.of(), List.of("hipaa"), List.of("pci-dss", "gdpr")));
            }
            case 9 -> {
                String name = "svc" + r.nextInt(4);
                boolean exists = s.requirements().proposal() != null
                        && s.requirements().proposal().services() != null
                        && s.requirements().proposal().services().stream()
                                .anyMatch(x -> x.name().equals(name));
                log.add((exists ? "remove service " : "add service ") + name);
                return exists
                        ? s.removeService(name)
                        : s.addService(
                                new ServiceSpec(name, List.of("db" + r.nextInt(2)), null, 1 + r.nextInt(3), null));
            }
            case 10 -> {
                List<ServiceSpec> services = s.requirements().proposal() == null
                                || s.requirements().proposal().services() == null
                        ? List.of()
                        : s.requirements().proposal().services();
                if (services.size() < 2) {
                    return set(s, log, "scale.projectedRequestsPerSecond", r.nextInt(5000));
                }
                String from = services.get(r.nextInt(services.size())).name();
                String to = services.get(r.nextInt(services.size())).name();
                log.add("call " + from + " -> " + to);
                return s.addDependency(from, new ServiceCall(to, r.nextBoolean() ? CallMode.SYNC : CallMode.ASYNC));
            }
            default -> {
                return set(
                        s,
                        log,
                        "domain.boundedContexts",
                        oneOf(r, null, List.of("orders"), List.of("orders", "billing", "shipping")));
            }
        }
    }
}
