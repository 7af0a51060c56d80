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
import io.archadvisor.rules.MessageParams;
import io.archadvisor.rules.support.Messages;
import io.archadvisor.yaml.RequirementsReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
        Map<String, String> prematureEvidence =
                MessageParams.of("antipatterns", "AP-PREMATURE-MICROSERVICES.evidence", premature.evidence());
        assertContainsAll(prematureEvidence.get("reasonTextsPlans"), "proposal.style = microservices");
        assertEquals(
                String.join(
                        "; ",
                        text("AP-PREMATURE-MICROSERVICES-SMALL-TEAM", Messages.with("tValue", 5)),
                        text("AP-PREMATURE-MICROSERVICES-UNCLEAR-DOMAIN", Messages.with("displayDValue", "unclear")),
                        text("AP-PREMATURE-MICROSERVICES-EARLY-STAGE", Messages.with("displaySValue", "mvp"))),
                prematureEvidence.get("reasonTextsReasons"));
        String modules = MessageParams.of(
                        "antipatterns", "AP-PREMATURE-MICROSERVICES.migrationPath", premature.migrationPath())
                .get("modules");
        assertEquals(
                "accounts, billing, notifications, projects, search, tasks",
                MessageParams.of("antipatterns", "AP-PREMATURE-MICROSERVICES.modules.else", modules)
                        .get("serviceNamesServices"));
        assertTrue(g.edges().contains(new Edge(premature.id(), "pattern:MICROSERVICES", EdgeType.CONFLICTS_WITH)));
        assertRiskMitigated(g, "ap-premature-microservices", Severity.HIGH);

        // Start simple: the proposed services become modules, and the way to services stays open.
        Map<String, String> asModules = MessageParams.of(
                "principles",
                "principle-start-simple-services-as-modules.advice",
                guidance(g, "principle-start-simple-services-as-modules").advice());
        assertEquals("6", asModules.get("services"));
        assertEquals("accounts, billing, notifications, projects, search, tasks", asModules.get("names"));
        ScalingStep extract = node(g, ScalingStep.class, "scaling:start-simple-extract-service");
        String today = MessageParams.of("principles", "start-simple-extract-service.trigger", extract.trigger())
                .get("today");
        assertEquals(
                "5",
                MessageParams.of("principles", "PRN-START-SIMPLE-EXTRACTION-TRIGGER.today.else", today)
                        .get("teamSizeTeamValue"));

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
        Map<String, String> cargoEvidence =
                MessageParams.of("antipatterns", "AP-CARGO-CULTING.evidence", cargo.evidence());
        assertContainsAll(cargoEvidence.get("reasonTextsHeavy"), "kafka", "Kubernetes", "12 services");
        assertEquals(
                String.join(
                        "; ",
                        text(
                                "AP-CARGO-CULTING-GAP-BUDGET",
                                Messages.with("bValue", 1200).and("polThresholdsBigTechBudgetUsd", 2000)),
                        text("AP-CARGO-CULTING-GAP-OPS-MATURITY", Messages.none()),
                        text(
                                "AP-CARGO-CULTING-GAP-PROJECTED-SCALE",
                                Messages.with("pValue", 30).and("polThresholdsBigTechScaleRps", 500)),
                        text(
                                "AP-CARGO-CULTING-GAP-TEAM",
                                Messages.with("tValue", 6).and("polThresholdsSmallTeam", 10))),
                cargoEvidence.get("reasonTextsGaps"));
        AntiPatternFinding over = finding(g, "AP-OVER-ENGINEERING", "system");
        assertEquals(Severity.MEDIUM, over.severity());
        String[] tiny = MessageParams.of("antipatterns", "AP-OVER-ENGINEERING.evidence", over.evidence())
                .get("reasonTextsTiny")
                .split(" and ");
        assertEquals(2, tiny.length, over.evidence());
        assertEquals(
                "30",
                MessageParams.of("antipatterns", "AP-OVER-ENGINEERING-TINY-PROJECTED-RPS.text", tiny[0])
                        .get("pValue"));
        assertEquals(
                "400",
                MessageParams.of("antipatterns", "AP-OVER-ENGINEERING-TINY-PROJECTED-USERS.text", tiny[1])
                        .get("uValue"));
        for (AntiPatternFinding f : List.of(cargo, over)) {
            assertTrue(g.edges().contains(new Edge(f.id(), "pattern:MICROSERVICES", EdgeType.CONFLICTS_WITH)), f.id());
        }
        assertRiskMitigated(g, "ap-accidental-complexity", Severity.HIGH);

        Map<String, String> boundaries = MessageParams.of(
                "architecture",
                "arch-boundaries-from-contexts.advice",
                guidance(g, "arch-boundaries-from-contexts").advice());
        MessageParams.assertMessage("architecture", "ARCH-BOUNDARIES-FROM-CONTEXTS.unit.if", boundaries.get("unit"));
        assertEquals("catalog, inventory, suppliers", boundaries.get("names"));
        assertEquals(
                "30",
                MessageParams.of(
                                "architecture",
                                "arch-scaling-vertical-first.rationale",
                                guidance(g, "arch-scaling-vertical-first").rationale())
                        .get("pValue"));
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
        Map<String, String> sharedEvidence = MessageParams.of(
                "antipatterns", "AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE.evidence", shared.evidence());
        assertEquals("3 services", sharedEvidence.get("countUses"));
        assertEquals("inventory, orders, payments", sharedEvidence.get("services"));
        assertEquals("shop-db", sharedEvidence.get("store"));
        assertEquals(
                "shop-db",
                MessageParams.of(
                                "antipatterns",
                                "AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE.migrationPath",
                                shared.migrationPath())
                        .get("store"));
        AntiPatternFinding cycle = finding(g, "AP-DISTRIBUTED-MONOLITH-CYCLIC-CALLS", "orders, payments");
        assertEquals(
                "orders → payments, payments → orders",
                MessageParams.of("antipatterns", "AP-DISTRIBUTED-MONOLITH-CYCLIC-CALLS.evidence", cycle.evidence())
                        .get("callListCalls"),
                "only the calls inside the cycle are evidence");
        AntiPatternFinding lockstep = finding(g, "AP-DISTRIBUTED-MONOLITH-LOCKSTEP-DEPLOY", "inventory");
        assertEquals(
                "orders",
                MessageParams.of(
                                "antipatterns", "AP-DISTRIBUTED-MONOLITH-LOCKSTEP-DEPLOY.evidence", lockstep.evidence())
                        .get("others"));

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
                MessageParams.of(
                                "architecture",
                                "arch-consistency-distributed.advice",
                                guidance(g, "arch-consistency-distributed").advice())
                        .get("dataSetsStrong"),
                "orders, stock-levels");
        assertEquals(
                "arch-consistency-model",
                node(g, TradeOff.class, "trade-off:arch-consistency-model").code());
        Map<String, String> degradation = MessageParams.of(
                "architecture",
                "ARCH-GRACEFUL-DEGRADATION-DEPENDENCIES.advice",
                guidance(g, "arch-degradation:orders").advice());
        assertEquals("orders", degradation.get("name"));
        assertEquals("inventory, payments", degradation.get("names"));
        assertEquals(
                "shipping",
                MessageParams.of(
                                "architecture",
                                "arch-fault-tolerance-outbox.advice",
                                guidance(g, "arch-fault-tolerance-outbox").advice())
                        .get("namesSenders"));

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
            String relaxed = code.endsWith("AUDIT-LOGGING")
                    ? Messages.text("antipatterns", code + "-REGULATED", "evidence.else", Messages.none())
                    : "";
            assertEquals(
                    Messages.text(
                            "antipatterns",
                            code + "-REGULATED",
                            "evidence",
                            Messages.with("namesRegimeNamesRegimes", "HIPAA").and("relaxed", relaxed)),
                    f.evidence(),
                    "audit logging is relaxed, which HIPAA does not allow; encryption is not");
            assertProvenanceNames(g, f, "nfrs.compliance[0]");
        }
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
        Map<String, String> overruledParams =
                MessageParams.of("principles", "PRN-SECURE-DEFAULT-RELAXATION-OVERRULED.advice", overruled.advice());
        assertEquals("audit logging", overruledParams.get("wordsRValue"));
        assertEquals("HIPAA", overruledParams.get("names"));
        Guidance byDefault = guidance(g, "principle-secure-by-default");
        Map<String, String> byDefaultParams = MessageParams.of(
                "principles",
                "principle-secure-by-default.advice",
                byDefault.advice(),
                Messages.with("relaxedClauseRelaxed", "")); // HIPAA overrules the relaxation
        List<String> controls = new java.util.ArrayList<>();
        for (String control : List.of(
                "ZERO-TRUST", "LEAST-PRIVILEGE", "ENCRYPTION-IN-TRANSIT", "ENCRYPTION-AT-REST", "AUDITABILITY")) {
            controls.add(control(Messages.text(
                    "principles", "PRN-SECURE-DEFAULT-" + control, "text", Messages.with("fDescribe", "-"))));
        }
        controls.add(control(Messages.text(
                "principles", "PRN-SECURE-DEFAULT-DATA-RESIDENCY", "text.else", Messages.with("names", "us"))));
        assertEquals(String.join(", ", controls), byDefaultParams.get("joinControls"));
        String firstActions = MessageParams.of(
                        "principles",
                        "principle-direct-first-actions.advice",
                        guidance(g, "principle-direct-first-actions").advice())
                .get("boundedLines");
        assertTrue(
                firstActions.startsWith(Messages.text(
                        "principles",
                        "PRN-DIRECT-FIRST-ACTIONS",
                        "lines",
                        Messages.with("i", 1)
                                .and("fSeverity", Severity.CRITICAL)
                                .and("fCode", "AP-SECURITY-AFTERTHOUGHT-NO-AUDIT-LOGGING")
                                .and("fSubject", "system")
                                .and("firstClauseFRemediation", ""))),
                firstActions);

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

    /** A secure-by-default control as the advice names it: its text without the facts in parentheses. */
    private static String control(String text) {
        return text.substring(0, text.indexOf(" ("));
    }

    /** The text of the anti-pattern bundle with the code's {@code text} part. */
    private static String text(String code, Messages.Params params) {
        return Messages.text("antipatterns", code, "text", params);
    }

    private static void assertContainsAll(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text != null && text.contains(p), "expected «" + p + "» in «" + text + "»");
        }
    }
}
