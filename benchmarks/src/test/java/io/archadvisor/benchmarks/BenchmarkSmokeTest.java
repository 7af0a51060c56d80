package io.archadvisor.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieContainer;

/**
 * Runs every benchmark method once with set-up state, so the benchmarks compile, set up and produce sane advice in the
 * normal build. Nothing here is timed. Each benchmark's own set-up runs at least once; the other parameter values
 * share the advisor and the compiled seed pack that set-up built, because compiling the default packs is what takes
 * time.
 */
class BenchmarkSmokeTest {

    private static AdviseBenchmark advise;
    private static KieContainer seed;

    @BeforeAll
    static void setUpOnce() {
        advise = new AdviseBenchmark();
        advise.input = "typical";
        advise.setUp();
        seed = SeedKieBase.container();
    }

    @AfterAll
    static void tearDownOnce() {
        advise.tearDown();
        seed.dispose();
    }

    private static Advisor shared() {
        return advise.advisor;
    }

    private static void assertSane(RecommendationGraph graph) {
        assertNotNull(graph);
        assertTrue(graph.primaryPattern().isPresent(), () -> "no primary pattern in " + graph);
        assertFalse(graph.firedRules().isEmpty(), "no rule fired");
        for (var node : graph.nodes()) {
            assertNotNull(graph.provenance(node), () -> "no provenance for " + node.id());
        }
    }

    @Test
    void adviseGivesAPrimaryPatternForEveryReferenceInput() {
        for (String input : BenchmarkInputs.NAMES) {
            AdviseBenchmark b = new AdviseBenchmark();
            b.input = input;
            b.advisor = shared();
            b.requirements = BenchmarkInputs.named(input);
            RecommendationGraph graph = b.latency();
            assertSane(graph);
            assertEquals(graph, b.throughput(), () -> input + ": the same input gave different advice");
        }
    }

    @Test
    void everySessionStrategyGivesTheAdvisorsAdvice() {
        RecommendationGraph reference = shared().advise(BenchmarkInputs.typical());
        SessionStrategyBenchmark built = new SessionStrategyBenchmark();
        built.strategy = "stateless";
        built.input = "typical";
        built.setUp();
        try {
            assertEquals(reference, built.advise(), "stateless (own set-up) gave different advice than the advisor");
            for (String strategy : new String[] {"naive", "stateless", "pooled", "advisor"}) {
                SessionStrategyBenchmark b = new SessionStrategyBenchmark();
                b.strategy = strategy;
                b.input = "typical";
                b.requirements = built.requirements;
                b.catalog = built.catalog;
                b.kieBase = seed.getKieBase();
                b.stateless = b.kieBase.newStatelessKieSession();
                b.pool = strategy.equals("pooled") ? seed.newKieSessionsPool(1) : null;
                b.advisor = shared();
                try {
                    RecommendationGraph graph = b.advise();
                    assertSane(graph);
                    assertEquals(reference, graph, () -> strategy + " gave different advice than the advisor");
                    assertEquals(graph, b.advise(), () -> strategy + " gave different advice on its second call");
                } finally {
                    if (b.pool != null) {
                        b.pool.shutdown();
                    }
                }
            }
        } finally {
            built.tearDown();
        }
    }

    @Test
    void everyStrategyHandsOutAnEmptySession() {
        SessionAcquisitionBenchmark built = new SessionAcquisitionBenchmark();
        built.strategy = "naive";
        built.setUp();
        try {
            for (String strategy : new String[] {"naive", "stateless", "pooled"}) {
                built.strategy = strategy;
                assertEquals(0L, built.acquireAndRelease(), strategy);
                assertEquals(0L, built.acquireAndRelease(), () -> strategy + ": a released session kept facts");
            }
        } finally {
            built.tearDown();
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
            assertEquals(
                    Pattern.MODULAR_MONOLITH,
                    graph.primaryPattern().map(PatternAssessment::pattern).orElseThrow(),
                    "the typical context should still favour a modular monolith");
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
        built.advisor = shared();
        built.requirements = BenchmarkInputs.typical();
        assertSane(b.firstAdvice(built));
    }

    @Test
    void theFloorAndTheRulesBothDecideOnEveryReferenceInput() {
        FloorBenchmark built = new FloorBenchmark();
        built.input = "small";
        built.setUp();
        try {
            for (String input : BenchmarkInputs.NAMES) {
                FloorBenchmark b = new FloorBenchmark();
                b.input = input;
                b.advisor = built.advisor;
                b.requirements = BenchmarkInputs.named(input);
                assertSane(b.rules());
                assertNotNull(b.plainJava().primary(), () -> input + ": the floor chose no primary pattern");
            }
        } finally {
            built.tearDown();
        }
    }

    @Test
    void theCutDownCatalogKeepsTheFirstCatalogsTechnologiesAndBothReviewTheTypicalStack() {
        io.archadvisor.catalog.TechnologyCatalog first = CatalogSizeBenchmark.catalog("first-49");
        assertEquals(
                CatalogSizeBenchmark.FIRST_CATALOG.size(),
                first.entries().size(),
                "every technology of the first catalog is still in the embedded one");
        CatalogSizeBenchmark b = new CatalogSizeBenchmark();
        b.catalog = "first-49";
        b.setUp();
        try {
            assertSane(b.advise());
            assertEquals(6, b.reviews().size());
            assertTrue(b.reviews().stream().allMatch(r -> r.entry() != null), () -> "not found: " + b.reviews());
        } finally {
            b.tearDown();
        }
    }

    @Test
    void oneAndTwoThreadsShareTheAdvisor() {
        ThreadsBenchmark b = new ThreadsBenchmark();
        b.input = "typical";
        b.advisor = shared();
        b.requirements = BenchmarkInputs.typical();
        assertSane(b.oneThread());
        assertSane(b.twoThreads());
    }

    @Test
    void theReferenceInputsAndTheGeneratorAreDeterministic() {
        assertEquals(BenchmarkInputs.large(), BenchmarkInputs.large());
        assertEquals(ProposalGenerator.proposal(500, 9L), ProposalGenerator.proposal(500, 9L));
        assertEquals(
                BenchmarkInputs.LARGE_SERVICES,
                BenchmarkInputs.large().proposal().services().size());
        assertEquals(
                10_000,
                ProposalGenerator.proposal(10_000, ScalingBenchmark.SEED)
                        .services()
                        .size());
        assertTrue(
                ProposalGenerator.proposal(1_000, 1L).services().stream()
                        .allMatch(s -> !s.calls().isEmpty()),
                "every generated service calls another");
    }
}
