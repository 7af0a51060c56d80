package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.PatternSignal;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Pattern;
import io.archadvisor.policy.Policy;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.junit5.RuleTest;
import io.archadvisor.yaml.PolicyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The calibration policy reaches every pattern signal and the edge thresholds: a policy that moves a threshold or a
 * weight changes the advice, and no rule weighs a signal with a number of its own.
 */
@RuleTest
class PolicyCalibrationTest {

    private static final String REAL_TIME_40_MS =
            "{workload: {realTime: true, geoDistributed: false, iot: false}, nfrs: {latencyP99Ms: 40}}";

    @Test
    void aFortyMillisecondRealTimeTargetFavoursEdgeUnderTheDefaultPolicy(RuleVerifier verify) {
        RecommendationGraph graph =
                verify.givenYaml(REAL_TIME_40_MS, "real-time.yaml").graph();
        assertTrue(
                signal(graph, Pattern.EDGE, "interactive-real-time").isPresent(),
                graph.firedRules().toString());
        assertFalse(guidance(graph, "edge-not-indicated-regional").isPresent());
    }

    @Test
    void aRealTimeEdgeTargetOfTwentyMillisecondsMakesAFortyMillisecondTargetNoLongerFavourEdge(RuleVerifier verify) {
        Policy policy = PolicyReader.read("thresholds: {realTimeEdgeMs: 20}\n", "policy.yaml");
        RecommendationGraph graph = verify.givenYaml(REAL_TIME_40_MS, "real-time.yaml")
                .withPolicy(policy)
                .graph();
        assertEquals(Optional.empty(), signal(graph, Pattern.EDGE, "interactive-real-time"));
        Guidance regional = guidance(graph, "edge-not-indicated-regional").orElseThrow();
        assertEquals(
                "20",
                MessageParams.of("edge", "edge-not-indicated-regional.rationale", regional.rationale())
                        .get("polThresholdsRealTimeEdgeMs"));
    }

    @Test
    void anEdgeWeightOfZeroDropsThatSignalFromTheScore(RuleVerifier verify) {
        String yaml = "{workload: {geoDistributed: true, iot: true, realTime: true}}";
        PatternAssessment byDefault = edge(verify.givenYaml(yaml, "edge.yaml").graph());
        assertEquals(5, byDefault.score(), byDefault.rationale());

        Policy policy =
                PolicyReader.read("weights: [{pattern: edge, criterion: geo-distributed, weight: 0}]\n", "policy.yaml");
        RecommendationGraph graph =
                verify.givenYaml(yaml, "edge.yaml").withPolicy(policy).graph();
        PatternAssessment calibrated = edge(graph);
        assertEquals(3, calibrated.score(), calibrated.rationale());
        String geo =
                signal(graph, Pattern.EDGE, "geo-distributed").orElseThrow().rationale();
        assertFalse(calibrated.rationale().contains(geo), calibrated.rationale());
    }

    @Test
    void aPatternWhoseEverySignalWeighsZeroIsNotAssessed(RuleVerifier verify) {
        Policy policy =
                PolicyReader.read("weights: [{pattern: edge, criterion: geo-distributed, weight: 0}]\n", "policy.yaml");
        RecommendationGraph graph = verify.givenYaml("{workload: {geoDistributed: true}}", "edge.yaml")
                .withPolicy(policy)
                .graph();
        assertTrue(signal(graph, Pattern.EDGE, "geo-distributed").isPresent());
        assertTrue(
                graph.nodes(PatternAssessment.class).stream().noneMatch(a -> a.pattern() == Pattern.EDGE),
                graph.nodes(PatternAssessment.class).toString());
    }

    @Test
    void anEventDrivenWeightComesFromThePolicy(RuleVerifier verify) {
        String yaml = "{team: {size: 5}, workload: {asyncWorkflows: true}}";
        Policy policy = PolicyReader.read(
                "weights: [{pattern: event-driven, criterion: async-workflows, weight: 7}]\n", "policy.yaml");
        PatternAssessment eventDriven =
                verify.givenYaml(yaml, "async.yaml").withPolicy(policy).graph().nodes(PatternAssessment.class).stream()
                        .filter(a -> a.pattern() == Pattern.EVENT_DRIVEN)
                        .findFirst()
                        .orElseThrow();
        assertEquals(7, eventDriven.score(), eventDriven.rationale());
    }

    @Test
    void everyPatternSignalOfEveryPackIsWeighedByThePolicyAndEveryPolicyWeightIsUsed() {
        java.util.regex.Pattern signal = java.util.regex.Pattern.compile(
                "new PatternSignal\\(Pattern\\.(\\w+),\\s*Stance\\.\\w+,\\s*\"([^\"]+)\",\\s*([^,]+\\([^)]*\\)|[^,]+),");
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        List<String> files = read(RuleCases.BASE + "index.txt")
                .lines()
                .map(String::strip)
                .filter(l -> l.endsWith(".drl"))
                .toList();
        assertTrue(files.size() > 10, files.toString());
        for (String file : files) {
            String drl = read(RuleCases.BASE + file);
            int signals = drl.split("new PatternSignal\\(", -1).length - 1;
            Matcher m = signal.matcher(drl);
            int matched = 0;
            while (m.find()) {
                matched++;
                Pattern pattern = Pattern.valueOf(m.group(1));
                String criterion = m.group(2);
                String expected = "$pol.weight(Pattern." + m.group(1) + ", \"" + criterion + "\")";
                if (!m.group(3).strip().equals(expected)) {
                    problems.add(file + ": " + criterion + " is weighed by "
                            + m.group(3).strip() + ", not " + expected);
                }
                if (!Policy.criteria(pattern).contains(criterion)) {
                    problems.add(file + ": " + pattern + "/" + criterion + " is not in Policy.defaults()");
                }
                used.add(pattern + "/" + criterion);
            }
            if (matched != signals) {
                problems.add(
                        file + ": " + (signals - matched) + " PatternSignal(s) not written as this test reads them");
            }
        }
        for (Pattern p : Pattern.values()) {
            for (String criterion : Policy.criteria(p)) {
                if (!used.contains(p + "/" + criterion)) {
                    problems.add(p + "/" + criterion + " is in Policy.defaults() but no rule weighs it");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(used.size() >= 24, used.toString());
    }

    private static PatternAssessment edge(RecommendationGraph graph) {
        return graph.nodes(PatternAssessment.class).stream()
                .filter(a -> a.pattern() == Pattern.EDGE)
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError(graph.nodes(PatternAssessment.class).toString()));
    }

    private static Optional<PatternSignal> signal(RecommendationGraph graph, Pattern pattern, String criterion) {
        return graph.nodes(PatternSignal.class).stream()
                .filter(s -> s.pattern() == pattern && s.criterion().equals(criterion))
                .findFirst();
    }

    private static Optional<Guidance> guidance(RecommendationGraph graph, String code) {
        return graph.nodes(Guidance.class).stream()
                .filter(g -> g.code().equals(code))
                .findFirst();
    }

    private static String read(String resource) {
        try (InputStream in = PolicyCalibrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
