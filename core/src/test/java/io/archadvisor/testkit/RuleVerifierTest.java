package io.archadvisor.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.Severity;
import io.archadvisor.graph.Waiver;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Team;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kit used programmatically, without the JUnit extension; its failure messages are part of its contract. */
class RuleVerifierTest {

    private static RuleVerifier verify;

    @BeforeAll
    static void compile() {
        verify = RuleVerifier.of(new TestPacks());
    }

    @AfterAll
    static void close() {
        verify.close();
    }

    static Requirements team(int size) {
        return new Requirements(
                "tiny",
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

    @Test
    void aScenarioAssertsWhichRulesFiredAndWhichDidNot() {
        verify.given(team(5))
                .fired("BASE-SMALL-TEAM")
                .didNotFire("BASE-LARGE-TEAM", "BASE-SPOF")
                .firedExactly("BASE-SMALL-TEAM");
    }

    @Test
    void aRuleThatDidNotFireShowsWhatFiredInsteadAndTheInputFacts() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> verify.given(team(5)).fired("BASE-LARGE-TEAM"));
        String m = e.getMessage();
        assertTrue(
                m.startsWith("Expected rule `BASE-LARGE-TEAM` to fire, but it did not.\n"
                        + "  scenario: requirements of `tiny`\n"
                        + "  rules that fired (1): BASE-SMALL-TEAM\n"
                        + "  input facts (2 known, "),
                m);
        assertTrue(
                m.contains("\n    system = tiny\n    team.size = 5\n    unknown: scale.currentRequestsPerSecond, "), m);
    }

    @Test
    void aRuleThatFiredUnexpectedlyShowsWhatItDerived() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> verify.given(team(5)).didNotFire("BASE-SMALL-TEAM"));
        assertTrue(
                e.getMessage()
                        .startsWith("Expected rule `BASE-SMALL-TEAM` not to fire, but it did, deriving:\n"
                                + "    Guidance[area=ARCHITECTURE, code=small-team, advice=Keep one deployable., rationale=a team of 5"
                                + " engineers (< 20)]  (rule BASE-SMALL-TEAM)"),
                e.getMessage());
    }

    @Test
    void aMisspeltRuleIdIsReportedWithTheClosestLoadedIds() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> verify.given(team(5)).fired("BASE-SMALL-TAEM"));
        assertTrue(
                e.getMessage()
                        .startsWith("Rule `BASE-SMALL-TAEM` is not loaded in scenario `requirements of `tiny``"
                                + " (5 rules loaded). Closest ids: [BASE-SMALL-TEAM, "),
                e.getMessage());
    }

    @Test
    void nodesAreFoundByTypeAndPropertiesAndCounted() {
        Scenario s = verify.givenFile(Path.of("src/test/resources/requirements/pci-shop.yaml"));
        s.hasNode(NodeQuery.of(AntiPatternFinding.class)
                        .where("code", "BASE-SPOF")
                        .where("subject", "orders")
                        .where("severity", "high"))
                .hasNode(AntiPatternFinding.class, f -> f.severity() == Severity.MEDIUM)
                .hasNodes(NodeQuery.of(AntiPatternFinding.class), 3)
                .hasNodes(NodeQuery.of(AntiPatternFinding.class).whereContains("remediation", "kafka"), 1)
                .hasNoNode(NodeQuery.of(AntiPatternFinding.class).where("subject", "cart"))
                .hasNoNode(Guidance.class, g -> g.code().equals("large-team"));
    }

    @Test
    void aMissingNodeShowsTheNodesOfItsTypeThatExist() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> verify.givenFile(Path.of("src/test/resources/requirements/pci-shop.yaml"))
                        .hasNode(NodeQuery.of(AntiPatternFinding.class)
                                .where("code", "BASE-SPOF")
                                .where("subject", "cart")));
        String m = e.getMessage();
        assertTrue(
                m.startsWith("Expected a node AntiPatternFinding where code = \"BASE-SPOF\" and subject = \"cart\","
                        + " but none matched.\n  scenario: src/test/resources/requirements/pci-shop.yaml\n"
                        + "  AntiPatternFinding nodes (3):\n"
                        + "      AntiPatternFinding[code=BASE-SPOF, subject=orders, severity=HIGH,"),
                m);
        assertTrue(m.contains("(rule FOLDER-BROKER)") && m.contains("nfrs.compliance[0] = pci-dss"), m);
    }

    @Test
    void aMissingNodeTypeListsTheTypesPresent() {
        AssertionError e = assertThrows(
                AssertionError.class, () -> verify.given(team(5)).hasNodes(NodeQuery.of(AntiPatternFinding.class), 1));
        assertTrue(
                e.getMessage()
                        .contains("Expected 1 node AntiPatternFinding, but found 0.\n"
                                + "  scenario: requirements of `tiny`\n"
                                + "  no AntiPatternFinding node exists; node types present: Guidance (1)"),
                e.getMessage());
    }

    @Test
    void aNodeIsExplainedByItsRuleAndFacts() {
        verify.given(team(5))
                .node(NodeQuery.of(Guidance.class).where("code", "small-team"))
                .derivedBy("BASE-SMALL-TEAM")
                .restsOn("team.size")
                .restsOn("team.size", "5")
                .explanationContains("by rule BASE-SMALL-TEAM because team.size = 5")
                .isNotWaived()
                .and()
                .fired("BASE-SMALL-TEAM");
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> verify.given(team(5))
                        .node(NodeQuery.of(Guidance.class).where("code", "small-team"))
                        .restsOn("team.size", "6"));
        assertTrue(
                e.getMessage()
                        .startsWith("Expected guidance:small-team to rest on `team.size = 6`, but it rests on"
                                + " [team.size = 5]."),
                e.getMessage());
        assertTrue(
                e.getMessage().contains("  explanation:\n    Keep one deployable.\n      by rule BASE-SMALL-TEAM"),
                e.getMessage());
    }

    @Test
    void aSubsetOfRulesOrPacksRunsOnItsOwnAndSharesOneAdvisorPerSelection() {
        Scenario one = verify.givenFile(Path.of("src/test/resources/requirements/pci-shop.yaml"))
                .onlyRules("FOLDER-BROKER")
                .firedExactly("FOLDER-BROKER");
        Scenario two = verify.givenFile(Path.of("src/test/resources/requirements/pci-shop.yaml"))
                .onlyRules("FOLDER-BROKER")
                .firedExactly("FOLDER-BROKER");
        assertSame(
                verify.advisor(
                        RuleVerifier.selection(java.util.Set.of("FOLDER-BROKER"), java.util.Set.of(), null, null)),
                verify.advisor(
                        RuleVerifier.selection(java.util.Set.of("FOLDER-BROKER"), java.util.Set.of(), null, null)));
        assertEquals(one.graph(), two.graph());
        verify.givenFile(Path.of("src/test/resources/requirements/pci-shop.yaml"))
                .onlyPacks("acme")
                .firedExactly("FOLDER-BROKER", "FOLDER-PCI-PENTEST");
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> verify.given(team(5)).onlyRules("BASE-SPOF").fired("BASE-SMALL-TEAM"));
        assertTrue(e.getMessage().contains("(1 rules loaded, selected by rules [BASE-SPOF])"), e.getMessage());
    }

    @Test
    void aScenarioOnADateAdvisesWithTheClockFixedAtThatDate() {
        java.time.LocalDate date = java.time.LocalDate.of(2031, 3, 14);
        Scenario dated = verify.given(team(5)).onDate(date);
        Scenario again = verify.given(team(5)).onDate(date);
        dated.graph();
        again.graph();
        assertSame(
                verify.advisor(RuleVerifier.selection(java.util.Set.of(), java.util.Set.of(), date, null)),
                verify.advisor(RuleVerifier.selection(java.util.Set.of(), java.util.Set.of(), date, null)));
        assertEquals(dated.graph(), again.graph());
        AssertionError e = assertThrows(
                AssertionError.class, () -> verify.given(team(5)).onDate(date).fired("NO-SUCH-RULE"));
        assertTrue(e.getMessage().contains("on 2031-03-14"), e.getMessage());
    }

    @Test
    void waiversApplyToTheScenario() {
        verify.givenFile(Path.of("src/test/resources/requirements/pci-shop.yaml"))
                .withWaiversFrom(Path.of("src/test/resources/requirements/waivers.yaml"))
                .node(NodeQuery.of(AntiPatternFinding.class).where("code", "BASE-SPOF"))
                .isWaived()
                .isWaivedBecause("Q3 release")
                .and()
                .node(NodeQuery.of(AntiPatternFinding.class).where("code", "FOLDER-BROKER"))
                .isNotWaived();
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> verify.given(team(5))
                        .withWaivers(Waiver.of("BASE-SMALL-TEAM", "r", "o"))
                        .node(NodeQuery.of(Guidance.class))
                        .isWaived());
        assertTrue(
                e.getMessage().contains("no waiver accepts it")
                        && e.getMessage().contains("  waivers:\n" + "    BASE-SMALL-TEAM, by o: r"),
                e.getMessage());
    }

    @Test
    void yamlScenariosAreReadWithTheStrictReader() {
        verify.givenYaml("team: {size: 25}").fired("BASE-LARGE-TEAM");
        assertThrows(io.archadvisor.model.RequirementsException.class, () -> verify.givenYaml("team: {sise: 25}"));
    }

    @Test
    void anUnknownPropertyInAQueryNamesTheTypesProperties() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> NodeQuery.of(AntiPatternFinding.class).where("kode", "X"));
        assertEquals(
                "AntiPatternFinding has no property `kode`; did you mean `code`? Its properties: [code: String, subject: String,"
                        + " severity: Severity, evidence: String, remediation: String, migrationPath: String] and id,"
                        + " summary.",
                e.getMessage());
    }

    @Test
    void aScenarioCannotChangeAfterItRan() {
        Scenario s = verify.given(team(5)).fired("BASE-SMALL-TEAM");
        assertThrows(IllegalStateException.class, () -> s.onlyRules("BASE-SPOF"));
    }

    @Test
    void coverageCountsTheRulesThatFiredAtLeastOnce() {
        try (RuleVerifier fresh = RuleVerifier.of(new TestPacks())) {
            fresh.given(team(5)).fired("BASE-SMALL-TEAM");
            fresh.given(team(25)).onlyRules("BASE-LARGE-TEAM").fired("BASE-LARGE-TEAM");
            RuleCoverage c = fresh.coverage();
            assertEquals(List.of("BASE-LARGE-TEAM", "BASE-SMALL-TEAM"), c.fired());
            assertEquals(List.of("BASE-SPOF", "FOLDER-BROKER", "FOLDER-PCI-PENTEST"), c.missed());
            assertEquals(0.4, c.ratio(), 1e-9);
            assertEquals("Rule coverage [TestPacks]: 2 of 5 rules fired (40.0%)", c.summary());
            assertTrue(
                    c.report()
                            .contains("pack test-base: 2 of 3 fired\n  [x] BASE-LARGE-TEAM  "
                                    + Path.of("src/test/resources/packs/base/team.drl") + ":17\n"),
                    c.report());
            assertTrue(c.report().endsWith("Never fired (3): BASE-SPOF, FOLDER-BROKER, FOLDER-PCI-PENTEST\n"));
            c.check(0.4);
            AssertionError e = assertThrows(AssertionError.class, () -> c.check(0.41));
            assertEquals(
                    "Rule coverage [TestPacks]: 2 of 5 rules fired (40.0%), below the threshold of 41.0% (3 rules)."
                            + " Write scenarios that make these rules fire: BASE-SPOF, FOLDER-BROKER, FOLDER-PCI-PENTEST",
                    e.getMessage());
        }
    }
}
