package io.archadvisor.rules.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.GuidanceArea;
import io.archadvisor.graph.Mitigation;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Risk;
import io.archadvisor.graph.ScalingStep;
import io.archadvisor.graph.Severity;
import io.archadvisor.graph.TradeOff;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Pattern;
import io.archadvisor.yaml.RequirementsReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End-to-end scenarios for the anti-pattern, principle and architecture packs: a requirements file each, under
 * {@code scenarios/}, advised by the full seed rule pack on a fixed date, with the outcome asserted on typed node
 * fields. "Which anti-patterns appear" is asserted over this pack's families; other packs' findings (such as
 * vulnerable versions, which depend on the date) are theirs to test.
 */
class AntiPatternScenariosTest {

    private static final List<String> FAMILIES = List.of(
            "AP-DISTRIBUTED-MONOLITH",
            "AP-PREMATURE-MICROSERVICES",
            "AP-CARGO-CULTING",
            "AP-SINGLE-POINT-OF-FAILURE",
            "AP-MISSING-OBSERVABILITY",
            "AP-SECURITY-AFTERTHOUGHT",
            "AP-OVER-ENGINEERING",
            "AP-IGNORING-EDGE");

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder()
                .clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC))
                .build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    // ---------------------------------------------------------------- (1) early-stage startup

    @Test
    void anEarlyStageStartupProposingMicroservicesGetsAModularMonolithAndAPrematureMicroservicesFinding() {
        RecommendationGraph g = advise("early-stage-startup");

        PatternAssessment primary = g.primaryPattern().orElseThrow();
        assertEquals(Pattern.MODULAR_MONOLITH, primary.pattern());
        assertEquals(Verdict.RECOMMENDED, primary.verdict());
        assertFalse(primary.provisional(), "every pattern-selection dimension is known");
        assertEquals(Verdict.AVOID, assessment(g, Pattern.MICROSERVICES).verdict());

        AntiPatternFinding premature = finding(g, "AP-PREMATURE-MICROSERVICES", "system");
        assertEquals(Severity.HIGH, premature.severity());
        assertContainsAll(
                premature.evidence(),
                "proposal.style = microservices",
                "a team of 5 engineers",
                "the domain is unclear",
                "mvp stage");
        assertContainsAll(
                premature.migrationPath(),
                "accounts",
                "billing",
                "notifications",
                "projects",
                "search",
                "tasks",
                "extract a module into a service");
        assertTrue(g.edges().contains(new Edge(premature.id(), "pattern:MICROSERVICES", EdgeType.CONFLICTS_WITH)));
        assertRiskMitigated(g, "ap-premature-microservices", Severity.HIGH);

        // Start simple: the proposed services become modules, and the way to services stays open.
        assertContainsAll(
                guidance(g, "principle-start-simple-services-as-modules").advice(),
                "6 proposed services (accounts, billing, notifications, projects, search, tasks)");
        ScalingStep extract = node(g, ScalingStep.class, "scaling:start-simple-extract-service");
        assertContainsAll(extract.trigger(), "grows past 20 engineers (today 5)");

        // The stack is modest, the services own their data and no chain is long: no other anti-pattern applies.
        assertEquals(Set.of("AP-PREMATURE-MICROSERVICES"), codes(g));
        assertProvenanceNames(g, premature, "team.size", "domain.clarity", "timeline.stage", "proposal.style");
    }

    // ---------------------------------------------------------------- (2) CRUD app on Kafka + Kubernetes

    @Test
    void aSimpleCrudAppOnKafkaKubernetesAndTwelveServicesIsCargoCultedAndOverEngineered() {
        RecommendationGraph g = advise("crud-on-kafka-and-kubernetes");

        assertEquals(Pattern.MODULAR_MONOLITH, g.primaryPattern().orElseThrow().pattern());
        assertEquals(Verdict.AVOID, assessment(g, Pattern.MICROSERVICES).verdict());

        AntiPatternFinding cargo = finding(g, "AP-CARGO-CULTING", "system");
        assertEquals(Severity.HIGH, cargo.severity());
        assertContainsAll(
                cargo.evidence(),
                "kafka",
                "Kubernetes",
                "12 services",
                "30 rps",
                "team of 6 engineers",
                "1200 USD",
                "low operations maturity");
        AntiPatternFinding over = finding(g, "AP-OVER-ENGINEERING", "system");
        assertEquals(Severity.MEDIUM, over.severity());
        assertContainsAll(over.evidence(), "projected peak of 30 rps", "400 projected users");
        for (AntiPatternFinding f : List.of(cargo, over)) {
            assertTrue(g.edges().contains(new Edge(f.id(), "pattern:MICROSERVICES", EdgeType.CONFLICTS_WITH)), f.id());
        }
        assertRiskMitigated(g, "ap-accidental-complexity", Severity.HIGH);

        assertContainsAll(
                guidance(g, "arch-boundaries-from-contexts").advice(),
                "one module per bounded context",
                "catalog, inventory, suppliers");
        assertContainsAll(guidance(g, "arch-scaling-vertical-first").rationale(), "projected peak of 30 rps");
        assertFalse(
                codes(g).stream().anyMatch(c -> c.startsWith("AP-DISTRIBUTED-MONOLITH")),
                "every service owns its datastore and no call chain is long: " + codes(g));
        assertProvenanceNames(
                g,
                cargo,
                "proposal.technologies[0]",
                "proposal.technologies[1]",
                "scale.projectedRequestsPerSecond",
                "team.size",
                "budget.monthlyUsd");
    }

    // ---------------------------------------------------------------- (3) microservices sharing one database

    @Test
    void microservicesSharingOneDatabaseAndCallingEachOtherInACycleAreADistributedMonolith() {
        RecommendationGraph g = advise("microservices-sharing-one-database");

        PatternAssessment primary = g.primaryPattern().orElseThrow();
        assertEquals(Pattern.MICROSERVICES, primary.pattern(), "a large team, clear domains, independent scaling");

        AntiPatternFinding shared = finding(g, "AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE", "shop-db");
        assertEquals(Severity.HIGH, shared.severity());
        assertContainsAll(shared.evidence(), "3 services (inventory, orders, payments)", "`shop-db`");
        assertContainsAll(shared.migrationPath(), "split `shop-db`");
        AntiPatternFinding cycle = finding(g, "AP-DISTRIBUTED-MONOLITH-CYCLIC-CALLS", "orders, payments");
        assertContainsAll(cycle.evidence(), "orders → payments", "payments → orders");
        assertFalse(cycle.evidence().contains("orders → inventory"), "only the calls inside the cycle are evidence");
        AntiPatternFinding lockstep = finding(g, "AP-DISTRIBUTED-MONOLITH-LOCKSTEP-DEPLOY", "inventory");
        assertContainsAll(lockstep.evidence(), "lock-step with orders");

        for (AntiPatternFinding f : List.of(shared, cycle, lockstep)) {
            assertTrue(g.edges().contains(new Edge(f.id(), "pattern:MICROSERVICES", EdgeType.CONFLICTS_WITH)), f.id());
        }
        assertRiskMitigated(g, "ap-distributed-monolith", Severity.HIGH);

        // The cycle rests on exactly its own two calls, not on every call of the proposal.
        List<String> cycleFacts =
                g.provenance(cycle).facts().stream().map(FactRef::path).toList();
        assertTrue(
                cycleFacts.containsAll(List.of("proposal.services[0].calls[0]", "proposal.services[1].calls[0]")),
                cycleFacts.toString());
        assertFalse(cycleFacts.contains("proposal.services[0].calls[1]"), cycleFacts.toString());

        // System architecture advice for the distributed design.
        assertContainsAll(
                guidance(g, "arch-consistency-distributed").advice(),
                "orders, stock-levels",
                "sagas",
                "transactional outbox");
        assertEquals(
                "arch-consistency-model",
                node(g, TradeOff.class, "trade-off:arch-consistency-model").code());
        assertContainsAll(
                guidance(g, "arch-degradation:orders").advice(),
                "(inventory, payments)",
                "how orders answers while it is down");
        assertContainsAll(guidance(g, "arch-fault-tolerance-outbox").advice(), "Let shipping publish");

        assertFalse(codes(g).contains("AP-PREMATURE-MICROSERVICES"), "30 engineers, clear domains, growth stage");
        assertFalse(codes(g).contains("AP-CARGO-CULTING"), "scale, team and budget match the stack");
    }

    // ---------------------------------------------------------------- (4) HIPAA without encryption or audit logging

    @Test
    void aHipaaSystemWithoutEncryptionOrAuditLoggingHasCriticalSecurityAfterthoughtFindings() {
        RecommendationGraph g = advise("hipaa-without-encryption-or-audit");

        for (String code : List.of(
                "AP-SECURITY-AFTERTHOUGHT-NO-ENCRYPTION-IN-TRANSIT",
                "AP-SECURITY-AFTERTHOUGHT-NO-ENCRYPTION-AT-REST",
                "AP-SECURITY-AFTERTHOUGHT-NO-AUDIT-LOGGING")) {
            AntiPatternFinding f = finding(g, code, "system");
            assertEquals(Severity.CRITICAL, f.severity(), code);
            assertContainsAll(f.evidence(), "HIPAA");
            assertProvenanceNames(g, f, "nfrs.compliance[0]");
        }
        assertContainsAll(
                finding(g, "AP-SECURITY-AFTERTHOUGHT-NO-AUDIT-LOGGING", "system")
                        .evidence(),
                "the requirements relax it, but the regime does not allow that");
        assertEquals(
                Set.of(
                        "AP-SECURITY-AFTERTHOUGHT-NO-ENCRYPTION-IN-TRANSIT",
                        "AP-SECURITY-AFTERTHOUGHT-NO-ENCRYPTION-AT-REST",
                        "AP-SECURITY-AFTERTHOUGHT-NO-AUDIT-LOGGING"),
                codes(g),
                "authentication, authorization and secrets management are in place");
        assertRiskMitigated(g, "ap-security-afterthought", Severity.CRITICAL);

        Guidance overruled = guidance(g, "principle-secure-default-overruled:audit-logging");
        assertEquals(GuidanceArea.COMPLIANCE, overruled.area());
        assertContainsAll(overruled.advice(), "audit logging", "HIPAA");
        Guidance byDefault = guidance(g, "principle-secure-by-default");
        assertContainsAll(
                byDefault.advice(),
                "encryption in transit",
                "encryption at rest",
                "auditability",
                "data residency in us");
        assertFalse(byDefault.advice().contains("explicitly relaxed"), "HIPAA overrules the relaxation");
        assertContainsAll(
                guidance(g, "principle-direct-first-actions").advice(),
                "1. CRITICAL AP-SECURITY-AFTERTHOUGHT-NO-AUDIT-LOGGING");

        assertEquals(Pattern.MODULAR_MONOLITH, g.primaryPattern().orElseThrow().pattern());
        assertTrue(g.node("guidance:arch-consistency-local-transactions").isPresent());
        assertTrue(
                g.node("guidance:arch-consistency-distributed").isEmpty(),
                "an event-driven complement does not make the modular monolith distributed");
    }

    @Test
    void theSameScenarioGivesAnEqualGraph() {
        assertEquals(advise("microservices-sharing-one-database"), advise("microservices-sharing-one-database"));
    }

    // ---------------------------------------------------------------- helpers

    private static RecommendationGraph advise(String scenario) {
        try {
            Path file = Path.of(AntiPatternScenariosTest.class
                    .getClassLoader()
                    .getResource("io/archadvisor/rules/scenarios/" + scenario + ".yaml")
                    .toURI());
            return advisor.advise(RequirementsReader.read(file));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The codes of this pack's findings. */
    private static Set<String> codes(RecommendationGraph g) {
        return g.findings().stream()
                .map(AntiPatternFinding::code)
                .filter(c -> FAMILIES.stream().anyMatch(c::startsWith))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static AntiPatternFinding finding(RecommendationGraph g, String code, String subject) {
        return g.findings().stream()
                .filter(f -> f.code().equals(code) && f.subject().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + code + " in " + subject + "; findings: "
                        + g.findings().stream().map(AntiPatternFinding::id).toList()));
    }

    private static PatternAssessment assessment(RecommendationGraph g, Pattern pattern) {
        return node(g, PatternAssessment.class, "pattern:" + pattern);
    }

    private static Guidance guidance(RecommendationGraph g, String code) {
        return node(g, Guidance.class, "guidance:" + code);
    }

    private static <T extends Node> T node(RecommendationGraph g, Class<T> type, String id) {
        Optional<Node> n = g.node(id);
        assertTrue(n.isPresent(), "no node " + id);
        return type.cast(n.get());
    }

    private static void assertRiskMitigated(RecommendationGraph g, String code, Severity severity) {
        Risk risk = node(g, Risk.class, "risk:" + code);
        assertEquals(severity, risk.severity());
        Mitigation m = node(g, Mitigation.class, "mitigation:" + code);
        assertEquals(risk.id(), m.mitigates());
        assertTrue(g.edges().contains(new Edge(m.id(), risk.id(), EdgeType.MITIGATES)));
    }

    private static void assertProvenanceNames(RecommendationGraph g, Node node, String... paths) {
        Set<String> all = g.explain(node).allFacts().stream().map(FactRef::path).collect(Collectors.toSet());
        for (String p : paths) {
            assertTrue(all.contains(p), node.id() + " should rest on " + p + "; it rests on " + all);
        }
    }

    private static void assertContainsAll(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text != null && text.contains(p), "expected «" + p + "» in «" + text + "»");
        }
    }
}
