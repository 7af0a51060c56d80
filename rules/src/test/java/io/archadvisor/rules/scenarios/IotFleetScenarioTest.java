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
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Pattern;
import io.archadvisor.rules.MessageParams;
import io.archadvisor.testkit.NodeQuery;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.Scenario;
import io.archadvisor.testkit.junit5.RuleTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario: a cold-chain IoT fleet with real-time alarms (40 ms p99) on three continents (scenarios/iot-fleet.yaml).
 * Edge computing is recommended as a complement (score 7: real-time IoT, interactive real-time under 50 ms,
 * geo-distribution) next to a modular monolith (a team of 12 with an emerging domain); serverless is avoided for the
 * 40 ms target. The component model puts devices and an edge layer in front of the gateway, the guidance covers IoT
 * edge gateways and fleets and the time-series data, and the 99.9 % target with medium maturity gives blue-green.
 */
@RuleTest
class IotFleetScenarioTest {

    private static Scenario scenario;
    private static RecommendationGraph graph;

    @BeforeAll
    static void advise(RuleVerifier verify) {
        scenario = verify.givenYaml(ScenarioFiles.yaml("iot-fleet.yaml"), "iot-fleet.yaml");
        graph = scenario.graph();
    }

    @Test
    void edgeIsRecommendedAsAComplementToAModularMonolith() {
        assertEquals(
                Pattern.MODULAR_MONOLITH, graph.primaryPattern().orElseThrow().pattern());
        PatternAssessment edge = scenario.node(
                        NodeQuery.of(PatternAssessment.class).where("pattern", Pattern.EDGE))
                .node();
        assertEquals(Verdict.RECOMMENDED, edge.verdict());
        assertEquals(7, edge.score());
        scenario.hasNode(NodeQuery.of(PatternAssessment.class)
                .where("pattern", Pattern.SERVERLESS)
                .where("verdict", Verdict.AVOID));
        assertEquals(CheckStatus.PASS, status(graph, ChecklistItem.EDGE_SERVERLESS_CONSIDERED));
    }

    @Test
    void devicesReachTheSystemThroughTheEdgeLayer() {
        Component edge = scenario.node(NodeQuery.of(Component.class).where("name", "edge"))
                .node();
        assertEquals(ComponentKind.EDGE, edge.kind());
        MessageParams.assertMessage("design", "COMP-EDGE.description.else", edge.description());
        scenario.hasNode(NodeQuery.of(Component.class).where("name", "devices").where("kind", ComponentKind.CLIENT))
                .hasNode(NodeQuery.of(Flow.class)
                        .where("from", "devices")
                        .where("to", "edge")
                        .where("async", true))
                .hasNode(NodeQuery.of(Flow.class).where("from", "edge").where("to", "gateway"))
                .hasNode(NodeQuery.of(Flow.class).where("from", "monolith").where("to", "time-series-db"))
                .hasNoNode(NodeQuery.of(Flow.class).where("from", "clients").where("to", "gateway"));
    }

    @Test
    void iotEdgeGuidanceCoversLocalProcessingAndTheFleet() {
        Guidance gateway = scenario.node(guidance("edge-iot-gateway"))
                .restsOn("workload.iot", "true")
                .node();
        MessageParams.assertMessage("edge", "edge-iot-gateway.advice", gateway.advice());
        Guidance fleet = scenario.node(guidance("edge-iot-fleet")).node();
        MessageParams.assertMessage("edge", "edge-iot-fleet.advice", fleet.advice());
        scenario.hasNode(NodeQuery.of(Risk.class).where("code", "edge-connectivity"))
                .fired("EDGE-PLATFORM-FUNCTIONS", "EDGE-DATA-READ-REPLICAS", "REL-BACKPRESSURE-STREAMS");
    }

    @Test
    void timeSeriesDataGetsItsStoreSchemaIndexingAndBatchIngestion() {
        scenario.node(guidance("data-store-time-series")).restsOn("dataAccess[0]", "readings (time-series)");
        Guidance schema = scenario.node(guidance("data-schema-time-series")).node();
        Map<String, String> schemaParams = MessageParams.of("data", "data-schema-time-series.advice", schema.advice());
        assertEquals("`readings`", schemaParams.get("namesSets"));
        assertTrue(schemaParams.get("timeSeriesSets").contains("PARTITION BY RANGE (ts)"), schema.advice());
        Guidance writes = scenario.node(guidance("data-index-write-heavy")).node();
        assertEquals(
                "`readings` (500 reads/s, 20000 writes/s)",
                MessageParams.of("data", "data-index-write-heavy.rationale", writes.rationale())
                        .get("loadsSets"));
        Guidance batch = scenario.node(guidance("api-batch-writes")).node();
        assertEquals(
                "readings",
                MessageParams.of("api", "api-batch-writes.advice", batch.advice())
                        .get("r"));
        scenario.fired("CMP-RETENTION-DATA-SETS").didNotFire("DATA-CACHE-MULTI-LAYER");
    }

    @Test
    void blueGreenBecauseTheTargetIsHighButOperationsMaturityIsMedium() {
        DeploymentStrategy d =
                scenario.node(NodeQuery.of(DeploymentStrategy.class)).node();
        assertEquals("blue-green", d.code());
        assertEquals(
                "team.opsMaturity = medium",
                MessageParams.of("roadmap", "blue-green.approach", d.approach()).get("oDescribe"));
        scenario.didNotFire("DEPLOY-CANARY", "OPS-KUBERNETES-PAYS");
    }
}
