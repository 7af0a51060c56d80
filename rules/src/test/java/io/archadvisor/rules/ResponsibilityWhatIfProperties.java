package io.archadvisor.rules;

import static io.archadvisor.rules.SessionEquivalence.oneOf;

import io.archadvisor.Advisor;
import io.archadvisor.model.AccessKind;
import io.archadvisor.model.DataAccessPattern;
import io.archadvisor.whatif.AdvisorSession;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What-if sessions over the dimensions the responsibility rules read (availability, operations maturity, Kubernetes,
 * regions, RPO/RTO, compliance, residency, data access, workload traits, budget): after every change in a seeded
 * random sequence, the session's graph equals a fresh advice, so rules that build on each other within a phase (flows
 * on components, deployment strategy on the GitOps guidance, checklist on the finished graph) retract cleanly.
 */
class ResponsibilityWhatIfProperties {

    private static final long BASE_SEED = 0x2E5B_0415L;
    private static final int SEQUENCES = 12;
    private static final int STEPS = 15;

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder().build();
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
    void aSessionOverTheResponsibilityDimensionsAlwaysEqualsAFreshAdvice(long seed) {
        SessionEquivalence.assertEveryStepMatchesFreshAdvice(
                advisor, seed, STEPS, ResponsibilityWhatIfProperties::change);
    }

    private static void change(AdvisorSession s, Random r, List<String> log) {
        switch (r.nextInt(12)) {
            case 0 -> set(s, log, "nfrs.availabilityPercent", oneOf(r, null, 99.0, 99.9, 99.95, 99.99));
            case 1 -> set(s, log, "team.opsMaturity", oneOf(r, null, "low", "medium", "high"));
            case 2 -> set(s, log, "team.size", oneOf(r, null, 4, 12, 30, 60));
            case 3 -> set(s, log, "deployment.kubernetes", oneOf(r, null, true, false));
            case 4 -> set(s, log, "deployment.regions", oneOf(r, null, 1, 2));
            case 5 ->
                set(s, log, r.nextBoolean() ? "nfrs.rpoMinutes" : "nfrs.rtoMinutes", oneOf(r, null, 0, 5, 60, 240));
            case 6 ->
                set(s, log, "nfrs.compliance", oneOf(r, null, List.of(), List.of("pci-dss"), List.of("gdpr", "soc2")));
            case 7 -> set(s, log, "nfrs.dataResidency", oneOf(r, null, List.of("eu")));
            case 8 ->
                set(
                        s,
                        log,
                        "dataAccess",
                        oneOf(
                                r,
                                null,
                                List.of(),
                                List.of(new DataAccessPattern("orders", AccessKind.TRANSACTIONAL, 3000, 50, false)),
                                List.of(
                                        new DataAccessPattern("payments", AccessKind.TRANSACTIONAL, 500, 300, true),
                                        new DataAccessPattern("videos", AccessKind.BLOB, null, null, null),
                                        new DataAccessPattern("clicks", AccessKind.STREAMING, null, 2000, false))));
            case 9 ->
                set(
                        s,
                        log,
                        "workload."
                                + oneOf(r, "longRunningJobs", "asyncWorkflows", "geoDistributed", "iot", "realTime"),
                        oneOf(r, null, true, false));
            case 10 -> set(s, log, "workload.shape", oneOf(r, null, "steady", "spiky"));
            default -> set(s, log, "budget.monthlyUsd", oneOf(r, null, 500, 50000));
        }
    }

    private static void set(AdvisorSession s, List<String> log, String path, Object value) {
        log.add(path + " = " + value);
        if (value == null) {
            s.clear(path);
        } else {
            s.set(path, value);
        }
    }
}
