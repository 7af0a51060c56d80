package io.archadvisor.rules.scenarios;

import static io.archadvisor.rules.scenarios.ScenarioFiles.guidance;
import static io.archadvisor.rules.scenarios.ScenarioFiles.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.Component;
import io.archadvisor.graph.ComponentKind;
import io.archadvisor.graph.DeploymentStrategy;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.PatternSignal;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Risk;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Pattern;
import io.archadvisor.rules.MessageParams;
import io.archadvisor.rules.support.Messages;
import io.archadvisor.testkit.NodeQuery;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.Scenario;
import io.archadvisor.testkit.junit5.RuleTest;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.yaml.RequirementsReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario: a spiky short-video service on a tight budget with long transcoding jobs (scenarios/spiky-media.yaml).
 * Serverless fits the spiky, cost-sensitive, event-driven load (+3 +2 +1) but its "avoid when long-running" costs it 3,
 * so it ties with the modular monolith at 3 and the tie goes to the simpler option: the rules recommend a modular
 * monolith with serverless viable, run transcoding as checkpointed container jobs behind a queue, and keep cost
 * guidance for the $800 budget. Once transcoding is split into chunks that fit function limits (a what-if), the same
 * rules make serverless primary, with traffic-shifting releases and a budget-overrun risk.
 */
@RuleTest
class SpikyMediaScenarioTest {

    private static final String FILE = "spiky-media.yaml";
    private static Scenario scenario;
    private static RecommendationGraph graph;

    @BeforeAll
    static void advise(RuleVerifier verify) {
        scenario = verify.givenYaml(ScenarioFiles.yaml(FILE), FILE);
        graph = scenario.graph();
    }

    @Test
    void longRunningTranscodingTiesServerlessWithTheMonolithAndTheSimplerOptionWins() {
        PatternAssessment primary = graph.primaryPattern().orElseThrow();
        assertEquals(Pattern.MODULAR_MONOLITH, primary.pattern());
        assertEquals(3, primary.score());
        PatternAssessment serverless = scenario.node(
                        NodeQuery.of(PatternAssessment.class).where("pattern", Pattern.SERVERLESS))
                .node();
        assertEquals(Verdict.VIABLE, serverless.verdict());
        assertEquals(3, serverless.score());
        PatternSignal longRunning = scenario.node(NodeQuery.of(PatternSignal.class)
                        .where("pattern", Pattern.SERVERLESS)
                        .where("criterion", "long-running"))
                .node();
        assertEquals(3, longRunning.weight());
        MessageParams.assertMessage("patterns", "PAT-SL-AVOID-LONG-RUNNING.rationale", longRunning.rationale());
        String reason = Messages.text(
                "patterns",
                "PAT-SCORE-2",
                "reasons",
                Messages.with("sWeight", longRunning.weight()).and("sRationale", longRunning.rationale()));
        assertTrue(serverless.rationale().contains(reason), serverless.rationale());
        assertEquals(CheckStatus.PASS, status(graph, ChecklistItem.EDGE_SERVERLESS_CONSIDERED));
    }

    @Test
    void transcodingRunsAsCheckpointedJobsBehindAQueueNotInFunctions() {
        Guidance jobs = scenario.node(guidance("rel-async-long-running"))
                .restsOn("workload.longRunningJobs", "true")
                .node();
        MessageParams.assertMessage("reliability", "rel-async-long-running.advice", jobs.advice());
        Guidance noFunctions =
                scenario.node(guidance("edge-serverless-long-running")).node();
        MessageParams.assertMessage("edge", "edge-serverless-long-running.advice", noFunctions.advice());
        Component workers = scenario.node(NodeQuery.of(Component.class).where("name", "workers"))
                .node();
        assertEquals(ComponentKind.SERVICE, workers.kind());
        MessageParams.assertMessage("design", "COMP-WORKERS.what.if.else", workers.description());
        scenario.fired(
                "FLOW-BROKER-WORKERS",
                "FLOW-OBJECT-EVENTS",
                "DATA-FLOW-BLOB-DIRECT-UPLOAD",
                "SEC-INPUT-VALIDATION-UPLOADS");
    }

    @Test
    void costGuidanceFollowsTheBudgetTheTeamAndThePattern() {
        Guidance budget = scenario.node(guidance("tco-tight-budget"))
                .restsOn("budget.monthlyUsd", "800")
                .node();
        assertEquals(
                "800",
                MessageParams.of("roadmap", "tco-tight-budget.advice", budget.advice())
                        .get("bValue"));
        scenario.node(guidance("tco-small-team-ops")).restsOn("team.size", "6");
        scenario.fired(
                        "TCO-COST-VISIBILITY",
                        "TCO-MODULAR-MONOLITH",
                        "TRADEOFF-MANAGED-SERVICES",
                        "OPS-KUBERNETES-NOT-YET")
                .didNotFire("TCO-SERVERLESS", "OPS-KUBERNETES-PAYS");
        scenario.hasNode(NodeQuery.of(Risk.class).where("code", "capacity-spikes"));
        assertEquals(
                "rolling",
                scenario.node(NodeQuery.of(DeploymentStrategy.class)).node().code());
    }

    @Test
    void chunkedTranscodingMakesServerlessPrimary(Advisor advisor) {
        try (AdvisorSession session = advisor.openSession(RequirementsReader.read(ScenarioFiles.yaml(FILE), FILE))) {
            session.set("workload.longRunningJobs", false);
            RecommendationGraph chunked = session.graph();
            PatternAssessment primary = chunked.primaryPattern().orElseThrow();
            assertEquals(Pattern.SERVERLESS, primary.pattern());
            assertEquals(6, primary.score());
            assertEquals(
                    "serverless-traffic-shifting",
                    chunked.nodes(DeploymentStrategy.class).get(0).code());
            assertTrue(chunked.node("risk:budget-overrun").isPresent(), "budget-overrun risk");
            assertTrue(chunked.node("guidance:tco-serverless").isPresent(), "serverless TCO");
            assertTrue(chunked.node("guidance:rel-async-long-running").isEmpty(), "no long-running jobs any more");
            assertTrue(chunked.node("component:uploads-fn").isPresent(), "functions per bounded context");
            assertEquals(CheckStatus.PASS, status(chunked, ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED));
        }
    }
}
