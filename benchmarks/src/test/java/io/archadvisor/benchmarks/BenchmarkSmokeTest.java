package io.archadvisor.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every benchmark method once with its set-up state, so the benchmarks compile, set up and produce sane advice
 * in the normal build. Nothing here is timed.
 */
class BenchmarkSmokeTest {

    private static void assertSane(RecommendationGraph graph) {
        assertNotNull(graph);
        assertTrue(graph.primaryPattern().isPresent(), () -> "no primary pattern in " + graph);
        assertFalse(graph.firedRules().isEmpty(), "no rule fired");
        for (var node : graph.nodes()) {
            assertNotNull(graph.provenance(node), () -> "no provenance for " + node.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "typical", "large"})
    void adviseGivesAPrimaryPatternForEveryReferenceInput(String input) {
        AdviseBenchmark b = new AdviseBenchmark();
        b.input = input;
        b.setUp();
        try {
            assertSane(b.latency());
            RecommendationGraph again = b.throughput();
            assertSane(again);
            assertEquals(b.latency(), again, "the same input gave different advice");
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"naive", "stateless", "pooled", "advisor"})
    void everySessionStrategyGivesTheAdvisorsAdvice(String strategy) {
        SessionStrategyBenchmark reference = new SessionStrategyBenchmark();
        reference.strategy = "advisor";
        reference.input = "typical";
        reference.setUp();
        SessionStrategyBenchmark b = new SessionStrategyBenchmark();
        b.strategy = strategy;
        b.input = "typical";
        b.setUp();
        try {
            RecommendationGraph graph = b.advise();
            assertSane(graph);
            assertEquals(reference.advise(), graph, () -> strategy + " gave different advice than the advisor");
            assertEquals(graph, b.advise(), () -> strategy + " gave different advice on its second call");
        } finally {
            b.tearDown();
            reference.tearDown();
        }
    }

    @Test
    void scalingAdvisesOnAGeneratedProposal() {
        ScalingBenchmark b = new ScalingBenchmark();
        b.services = 10;
        b.setUp();
        try {
            RecommendationGraph graph = b.advise();
            assertSane(graph);
            assertEquals(Pattern.MODULAR_MONOLITH, graph.primaryPattern().map(PatternAssessment::pattern)
                    .orElseThrow(), "the typical context should still favour a modular monolith");
        } finally {
            b.tearDown();
        }
    }

    @Test
    void coldStartBuildsAnAdvisorAndAdvises() {
        ColdStartBenchmark b = new ColdStartBenchmark();
        ColdStartBenchmark.Closer closer = new ColdStartBenchmark.Closer();
        assertFalse(b.build(closer).rules().isEmpty(), "the default packs hold no rules");
        closer.tearDown();
        assertSane(b.buildAndFirstAdvice(closer));
        closer.tearDown();
        ColdStartBenchmark.Built built = new ColdStartBenchmark.Built();
        built.setUp();
        try {
            assertSane(b.firstAdvice(built));
        } finally {
            built.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "typical", "large"})
    void theFloorAndTheRulesBothDecideOnEveryReferenceInput(String input) {
        FloorBenchmark b = new FloorBenchmark();
        b.input = input;
        b.setUp();
        try {
            assertSane(b.rules());
            PlainJavaFloor.Advice plain = b.plainJava();
            assertNotNull(plain.primary(), "the floor chose no primary pattern");
        } finally {
            b.tearDown();
        }
    }

    @Test
    void oneAndTwoThreadsShareTheAdvisor() {
        ThreadsBenchmark b = new ThreadsBenchmark();
        b.input = "typical";
        b.setUp();
        try {
            assertSane(b.oneThread());
            assertSane(b.twoThreads());
        } finally {
            b.tearDown();
        }
    }
}
