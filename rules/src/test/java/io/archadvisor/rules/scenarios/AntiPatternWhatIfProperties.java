package io.archadvisor.rules.scenarios;

import static io.archadvisor.rules.SessionEquivalence.oneOf;
import static io.archadvisor.rules.SessionEquivalence.set;

import io.archadvisor.Advisor;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.Decision;
import io.archadvisor.model.DecisionTopic;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.rules.SessionEquivalence;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.GraphDelta;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What-if sessions over the dimensions the anti-pattern, principle and architecture packs read (security controls and
 * their relaxation, compliance, availability, telemetry, deployment, load, team, budget, proposal style, services and
 * calls, decisions): after every change of a seeded random sequence, the session's graph equals a fresh advice.
 */
class AntiPatternWhatIfProperties {

    private static final long BASE_SEED = 0xA9_7E55L;
    private static final int SEQUENCES = 16;
    private static final int STEPS = 20;

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
    void aSessionEqualsAFreshAdviceAfterEveryChange(long seed) {
        SessionEquivalence.assertEveryStepMatchesFreshAdvice(advisor, seed, STEPS, AntiPatternWhatIfProperties::change);
    }

    private static GraphDelta change(AdvisorSession s, Random r, List<String> log) {
        switch (r.nextInt(16)) {
            case 0 -> {
                String key = oneOf(
                        r,
                        "encryptionAtRest",
                        "encryptionInTransit",
                        "auditLogging",
                        "secretsManagement",
                        "zeroTrust",
                        "leastPrivilege");
                return set(s, log, "security." + key, oneOf(r, null, true, false));
            }
            case 1 -> {
                return set(s, log, "security.authentication", oneOf(r, null, List.of(), List.of("jwt")));
            }
            case 2 -> {
                return set(s, log, "security.authorization", oneOf(r, null, "none", "rbac"));
            }
            case 3 -> {
                return set(
                        s,
                        log,
                        "security.relaxedDefaults",
                        oneOf(
                                r,
                                null,
                                List.of(),
                                List.of("audit-logging"),
                                List.of("zero-trust", "encryption-at-rest"),
                                List.of("data-residency")));
            }
            case 4 -> {
                return set(s, log, "nfrs.compliance", oneOf(r, null, List.of(), List.of("hipaa"), List.of("gdpr")));
            }
            case 5 -> {
                return set(s, log, "nfrs.availabilityPercent", oneOf(r, null, 99.5, 99.9, 99.99));
            }
            case 6 -> {
                String key = oneOf(r, "logs", "metrics", "traces", "alerting", "slos");
                return set(s, log, "observability." + key, oneOf(r, null, true, false));
            }
            case 7 -> {
                return switch (r.nextInt(4)) {
                    case 0 -> set(s, log, "deployment.availabilityZones", oneOf(r, null, 1, 3));
                    case 1 -> set(s, log, "deployment.regions", oneOf(r, null, 1, 2));
                    case 2 -> set(s, log, "deployment.kubernetes", oneOf(r, null, true, false));
                    default -> set(s, log, "deployment.environment", oneOf(r, null, "cloud", "edge"));
                };
            }
            case 8 -> {
                String key = oneOf(r, "currentRequestsPerSecond", "projectedRequestsPerSecond");
                return set(s, log, "scale." + key, oneOf(r, null, 0, 30, 450, 2500));
            }
            case 9 -> {
                return switch (r.nextInt(3)) {
                    case 0 -> set(s, log, "team.size", oneOf(r, null, 4, 12, 40));
                    case 1 -> set(s, log, "team.opsMaturity", oneOf(r, null, "low", "high"));
                    default -> set(s, log, "budget.monthlyUsd", oneOf(r, null, 800, 30000));
                };
            }
            case 10 -> {
                return set(
                        s, log, "proposal.style", oneOf(r, null, "microservices", "modular-monolith", "event-driven"));
            }
            case 11 -> {
                String name = "svc" + r.nextInt(5);
                boolean exists = services(s).stream().anyMatch(x -> x.name().equals(name));
                log.add((exists ? "remove service " : "add service ") + name);
                return exists
                        ? s.removeService(name)
                        : s.addService(new ServiceSpec(
                                name,
                                List.of("db" + r.nextInt(2)),
                                null,
                                1 + r.nextInt(2),
                                r.nextInt(5) == 0 ? List.of("svc" + r.nextInt(5)) : null));
            }
            case 12 -> {
                List<ServiceSpec> services = services(s);
                if (services.size() < 2) {
                    return set(s, log, "workload.geoDistributed", oneOf(r, null, true, false));
                }
                String from = services.get(r.nextInt(services.size())).name();
                String to = services.get(r.nextInt(services.size())).name();
                CallMode mode = r.nextInt(3) == 0 ? CallMode.ASYNC : CallMode.SYNC;
                log.add("call " + from + " -> " + to + " " + mode);
                return s.addDependency(from, new ServiceCall(to, mode));
            }
            case 13 -> {
                return switch (r.nextInt(3)) {
                    case 0 -> set(s, log, "workload.realTime", oneOf(r, null, true, false));
                    case 1 -> set(s, log, "nfrs.latencyP99Ms", oneOf(r, null, 40, 300));
                    default -> set(s, log, "nfrs.dataResidency", oneOf(r, null, List.of(), List.of("eu")));
                };
            }
            case 14 -> {
                Object decisions = oneOf(
                        r,
                        null,
                        List.of(),
                        List.of(new Decision(DecisionTopic.ARCHITECTURE_STYLE, "microservices", "chosen last year")),
                        List.of(new Decision(DecisionTopic.ARCHITECTURE_STYLE, "modular-monolith", null)));
                return set(s, log, "existing.decisions", decisions);
            }
            default -> {
                return switch (r.nextInt(3)) {
                    case 0 -> set(s, log, "domain.clarity", oneOf(r, null, "unclear", "clear"));
                    case 1 -> set(s, log, "timeline.stage", oneOf(r, null, "idea", "mvp", "growth"));
                    default -> set(s, log, "domain.independentScaling", oneOf(r, null, true, false));
                };
            }
        }
    }

    private static List<ServiceSpec> services(AdvisorSession s) {
        return s.requirements().proposal() == null
                        || s.requirements().proposal().services() == null
                ? List.of()
                : s.requirements().proposal().services();
    }
}
