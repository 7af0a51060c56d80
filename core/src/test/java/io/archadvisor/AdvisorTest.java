package io.archadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Team;
import io.archadvisor.pack.EvaluationLimitException;
import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.pack.RuleError;
import io.archadvisor.pack.RuleExecutionException;
import io.archadvisor.pack.RuleInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisorTest {

    private static final String HEADER = """
            package test.rules;
            import io.archadvisor.facts.*;
            import io.archadvisor.graph.*;
            """;

    private static final String SMALL_TEAM = HEADER + """
            rule "T-SMALL-TEAM"
                @category("test")
                agenda-group "advise"
            when
                $t : TeamSize(value < 20)
            then
                insertLogical(new Guidance(GuidanceArea.ARCHITECTURE, "small-team", "Keep one deployable.",
                    "a team of " + $t.value()));
            end

            rule "T-DERIVED"
                @category("test")
                agenda-group "review"
            when
                $g : Guidance(code == "small-team")
                Unknown(dimension == Dimension.BUDGET_MONTHLY)
            then
                insertLogical(new Guidance(GuidanceArea.COST, "ask-budget", "Ask for the budget.", "derived"));
            end
            """;

    private static Requirements team(int size) {
        return new Requirements(
                "s",
                null,
                new Team(size, null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static Advisor advisor(String drl) {
        return advisor(drl, Duration.ofSeconds(60));
    }

    private static Advisor advisor(String drl, Duration timeout) {
        return Advisor.builder()
                .withoutDefaultPacks()
                .addRules("test.drl", drl)
                .maxRuleFirings(500)
                .timeout(timeout)
                .build();
    }

    @Test
    void factsReadFromADocumentCarryWhereTheirValueWasWritten() {
        io.archadvisor.model.RequirementsDocument doc =
                io.archadvisor.yaml.RequirementsReader.readDocument("""
                system: s
                team:
                  size: 5
                budget: {costSensitivity: high}
                """, "system.yaml");
        try (Advisor advisor = advisor(SMALL_TEAM)) {
            RecommendationGraph graph = advisor.advise(doc.requirements(), doc.sources());
            Guidance small = (Guidance) graph.node("guidance:small-team").orElseThrow();
            assertEquals(
                    List.of(new FactRef("team.size", "5", new io.archadvisor.base.Location("system.yaml", 3, 9))),
                    graph.provenance(small).facts());
            Guidance derived = (Guidance) graph.node("guidance:ask-budget").orElseThrow();
            assertEquals(
                    List.of(new FactRef(
                            "budget.monthlyUsd", null, new io.archadvisor.base.Location("system.yaml", 4, 1))),
                    graph.provenance(derived).facts(),
                    "an unknown value is located at the section that leaves it out");
            String explained = graph.explain(derived).toString();
            assertTrue(explained.contains("because budget.monthlyUsd is unknown (system.yaml:4:1)"), explained);
            assertTrue(explained.contains("because team.size = 5 (system.yaml:3:9)"), explained);

            RecommendationGraph unlocated = advisor.advise(doc.requirements());
            assertEquals(unlocated, advisor.advise(doc.requirements(), io.archadvisor.model.SourceMap.empty()));
            assertEquals(
                    List.of(new FactRef("team.size", "5")),
                    unlocated.provenance(small).facts());
            assertEquals(graph, unlocated.withSources(doc.sources()));
            assertEquals(unlocated, graph.withSources(io.archadvisor.model.SourceMap.empty()));
        }
    }

    @Test
    void aNodeDerivedFromAnIntermediateFactKeepsTheFactsBehindItAfterTheIntermediateIsGone() {
        String drl = HEADER + """
                declare Hint
                    size : int
                end

                rule "T-HINT"
                    @category("test")
                    agenda-group "advise" salience 10
                when
                    $t : TeamSize(value < 20)
                then
                    insert(new Hint($t.value()));
                end

                rule "T-FROM-HINT"
                    @category("test")
                    agenda-group "advise" salience 5
                when
                    $h : Hint()
                    Unknown(dimension == Dimension.BUDGET_MONTHLY)
                then
                    insert(new Guidance(GuidanceArea.ARCHITECTURE, "from-hint", "Hinted.", "a hint of " + $h.getSize()));
                end

                rule "T-DROP-HINT"
                    @category("test")
                    agenda-group "advise" salience 1
                when
                    $h : Hint()
                then
                    delete($h);
                end
                """;
        try (Advisor advisor = advisor(drl)) {
            RecommendationGraph graph = advisor.advise(team(5));
            Guidance hinted = (Guidance) graph.node("guidance:from-hint").orElseThrow();
            assertEquals("T-FROM-HINT", graph.provenance(hinted).ruleId());
            assertEquals(
                    List.of(new FactRef("budget.monthlyUsd", null), new FactRef("team.size", "5")),
                    graph.provenance(hinted).facts(),
                    "the hint's own facts, as they were when the node was inserted");
            assertTrue(
                    graph.firedRules().contains("T-DROP-HINT"),
                    graph.firedRules().toString());
        }
    }

    @Test
    void customRulesSeeTheCatalogEntriesByTheirTypeOrAnySupertype() {
        String drl = HEADER + """
                rule "T-BY-TYPE"
                    @category("test")
                    agenda-group "advise"
                when
                    CatalogEntryFact(name == "postgresql")
                then
                    insertLogical(new Guidance(GuidanceArea.DATA, "by-type", "Seen.", "by type"));
                end
                """;
        String bySupertype = HEADER + """
                rule "T-BY-SUPERTYPE"
                    @category("test")
                    agenda-group "advise"
                when
                    ReferenceFact(path == "catalog.postgresql")
                then
                    insertLogical(new Guidance(GuidanceArea.DATA, "by-supertype", "Seen.", "by supertype"));
                end
                """;
        io.archadvisor.catalog.TechnologyCatalog catalog =
                io.archadvisor.catalog.Catalogs.fromYaml("catalog.yaml", """
                technologies:
                  - name: postgresql
                    displayName: PostgreSQL
                    category: database
                    docs: https://www.postgresql.org/docs/current/
                    verifiedOn: 2026-08-22
                    source: https://endoflife.date/postgresql
                    releases:
                      - cycle: "17"
                        releaseDate: 2024-09-26
                        endOfLife: 2029-11-08
                """);
        try (Advisor advisor = Advisor.builder()
                        .withoutDefaultPacks()
                        .addRules("test.drl", drl)
                        .catalog(catalog)
                        .build();
                Advisor other = Advisor.builder()
                        .withoutDefaultPacks()
                        .addRules("test.drl", bySupertype)
                        .catalog(catalog)
                        .build()) {
            assertTrue(advisor.advise(team(5)).node("guidance:by-type").isPresent());
            RecommendationGraph graph = other.advise(team(5));
            assertTrue(
                    graph.node("guidance:by-supertype").isPresent(),
                    graph.nodes().toString());
            assertEquals(
                    List.of("catalog.postgresql"),
                    graph.provenance(graph.node("guidance:by-supertype").orElseThrow()).facts().stream()
                            .map(FactRef::path)
                            .toList());
        }
    }

    @Test
    void everyNodeCarriesTheRuleAndTheFactsThatDerivedIt() {
        try (Advisor advisor = advisor(SMALL_TEAM)) {
            RecommendationGraph graph = advisor.advise(team(5));
            Guidance small = (Guidance) graph.node("guidance:small-team").orElseThrow();
            assertEquals("T-SMALL-TEAM", graph.provenance(small).ruleId());
            assertEquals(
                    List.of(new FactRef("team.size", "5")),
                    graph.provenance(small).facts());

            Guidance derived = (Guidance) graph.node("guidance:ask-budget").orElseThrow();
            assertEquals(
                    List.of(new FactRef("budget.monthlyUsd", null)),
                    graph.provenance(derived).facts());
            assertEquals(
                    List.of("guidance:small-team"), graph.provenance(derived).derivedFrom());
            assertEquals(
                    List.of(new FactRef("budget.monthlyUsd", null), new FactRef("team.size", "5")),
                    graph.explain(derived).allFacts());
            assertTrue(graph.explain(derived).toString().contains("by rule T-SMALL-TEAM because team.size = 5"));
            for (Node n : graph.nodes()) {
                assertFalse(graph.provenance(n).ruleId().isBlank());
            }
        }
    }

    @Test
    void theSameRequirementsGiveAnEqualGraphInTheSameOrder() {
        try (Advisor advisor = advisor(SMALL_TEAM)) {
            RecommendationGraph first = advisor.advise(team(5));
            RecommendationGraph second = advisor.advise(team(5));
            assertEquals(first, second);
            assertEquals(first.nodes(), second.nodes());
            assertEquals(first.edges(), second.edges());
        }
    }

    @Test
    void aBrokenRuleFileIsReportedWithItsRealPathAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.drl");
        Files.writeString(file, HEADER + """
                rule "BROKEN"
                when
                    TeamSize(value < )
                then
                end
                """);
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder().withoutDefaultPacks().addRules(file).build());
        RuleError first = e.errors().get(0);
        assertEquals(file.toString(), first.source());
        assertEquals(6, first.line(), e.getMessage());
        assertEquals(22, first.column(), "the parser reports column 21, 0-based");
        assertEquals(1, e.errors().size(), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":6:22"), e.getMessage());
    }

    @Test
    void anUnknownFactTypeGetsAHintNamingWhereTheTypesLive() {
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> advisor(HEADER + """
                rule "TYPO"
                when
                    TeamSise(value < 20)
                then
                end
                """));
        assertTrue(
                e.errors().stream()
                        .anyMatch(err -> err.hint() != null && err.hint().contains("io.archadvisor.facts")),
                e.getMessage());
    }

    @Test
    void aSelfTriggeringRuleIsStoppedByTheFireLimitAndTheAdvisorAnswersTheNextCall() {
        String loop = SMALL_TEAM + """
                declare Tick
                    n : int
                end
                rule "T-START"
                when
                    TeamSize(value == 13)
                then
                    insert(new Tick(0));
                end
                rule "T-LOOP"
                when
                    $t : Tick()
                then
                    insert(new Tick($t.getN() + 1));
                end
                """;
        try (Advisor advisor = advisor(loop)) {
            EvaluationLimitException e = assertThrows(EvaluationLimitException.class, () -> advisor.advise(team(13)));
            assertEquals(EvaluationLimitException.Limit.RULE_FIRINGS, e.limit());
            assertEquals("T-LOOP", e.ruleId());
            assertTrue(e.getMessage().contains("`T-LOOP`"), e.getMessage());
            assertTrue(advisor.advise(team(5)).node("guidance:small-team").isPresent());
        }
    }

    @Test
    void aBlockingConsequenceIsStoppedByTheWallClockLimitAndTheAdvisorAnswersTheNextCall() {
        String sleepy = SMALL_TEAM + """
                rule "T-SLEEP"
                when
                    TeamSize(value == 14)
                then
                    Thread.sleep(60_000);
                end
                """;
        try (Advisor advisor = advisor(sleepy, Duration.ofSeconds(3))) {
            long start = System.nanoTime();
            EvaluationLimitException e = assertThrows(EvaluationLimitException.class, () -> advisor.advise(team(14)));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30);
            assertEquals(EvaluationLimitException.Limit.WALL_CLOCK, e.limit());
            assertEquals("T-SLEEP", e.ruleId());
            assertFalse(Thread.currentThread().isInterrupted());
            assertTrue(advisor.advise(team(5)).node("guidance:small-team").isPresent());
        }
    }

    @Test
    void aFailingConsequenceBecomesATypedErrorNamingTheRule() {
        String failing = SMALL_TEAM + """
                rule "T-FAIL"
                when
                    TeamSize(value == 15)
                then
                    throw new IllegalStateException("boom");
                end
                """;
        try (Advisor advisor = advisor(failing)) {
            RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> advisor.advise(team(15)));
            assertEquals("T-FAIL", e.ruleId());
            assertTrue(e.getMessage().contains("boom"), e.getMessage());
            assertTrue(advisor.advise(team(5)).node("guidance:small-team").isPresent());
        }
    }

    @Test
    void twoRulesDerivingDifferentNodesUnderOneIdAreReportedByName() {
        String clash = SMALL_TEAM + """
                rule "T-CLASH"
                    agenda-group "advise"
                when
                    TeamSize(value < 20)
                then
                    insertLogical(new Guidance(GuidanceArea.ARCHITECTURE, "small-team", "Something else.", "clash"));
                end
                """;
        try (Advisor advisor = advisor(clash)) {
            RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> advisor.advise(team(5)));
            assertTrue(e.getMessage().contains("T-CLASH") && e.getMessage().contains("T-SMALL-TEAM"), e.getMessage());
        }
    }

    @Test
    void duplicateRuleIdsAcrossFilesAreAnErrorNamingBothFiles() {
        String one = HEADER + "rule \"T-DUP\" when TeamSize() then end\n";
        String two = "package other.rules;\nimport io.archadvisor.facts.*;\nrule \"T-DUP\" when TeamSize() then end\n";
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addRules("one.drl", one)
                        .addRules("two.drl", two)
                        .build());
        assertTrue(e.getMessage().contains("one.drl") && e.getMessage().contains("two.drl"), e.getMessage());
    }

    @Test
    void rulesAreListedWithTheirMetadata() {
        try (Advisor advisor = advisor(SMALL_TEAM)) {
            RuleInfo info = advisor.rules().get(0);
            assertEquals("T-DERIVED", info.id());
            assertEquals("test", info.category());
            assertEquals("test.drl", info.source());
            assertEquals("custom", info.pack());
        }
    }

    @Test
    void aClosedAdvisorRefusesToAdvise() {
        Advisor advisor = advisor(SMALL_TEAM);
        advisor.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> advisor.advise(team(5)));
        assertTrue(e.getMessage().contains("closed"));
    }

    @Test
    void aCatalogThatCannotBeReadFailsTheAdviceNotTheBuildAndIsReadAgainOnEachAdvice() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        io.archadvisor.catalog.TechnologyCatalog broken = new io.archadvisor.catalog.TechnologyCatalog() {
            @Override
            public String name() {
                return "broken.yaml";
            }

            @Override
            public List<io.archadvisor.catalog.TechnologyEntry> entries() {
                reads.incrementAndGet();
                throw new IllegalStateException("The catalog broken.yaml cannot be read");
            }
        };
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addRules("test.drl", SMALL_TEAM)
                .catalog(broken)
                .build()) {
            int afterBuild = reads.get();
            RuntimeException e = assertThrows(RuntimeException.class, () -> advisor.advise(team(5)));
            assertTrue(e.getMessage().contains("broken.yaml"), e.getMessage());
            assertEquals(afterBuild + 1, reads.get());
        }
    }

    @Test
    void aCatalogThatBlocksDoesNotHoldUpTheBuildBeyondTheAdviceTimeout() {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        io.archadvisor.catalog.TechnologyCatalog blocking = new io.archadvisor.catalog.TechnologyCatalog() {
            @Override
            public String name() {
                return "remote";
            }

            @Override
            public List<io.archadvisor.catalog.TechnologyEntry> entries() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }
        };
        // the catalog answers only once build() has returned: a build that waited for it would never return
        Advisor advisor = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addRules("test.drl", SMALL_TEAM)
                        .catalog(blocking)
                        .timeout(Duration.ofMillis(200))
                        .build());
        release.countDown();
        try (advisor) {
            assertTrue(advisor.advise(team(5)).nodes().stream().anyMatch(n -> n.id().contains("small-team")));
        }
    }
}
