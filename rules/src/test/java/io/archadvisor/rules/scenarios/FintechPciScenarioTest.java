package io.archadvisor.rules.scenarios;

import static io.archadvisor.rules.scenarios.ScenarioFiles.guidance;
import static io.archadvisor.rules.scenarios.ScenarioFiles.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.Component;
import io.archadvisor.graph.ComponentKind;
import io.archadvisor.graph.DeploymentStrategy;
import io.archadvisor.graph.Flow;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.PatternSignal;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Risk;
import io.archadvisor.graph.Severity;
import io.archadvisor.graph.TradeOff;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Pattern;
import io.archadvisor.rules.MessageParams;
import io.archadvisor.testkit.NodeQuery;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.Scenario;
import io.archadvisor.testkit.junit5.RuleTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario: a card-payments platform under PCI DSS and SOC 2 (scenarios/fintech-pci.yaml). Thirty engineers with high
 * operations maturity, clear bounded contexts and parts that must scale independently make microservices the primary
 * pattern (score 8; the modular monolith is to be avoided because independent scaling is required), with an
 * event-driven complement for the asynchronous, audited workflows. PCI DSS brings cardholder-data scoping, key
 * management and audit evidence; 99.95 % with high maturity gives canary releases on Kubernetes with GitOps; the
 * stated RPO of 1 minute and RTO of 15 minutes fit the downtime budget of 21.6 minutes per 30 days.
 */
@RuleTest
class FintechPciScenarioTest {

    private static Scenario scenario;
    private static RecommendationGraph graph;

    @BeforeAll
    static void advise(RuleVerifier verify) {
        scenario = verify.givenYaml(ScenarioFiles.yaml("fintech-pci.yaml"), "fintech-pci.yaml");
        graph = scenario.graph();
    }

    @Test
    void microservicesArePrimaryBecauseOfTeamSizeClearDomainsAndIndependentScaling() {
        PatternAssessment primary = graph.primaryPattern().orElseThrow();
        assertEquals(Pattern.MICROSERVICES, primary.pattern());
        assertEquals(8, primary.score());
        PatternSignal team = scenario.node(NodeQuery.of(PatternSignal.class)
                        .where("pattern", Pattern.MICROSERVICES)
                        .where("criterion", "large-team"))
                .node();
        Map<String, String> teamParams = MessageParams.of("patterns", "PAT-MS-LARGE-TEAM.rationale", team.rationale());
        assertEquals("30", teamParams.get("tValue"));
        assertEquals("20", teamParams.get("polThresholdsLargeTeam"));
        assertTrue(
                MessageParams.of("patterns", "PAT-PRIMARY.rationale", primary.rationale())
                        .get("sGetRationale")
                        .contains(team.rationale()),
                primary.rationale());
        scenario.hasNode(NodeQuery.of(PatternAssessment.class)
                        .where("pattern", Pattern.MODULAR_MONOLITH)
                        .where("verdict", Verdict.AVOID))
                .hasNode(NodeQuery.of(PatternAssessment.class)
                        .where("pattern", Pattern.EVENT_DRIVEN)
                        .where("verdict", Verdict.RECOMMENDED));
    }

    @Test
    void pciGuidanceScopesCardholderDataEncryptsRotatesKeysAndCollectsEvidence() {
        scenario.fired(
                "CMP-PCI-CDE-SCOPE",
                "CMP-PCI-KEY-MANAGEMENT",
                "SEC-ENCRYPT-FIELD-LEVEL",
                "SEC-KEY-ROTATION",
                "CMP-AUDIT-EVIDENCE",
                "CMP-PCI-TESTING",
                "CMP-SOC2-CONTINUOUS-CONTROLS");
        scenario.node(guidance("cmp-pci-cde-scope")).restsOn("nfrs.compliance[0]", "pci-dss");
        scenario.node(guidance("cmp-pci-key-management")).derivedBy("CMP-PCI-KEY-MANAGEMENT");
        Guidance rotation = scenario.node(guidance("sec-key-rotation"))
                .restsOn("security.keyRotation", "false")
                .node();
        MessageParams.assertMessage("security", "sec-key-rotation.advice", rotation.advice());
        Guidance evidence = scenario.node(guidance("cmp-audit-evidence")).node();
        assertEquals(
                "pci-dss, soc2",
                MessageParams.of("compliance", "cmp-audit-evidence.advice", evidence.advice())
                        .get("valuesRegimes"));
        scenario.hasNode(
                NodeQuery.of(Risk.class).where("code", "pci-scope-creep").where("severity", Severity.HIGH));
    }

    @Test
    void cardsNeverReachTheSystemTheProviderIsAnExternalIntegration() {
        scenario.hasNode(NodeQuery.of(Component.class)
                        .where("name", "payment-provider")
                        .where("kind", ComponentKind.EXTERNAL))
                .hasNode(NodeQuery.of(Flow.class).where("from", "clients").where("to", "payment-provider"))
                .hasNode(NodeQuery.of(Flow.class)
                        .where("from", "payments-service")
                        .where("to", "payment-provider"))
                .hasNodes(
                        NodeQuery.of(Component.class)
                                .where("kind", ComponentKind.SERVICE)
                                .matching(
                                        "is a bounded-context service",
                                        c -> c.name().endsWith("-service")),
                        5);
    }

    @Test
    void canaryReleasesOnKubernetesWithGitOpsBecauseOfTheTargetAndTheTeamsMaturity() {
        List<DeploymentStrategy> strategies = graph.nodes(DeploymentStrategy.class);
        assertEquals(1, strategies.size(), strategies.toString());
        DeploymentStrategy canary = strategies.get(0);
        assertEquals("canary", canary.code());
        Map<String, String> approach = MessageParams.of("roadmap", "canary.approach", canary.approach());
        assertEquals("99.95", approach.get("showAValue"));
        MessageParams.assertMessage("roadmap", "canary.approach.if", approach.get("cluster"));
        assertTrue(canary.pipeline().contains("GitOps agent"), canary.pipeline());
        MessageParams.assertMessage("roadmap", "canary.rollback", canary.rollback());
        scenario.fired("OPS-KUBERNETES-PAYS", "OPS-GITOPS-CLUSTER", "OPS-PLATFORM-TEAM")
                .didNotFire("DEPLOY-BLUE-GREEN", "OPS-KUBERNETES-NOT-YET");
        assertEquals(CheckStatus.PASS, status(graph, ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED));
    }

    @Test
    void theStatedRpoAndRtoMapToContinuousArchivingHotFailoverAndAWarmStandbyRegion() {
        Guidance mechanisms = scenario.node(guidance("cmp-rpo-rto-mechanisms")).node();
        Map<String, String> targets =
                MessageParams.of("compliance", "cmp-rpo-rto-mechanisms.advice", mechanisms.advice());
        assertEquals("1", targets.get("rpoValue"));
        MessageParams.assertMessage("compliance", "CMP-RPO-RTO-MECHANISMS.data.else.if", targets.get("data"));
        assertEquals("15", targets.get("rtoValue"));
        MessageParams.assertMessage("compliance", "CMP-RPO-RTO-MECHANISMS.service.if", targets.get("service"));
        scenario.fired("CMP-DR-WARM-STANDBY", "CMP-BACKUP-CONTINUOUS", "DATA-REPLICATION-HA")
                .didNotFire("CMP-RTO-OVER-ERROR-BUDGET", "CMP-RPO-RTO-TARGETS", "CMP-DR-MULTI-SITE");
    }

    @Test
    void strongConsistencyAcrossTwoRegionsIsAnArticulatedTradeOff() {
        TradeOff t = scenario.node(NodeQuery.of(TradeOff.class).where("code", "consistency-vs-availability"))
                .node();
        assertEquals(
                "`payments`, `ledger`",
                MessageParams.of("roadmap", "consistency-vs-availability.optimizesFor", t.optimizesFor())
                        .get("namesSets"));
        assertTrue(
                MessageParams.of("roadmap", "consistency-vs-availability.sacrifices", t.sacrifices())
                        .get("facts")
                        .contains("deployment.regions = 2"),
                t.sacrifices());
        assertEquals(CheckStatus.PASS, status(graph, ChecklistItem.TRADE_OFFS_ARTICULATED));
        assertEquals(CheckStatus.PASS, status(graph, ChecklistItem.EDGE_SERVERLESS_CONSIDERED));
    }

    @Test
    void residencyKeepsEveryCopyInTheEuAndGrpcCarriesInternalCalls() {
        scenario.node(guidance("cmp-residency-pinning")).restsOn("nfrs.dataResidency[0]", "eu");
        Guidance multiRegion =
                scenario.node(guidance("data-replication-multi-region")).node();
        String residency = MessageParams.of("data", "data-replication-multi-region.advice", multiRegion.advice())
                .get("residencyValues");
        assertEquals(
                "eu",
                MessageParams.of("data", "data-replication-multi-region.advice.else", residency)
                        .get("valuesResidency"));
        scenario.fired("API-GRPC-INTERNAL", "API-VERSIONING-CONTRACT-TESTS", "SEC-ZERO-TRUST-SERVICE-IDENTITY");
    }
}
