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
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Risk;
import io.archadvisor.graph.Severity;
import io.archadvisor.graph.TradeOff;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Pattern;
import io.archadvisor.testkit.NodeQuery;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.Scenario;
import io.archadvisor.testkit.junit5.RuleTest;
import java.util.List;
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
        assertTrue(primary.rationale().contains("a team of 30 engineers (≥ 20)"), primary.rationale());
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
        assertTrue(rotation.advice().contains("token-signing keys every 90 days"), rotation.advice());
        Guidance evidence = scenario.node(guidance("cmp-audit-evidence")).node();
        assertTrue(evidence.advice().contains("pci-dss, soc2"), evidence.advice());
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
        assertTrue(canary.approach().contains("99.95 %"), canary.approach());
        assertTrue(canary.approach().contains("Argo Rollouts or Flagger"), canary.approach());
        assertTrue(canary.pipeline().contains("GitOps agent"), canary.pipeline());
        assertTrue(canary.rollback().contains("shifts all traffic back"), canary.rollback());
        scenario.fired("OPS-KUBERNETES-PAYS", "OPS-GITOPS-CLUSTER", "OPS-PLATFORM-TEAM")
                .didNotFire("DEPLOY-BLUE-GREEN", "OPS-KUBERNETES-NOT-YET");
        assertEquals(CheckStatus.PASS, status(graph, ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED));
    }

    @Test
    void theStatedRpoAndRtoMapToContinuousArchivingHotFailoverAndAWarmStandbyRegion() {
        Guidance mechanisms = scenario.node(guidance("cmp-rpo-rto-mechanisms")).node();
        assertTrue(
                mechanisms.advice().contains("RPO 1 min with asynchronous replication or continuous log archiving"),
                mechanisms.advice());
        assertTrue(
                mechanisms.advice().contains("RTO 15 min with a hot standby with automatic failover"),
                mechanisms.advice());
        scenario.fired("CMP-DR-WARM-STANDBY", "CMP-BACKUP-CONTINUOUS", "DATA-REPLICATION-HA")
                .didNotFire("CMP-RTO-OVER-ERROR-BUDGET", "CMP-RPO-RTO-TARGETS", "CMP-DR-MULTI-SITE");
    }

    @Test
    void strongConsistencyAcrossTwoRegionsIsAnArticulatedTradeOff() {
        TradeOff t = scenario.node(NodeQuery.of(TradeOff.class).where("code", "consistency-vs-availability"))
                .node();
        assertTrue(t.optimizesFor().contains("`payments`, `ledger`"), t.optimizesFor());
        assertTrue(t.sacrifices().contains("deployment.regions = 2"), t.sacrifices());
        assertEquals(CheckStatus.PASS, status(graph, ChecklistItem.TRADE_OFFS_ARTICULATED));
        assertEquals(CheckStatus.PASS, status(graph, ChecklistItem.EDGE_SERVERLESS_CONSIDERED));
    }

    @Test
    void residencyKeepsEveryCopyInTheEuAndGrpcCarriesInternalCalls() {
        scenario.node(guidance("cmp-residency-pinning")).restsOn("nfrs.dataResidency[0]", "eu");
        Guidance multiRegion =
                scenario.node(guidance("data-replication-multi-region")).node();
        assertTrue(multiRegion.advice().contains("inside eu"), multiRegion.advice());
        scenario.fired("API-GRPC-INTERNAL", "API-VERSIONING-CONTRACT-TESTS", "SEC-ZERO-TRUST-SERVICE-IDENTITY");
    }
}
