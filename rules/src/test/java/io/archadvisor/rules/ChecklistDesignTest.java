package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Pattern;
import io.archadvisor.rules.support.Messages;
import io.archadvisor.yaml.RequirementsReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FAIL outcomes of the three design checklist items, which the seed pack never produces (it derives a trade-off
 * for every recommended pattern and a deployment strategy for every primary one): the checklist rules run here
 * without the seed pack, over graphs that a small fixture pack leaves incomplete on purpose.
 */
class ChecklistDesignTest {

    private static final String FIXTURES = """
            package io.archadvisor.rules.fixtures;
            import io.archadvisor.facts.*;
            import io.archadvisor.graph.*;
            import io.archadvisor.model.Pattern;

            rule "FIXTURE-RECOMMEND-WITHOUT-TRADE-OFF"
                agenda-group "assess"
            when
                TeamSize(value >= 20)
            then
                insertLogical(new PatternAssessment(Pattern.MICROSERVICES, Verdict.RECOMMENDED, 3, true, false, "fixture"));
            end

            rule "FIXTURE-INCOMPLETE-STRATEGY"
                agenda-group "advise"
            when
                TeamSize(value == 99)
            then
                insertLogical(new DeploymentStrategy("half-done", "canary", " ", ""));
            end
            """;

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addClasspathRules("io/archadvisor/rules/checklist-design.drl")
                .addRules("fixtures.drl", FIXTURES)
                .build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static ChecklistResult result(RecommendationGraph g, ChecklistItem item) {
        return g.checklist().stream()
                .filter(r -> r.item() == item)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + item + " in " + g.checklist()));
    }

    @Test
    void aRecommendedPatternWithoutATradeOffFailsNamingThePattern() {
        RecommendationGraph g = advisor.advise(RequirementsReader.read("team: {size: 25}", "t.yaml"));
        ChecklistResult r = result(g, ChecklistItem.TRADE_OFFS_ARTICULATED);
        assertEquals(CheckStatus.FAIL, r.status());
        String part = Messages.text(
                "checklist-design",
                "CHK-TRADE-OFFS-ARTICULATED",
                "parts",
                Messages.with("joinMissing", Pattern.MICROSERVICES.label()));
        assertEquals(Character.toUpperCase(part.charAt(0)) + part.substring(1) + ".", r.evidence());
        assertEquals("CHK-TRADE-OFFS-ARTICULATED", g.provenance(r).ruleId());
    }

    @Test
    void aPrimaryPatternWithoutADeploymentStrategyFails() {
        RecommendationGraph g = advisor.advise(RequirementsReader.read("team: {size: 25}", "t.yaml"));
        ChecklistResult r = result(g, ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals(
                Pattern.MICROSERVICES.label(),
                MessageParams.of("checklist-design", "CHK-DEPLOYMENT-STRATEGY-MISSING-2.evidence", r.evidence())
                        .get("patternAssessmentPrimaryPattern"));
    }

    @Test
    void aStrategyWithoutPipelineOrRollbackFailsNamingWhatIsMissing() {
        RecommendationGraph g = advisor.advise(RequirementsReader.read("team: {size: 99}", "t.yaml"));
        ChecklistResult r = result(g, ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals(
                "half-done (no CI/CD pipeline, no rollback procedure)",
                MessageParams.of(
                                "checklist-design",
                                "CHK-DEPLOYMENT-STRATEGY-DEFINED-2.evidence",
                                r.evidence(),
                                Messages.with("problemsJoin", ""))
                        .get("joinIncomplete"));
    }

    @Test
    void edgeAndServerlessNotConsideredDespiteKnownFactsFails() {
        RecommendationGraph g = advisor.advise(RequirementsReader.read("""
                nfrs: {latencyP99Ms: 200}
                budget: {costSensitivity: low}
                workload: {shape: steady, asyncWorkflows: false, longRunningJobs: false, realTime: false,
                           geoDistributed: false, iot: false}
                """, "t.yaml"));
        ChecklistResult r = result(g, ChecklistItem.EDGE_SERVERLESS_CONSIDERED);
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(
                MessageParams.of("checklist-design", "CHK-EDGE-SERVERLESS-NOT-CONSIDERED.evidence", r.evidence())
                        .get("considerationAssessmentsRuledOut")
                        .contains("Edge Computing neither assessed nor ruled out"),
                r.evidence());
    }

    @Test
    void edgeAndServerlessNotConsideredWithUnknownFactsIsUnknownNamingThem() {
        RecommendationGraph g = advisor.advise(RequirementsReader.read("workload: {shape: steady}", "t.yaml"));
        ChecklistResult r = result(g, ChecklistItem.EDGE_SERVERLESS_CONSIDERED);
        assertEquals(CheckStatus.UNKNOWN, r.status());
        String paths = MessageParams.of(
                        "checklist-design", "CHK-EDGE-SERVERLESS-NOT-CONSIDERED-2.evidence", r.evidence())
                .get("paths");
        assertTrue(paths.contains("workload.geoDistributed"), r.evidence());
        assertTrue(!paths.contains("workload.shape"), r.evidence());
    }
}
