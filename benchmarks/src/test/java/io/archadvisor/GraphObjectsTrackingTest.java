package io.archadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.benchmarks.BenchmarkInputs;
import io.archadvisor.benchmarks.ProposalGenerator;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.facts.CatalogEntryFact;
import io.archadvisor.facts.Facts;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Relation;
import io.archadvisor.model.Requirements;
import io.archadvisor.rules.SeedRulePack;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The advisor's KieBase is immutable, so working memory drops the objects no rule can match, and the graph is read
 * from the nodes and relations the {@link ProvenanceRecorder} followed instead. These tests hold that reading to what
 * a mutable KieBase keeps in working memory, object for object, and the advisor's graph to the graph of a mutable
 * KieBase over the same rules.
 */
class GraphObjectsTrackingTest {

    private static final LocalDate DATE = LocalDate.of(2025, 7, 1);

    /** Rules that insert, delete, retract through truth maintenance and replace nodes. */
    private static final String CHURN = """
            package test.tracking;
            import io.archadvisor.facts.*;
            import io.archadvisor.graph.*;
            declare Marker end
            rule "T-INSERT" agenda-group "signals" when TeamSize() then
                insert(new TradeOff("temporary", "t", "a", "b"));
                insert(new TradeOff("kept", "t", "a", "b"));
            end
            rule "T-DELETE" agenda-group "assess" when $t : TradeOff(code == "temporary") then delete($t); end
            rule "T-LOGICAL" agenda-group "advise" salience 10 when TeamSize() not Marker() then
                insertLogical(new TradeOff("retracted", "t", "a", "b"));
            end
            rule "T-MARKER" agenda-group "advise" when TeamSize() then insert(new Marker()); end
            rule "T-REPLACE-SOURCE" agenda-group "signals" when TeamSize() then
                insert(new TradeOff("before-update", "t", "a", "b"));
            end
            rule "T-REPLACE" agenda-group "assess" when $t : TradeOff(code == "before-update") then
                update(drools.getFactHandle($t), new TradeOff("after-update", "t", "a", "b"));
            end
            rule "T-RELATION" agenda-group "advise" when $a : TradeOff(code == "kept") $b : TradeOff(code == "kept") then
                insertLogical(Relation.of($a, $b, EdgeType.SUPPORTS));
            end
            """;

    static Stream<Arguments> inputs() {
        Stream<Arguments> reference = BenchmarkInputs.NAMES.stream()
                .map(n -> Arguments.of(n, BenchmarkInputs.named(n)));
        Stream<Arguments> generated = Stream.of(1, 3, 25, 120).map(n -> Arguments.of("generated " + n + " services",
                ProposalGenerator.requirements(n, 7_000L + n)));
        return Stream.of(reference, generated, Stream.of(Arguments.of("nothing known", Requirements.named("blank"))))
                .flatMap(s -> s);
    }

    private static KieContainer seedContainer;
    private static Advisor seedAdvisor;

    @BeforeAll
    static void compileTheSeedPackBothWays() {
        seedContainer = mutableContainer(new SeedRulePack().sources());
        seedAdvisor = Advisor.builder().withoutDefaultPacks().addPack(new SeedRulePack())
                .clock(Clock.fixed(DATE.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
    }

    @AfterAll
    static void dispose() {
        seedAdvisor.close();
        seedContainer.dispose();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theRecorderFollowsWorkingMemoryAndTheAdvisorMatchesAMutableKieBase(String name, Requirements requirements) {
        RecommendationGraph mutable = adviseTracked(seedContainer, requirements, name);
        assertEquals(mutable, seedAdvisor.advise(requirements), name + ": the immutable KieBase advised differently");
        assertTrue(mutable.primaryPattern().isPresent(), name + ": no primary pattern");
    }

    @Test
    void insertionsDeletionsRetractionsAndReplacementsAreFollowed() {
        List<RuleSource> sources = List.of(new RuleSource("churn.drl", CHURN));
        KieContainer container = mutableContainer(sources);
        try {
            KieSession session = container.newKieSession();
            ProvenanceRecorder recorder = run(session, BenchmarkInputs.typical());
            List<String> codes = recorder.graphObjects().stream()
                    .map(o -> o instanceof io.archadvisor.graph.TradeOff t ? t.code() : "relation").sorted().toList();
            assertEquals(List.of("after-update", "kept", "relation"), codes);
            assertSameObjects(session, recorder, "churn");
            session.dispose();
        } finally {
            container.dispose();
        }
        try (Advisor advisor = Advisor.builder().withoutDefaultPacks().addRules("churn.drl", CHURN).build()) {
            RuleExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(RuleExecutionException.class,
                    () -> advisor.advise(BenchmarkInputs.typical()));
            assertTrue(e.getMessage().contains("trade-off:after-update"), e::getMessage);
        }
        try (Advisor advisor = Advisor.builder().withoutDefaultPacks()
                .addRules("churn.drl", CHURN.replace("update(drools.getFactHandle($t), new TradeOff(\"after-update\","
                        + " \"t\", \"a\", \"b\"));", "delete($t);")).build()) {
            RecommendationGraph graph = advisor.advise(BenchmarkInputs.typical());
            assertEquals(List.of("trade-off:kept"), graph.nodes().stream().map(Node::id).toList());
            assertEquals(1, graph.edges().size(), () -> "edges: " + graph.edges());
            assertFalse(graph.node("trade-off:retracted").isPresent(), "a retracted node stayed in the graph");
        }
    }

    private static RecommendationGraph adviseTracked(KieContainer container, Requirements requirements, String name) {
        KieSession session = container.newKieSession();
        try {
            ProvenanceRecorder recorder = run(session, requirements);
            assertSameObjects(session, recorder, name);
            return GraphAssembler.assemble(session, recorder);
        } finally {
            session.dispose();
        }
    }

    private static ProvenanceRecorder run(KieSession session, Requirements requirements) {
        ProvenanceRecorder recorder = new ProvenanceRecorder();
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
        Facts.of(requirements).forEach(session::insert);
        session.insert(new AdviceContext(DATE));
        TechnologyCatalog catalog = Catalogs.builtIn(Advisor.class.getClassLoader());
        for (TechnologyEntry entry : catalog.entries()) {
            session.insert(CatalogEntryFact.of(entry, catalog.name()));
        }
        recorder.startRun();
        SessionRun.focusPhases(session);
        session.fireAllRules();
        return recorder;
    }

    private static void assertSameObjects(KieSession session, ProvenanceRecorder recorder, String name) {
        Set<Object> inMemory = Collections.newSetFromMap(new IdentityHashMap<>());
        inMemory.addAll(session.getObjects(o -> o instanceof Node || o instanceof Relation));
        Set<Object> followed = Collections.newSetFromMap(new IdentityHashMap<>());
        followed.addAll(recorder.graphObjects());
        assertEquals(inMemory.size(), recorder.graphObjects().size(), name + ": the recorder followed a different"
                + " number of objects than working memory holds");
        assertEquals(inMemory, followed, name + ": the recorder and working memory differ");
    }

    private static KieContainer mutableContainer(List<RuleSource> sources) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("io.archadvisor.test", "mutable-" + System.nanoTime(), "1.0.0");
        kfs.generateAndWritePomXML(id);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String path = "src/main/resources/t/r" + i + ".drl";
            paths.add(path);
            kfs.write(path, sources.get(i).drl());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        assertFalse(builder.getResults().hasMessages(Message.Level.ERROR), () -> builder.getResults().toString());
        try {
            return ks.newKieContainer(id);
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }
}
