package io.archadvisor.rules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.archadvisor.Advisor;
import io.archadvisor.facts.AvailabilityTarget;
import io.archadvisor.facts.Compliance;
import io.archadvisor.facts.Dimension;
import io.archadvisor.facts.Facts;
import io.archadvisor.facts.InputFact;
import io.archadvisor.facts.Unknown;
import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.ComplianceRegime;
import io.archadvisor.model.Pattern;
import io.archadvisor.model.Requirements;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.render.GraphJson;
import io.archadvisor.testkit.junit5.RuleTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the advice over seeded random requirements (see {@link RequirementsGenerator}): it is deterministic,
 * its verdicts do not contradict each other, every node is explained by a loaded rule, every unknown critical
 * dimension is asked about, and the graph survives the JSON round trip. A failing case names its seed; re-create
 * its requirements with {@code RequirementsGenerator.generate(seed)}. 40 seeds in the normal build, 1,000 with
 * {@code -Darchadvisor.long=true} or {@code mvn -Preliability}. The advisor is the one the rule test kit shares.
 */
@RuleTest
class AdviceProperties {

    /** Dimensions whose being unknown must always become a clarifying question. */
    static final Set<Dimension> CRITICAL = EnumSet.of(
            Dimension.TEAM_SIZE,
            Dimension.DOMAIN_CLARITY,
            Dimension.DOMAIN_INDEPENDENT_SCALING,
            Dimension.TIMELINE_STAGE,
            Dimension.WORKLOAD_SHAPE,
            Dimension.NFR_LATENCY,
            Dimension.SCALE_PROJECTED_LOAD,
            Dimension.NFR_AVAILABILITY,
            Dimension.NFR_COMPLIANCE,
            Dimension.DEPLOYMENT_ENVIRONMENT,
            Dimension.TEAM_EXPERTISE,
            Dimension.BUDGET_MONTHLY,
            Dimension.TIMELINE_FIRST_RELEASE,
            Dimension.EXISTING_TECHNOLOGIES,
            Dimension.EXISTING_TECH_DEBT,
            Dimension.EXISTING_DECISIONS);

    private static final int CASES = Inputs.scaled(40, 1_000);

    private static Advisor advisor;
    private static Set<String> ruleIds;

    @BeforeAll
    static void shared(Advisor shared) {
        advisor = shared;
        ruleIds = advisor.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    }

    static LongStream seeds() {
        return LongStream.range(0, CASES).map(i -> RequirementsGenerator.BASE_SEED + i);
    }

    private static String where(long seed) {
        return "seed " + seed + " (RequirementsGenerator.generate(" + seed + "L))";
    }

    /** The advice on the requirements of this seed; a failure names the seed. */
    private static RecommendationGraph advise(long seed) {
        try {
            return advisor.advise(RequirementsGenerator.generate(seed));
        } catch (RuntimeException e) {
            throw new AssertionError(where(seed) + ": advice failed: " + e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameRequirementsAlwaysGiveAnEqualGraph(long seed) {
        RecommendationGraph first = advise(seed);
        advise(seed + 7_919); // another input in between, on the same pool
        RecommendationGraph second = advise(seed);
        assertEquals(first, second, where(seed));
        assertEquals(first.nodes(), second.nodes(), where(seed) + ": same order");
        assertEquals(first.edges(), second.edges(), where(seed) + ": same order");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void verdictsDoNotContradictEachOther(long seed) {
        RecommendationGraph graph = advise(seed);
        List<PatternAssessment> assessments = graph.nodes(PatternAssessment.class);
        Map<Pattern, Long> perPattern =
                assessments.stream().collect(Collectors.groupingBy(PatternAssessment::pattern, Collectors.counting()));
        perPattern.forEach((p, n) -> assertEquals(1L, n, where(seed) + ": one assessment for " + p));
        List<PatternAssessment> primaries =
                assessments.stream().filter(PatternAssessment::primary).toList();
        assertTrue(primaries.size() <= 1, where(seed) + ": at most one primary: " + primaries);
        for (PatternAssessment p : primaries) {
            assertNotEquals(Verdict.AVOID, p.verdict(), where(seed) + ": the primary is never AVOID");
            assertEquals(Verdict.RECOMMENDED, p.verdict(), where(seed) + ": the primary is recommended");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyNodeIsExplainedByALoadedRule(long seed) {
        RecommendationGraph graph = advise(seed);
        for (Node n : graph.nodes()) {
            Provenance p = graph.provenance(n);
            assertTrue(
                    ruleIds.contains(p.ruleId()),
                    () -> where(seed) + ": " + n.id() + " was derived by `" + p.ruleId()
                            + "`, which is not a loaded rule");
            assertTrue(
                    graph.firedRules().contains(p.ruleId()),
                    () -> where(seed) + ": " + n.id() + " rests on `" + p.ruleId() + "`, which did not fire");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyUnknownCriticalDimensionIsAskedAbout(long seed) {
        Requirements r = RequirementsGenerator.generate(seed);
        List<InputFact> facts = Facts.of(r);
        Set<Dimension> asked = advise(seed).questions().stream()
                .map(ClarifyingQuestion::dimension)
                .collect(Collectors.toSet());
        Set<Dimension> unknown = facts.stream()
                .filter(f -> f instanceof Unknown)
                .map(f -> ((Unknown) f).dimension())
                .collect(Collectors.toSet());
        for (Dimension d : unknown) {
            if (CRITICAL.contains(d)) {
                assertTrue(asked.contains(d), where(seed) + ": " + d.path() + " is unknown but not asked about");
            }
        }
        boolean highAvailability = facts.stream().anyMatch(f -> f instanceof AvailabilityTarget a && a.value() >= 99.9);
        if (highAvailability) {
            for (Dimension d : List.of(Dimension.NFR_RPO, Dimension.NFR_RTO)) {
                if (unknown.contains(d)) {
                    assertTrue(asked.contains(d), where(seed) + ": " + d.path() + " is unknown at ≥ 99.9 %");
                }
            }
        }
        boolean gdpr = facts.stream().anyMatch(f -> f instanceof Compliance c && c.value() == ComplianceRegime.GDPR);
        if (gdpr && unknown.contains(Dimension.NFR_DATA_RESIDENCY)) {
            assertTrue(asked.contains(Dimension.NFR_DATA_RESIDENCY), where(seed) + ": residency is unknown under GDPR");
        }
        for (Dimension d : asked) {
            // the catalog asks for the versions a known list of technologies leaves out (CAT-ASK-VERSIONS-*)
            boolean versionsOfAKnownList = d == Dimension.EXISTING_TECHNOLOGIES || d == Dimension.PROPOSAL;
            assertTrue(
                    unknown.contains(d) || versionsOfAKnownList,
                    where(seed) + ": asked about " + d.path() + ", which is known");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theGraphSurvivesTheJsonRoundTrip(long seed) {
        RecommendationGraph graph = advise(seed);
        GraphJson json = GraphJson.standard();
        String text = json.write(graph);
        RecommendationGraph back = json.read(text);
        if (!graph.equals(back)) {
            Map<String, Node> before = graph.nodes().stream().collect(Collectors.toMap(Node::id, Function.identity()));
            String diff = back.nodes().stream()
                    .filter(n -> !n.equals(before.get(n.id())))
                    .map(Node::id)
                    .collect(Collectors.joining(", "));
            fail(where(seed) + ": the graph changed in the JSON round trip; nodes that differ: " + diff);
        }
        assertEquals(text, json.write(back), where(seed) + ": writing is stable");
    }
}
