package io.archadvisor.waiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.ExpiredWaiver;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import io.archadvisor.graph.WaiverException;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.pack.RulePack;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WaiversTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final Path RESOURCES = Path.of("src", "test", "resources");
    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addPack(RulePack.builder("test-base", "1")
                        .addPath(RESOURCES.resolve("packs/base"))
                        .build())
                .clock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    static Requirements twoSingleInstanceServices() {
        return new Requirements(
                "shop",
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
                null,
                null,
                new Proposal(
                        null,
                        List.of(
                                new ServiceSpec("orders", null, null, 1, null),
                                new ServiceSpec("cart", null, null, 1, null)),
                        null,
                        null));
    }

    static AntiPatternFinding finding(RecommendationGraph graph, String subject) {
        return graph.findings().stream()
                .filter(f -> f.subject().equals(subject))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aWaivedFindingStaysInTheGraphMarkedWithItsReasonAndOwner() {
        Waiver w = Waiver.of("BASE-SPOF", "A second instance ships with the Q3 release", "team-orders")
                .forSubject("orders");
        RecommendationGraph graph = advisor.advise(twoSingleInstanceServices(), List.of(w));
        AntiPatternFinding orders = finding(graph, "orders");
        AntiPatternFinding cart = finding(graph, "cart");
        assertEquals(2, graph.findings().size(), "waived findings stay in the graph");
        assertEquals(w, graph.waiverOf(orders).orElseThrow());
        assertEquals(
                "A second instance ships with the Q3 release",
                graph.waiverOf(orders).orElseThrow().reason());
        assertFalse(graph.isWaived(cart), "the waiver is scoped to orders");
        assertEquals(List.of(cart), graph.openFindings());
        assertEquals(List.of(w), graph.waivers());
    }

    @Test
    void aWaiverWithoutSubjectAcceptsTheFindingEverywhereAndMatchesTheRuleIdToo() {
        RecommendationGraph graph = advisor.advise(
                twoSingleInstanceServices(),
                List.of(Waiver.of("BASE-SPOF", "Single instances are fine in the pilot", "cto")));
        assertTrue(graph.openFindings().isEmpty());
        assertEquals(2, graph.waived().size());
    }

    @Test
    void anExpiredWaiverNoLongerAppliesAndIsReportedAsAFinding() {
        Waiver expired = Waiver.of("BASE-SPOF", "Until the Q4 release", "team-orders")
                .forSubject("orders")
                .expiringOn(TODAY.minusDays(1));
        RecommendationGraph graph = advisor.advise(twoSingleInstanceServices(), List.of(expired));
        AntiPatternFinding orders = finding(graph, "orders");
        assertFalse(graph.isWaived(orders));
        ExpiredWaiver report = graph.nodes(ExpiredWaiver.class).get(0);
        assertEquals(expired, report.waiver());
        assertEquals("WAIVER-EXPIRED", report.code());
        assertEquals("BASE-SPOF in orders", report.subject());
        assertTrue(report.summary().contains("expired on 2026-02-28"), report.summary());
        assertEquals(
                new Provenance(
                        "WAIVER-EXPIRED",
                        List.of(new FactRef(
                                "waivers[0]",
                                "BASE-SPOF in orders, by team-orders until 2026-02-28: Until the Q4 release")),
                        List.of(orders.id())),
                graph.provenance(report));
        assertTrue(graph.edges().contains(new Edge(report.id(), orders.id(), EdgeType.DERIVED_FROM)));
        assertTrue(graph.openFindings().contains(report));
    }

    @Test
    void aWaiverAppliesUpToAndIncludingItsExpiryDay() {
        Waiver lastDay = Waiver.of("BASE-SPOF", "r", "o").expiringOn(TODAY);
        RecommendationGraph graph = advisor.advise(twoSingleInstanceServices(), List.of(lastDay));
        assertEquals(2, graph.waived().size());
        assertTrue(graph.nodes(ExpiredWaiver.class).isEmpty());
    }

    @Test
    void theSameInputAndWaiversGiveAnEqualGraph() {
        List<Waiver> waivers = List.of(
                Waiver.of("BASE-SPOF", "r", "o").forSubject("cart"),
                Waiver.of("BASE-SPOF", "r", "o").forSubject("orders").expiringOn(LocalDate.of(2020, 1, 1)));
        RecommendationGraph first = advisor.advise(twoSingleInstanceServices(), waivers);
        assertEquals(first, advisor.advise(twoSingleInstanceServices(), waivers));
        assertEquals(
                first.hashCode(),
                advisor.advise(twoSingleInstanceServices(), waivers).hashCode());
        assertNotEquals(first, advisor.advise(twoSingleInstanceServices()));
    }

    @Test
    void builderWaiversApplyToEveryAdviceTogetherWithPerCallOnes() {
        try (Advisor withWaivers = Advisor.builder()
                .withoutDefaultPacks()
                .addPack(RulePack.builder("test-base", "1")
                        .addPath(RESOURCES.resolve("packs/base"))
                        .build())
                .waivers(List.of(Waiver.of("BASE-SPOF", "r", "o").forSubject("cart")))
                .build()) {
            assertEquals(
                    1, withWaivers.advise(twoSingleInstanceServices()).waived().size());
            assertEquals(
                    2,
                    withWaivers
                            .advise(
                                    twoSingleInstanceServices(),
                                    List.of(Waiver.of("BASE-SPOF", "r", "o").forSubject("orders")))
                            .waived()
                            .size());
        }
    }

    @Test
    void aWaiverNeedsAFindingAReasonAndAnOwner() {
        WaiverException e = assertThrows(WaiverException.class, () -> new Waiver("BASE-SPOF", " ", null, "", null));
        assertEquals(
                List.of("reason", "owner", "subject"),
                e.problems().stream().map(p -> p.path()).toList());
        assertTrue(
                e.getMessage().contains("The field `reason` is required: say why the finding is acceptable."),
                e.getMessage());
    }

    @Test
    void waiversAreReadFromTheYamlFileNextToTheRequirements() {
        List<Waiver> waivers = WaiverReader.readNextTo(RESOURCES.resolve("waivers/system.yaml"));
        assertEquals(
                List.of(
                        new Waiver(
                                "BASE-SPOF",
                                "orders",
                                "A second instance ships with the Q3 release",
                                "team-orders",
                                LocalDate.of(2026, 9, 30)),
                        new Waiver(
                                "FOLDER-PCI-PENTEST",
                                null,
                                "Pen test 2025-11-04 by Example Security, report SEC-311",
                                "security-office",
                                LocalDate.of(2026, 11, 4))),
                waivers);
        assertEquals(List.of(), WaiverReader.readNextTo(RESOURCES.resolve("packs/base/team.drl")));
    }

    @Test
    void aBrokenWaiversFileReportsEveryProblemWithItsLineAndColumn() {
        Path file = RESOURCES.resolve("waivers/broken-waivers.yaml");
        WaiverException e = assertThrows(WaiverException.class, () -> WaiverReader.read(file));
        assertEquals(
                List.of(
                        file + ":3:5: The field `waivers[0].reasons` is not a field of `waivers[0]`; did you mean"
                                + " `reason`? The fields are: finding, subject, reason, owner, expires.",
                        file + ":5:5: The field `waivers[1].owner` is required: name the person or team who answers"
                                + " for the waiver.",
                        file + ":7:14: The field `waivers[1].expires` (30.09.2026) must be a date written YYYY-MM-DD,"
                                + " such as 2026-12-31."),
                e.problems().stream().map(p -> p.message()).toList());
    }

    @Test
    void aDuplicateKeyInAWaiverIsAProblemAtItsSecondPlaceInsteadOfKeepingTheLastValue() {
        WaiverException e = assertThrows(
                WaiverException.class,
                () -> WaiverReader.read(
                        "waivers:\n  - finding: AP-X\n    reason: ok\n    owner: me\n    owner: you\n", "w.yaml"));
        assertEquals(
                "w.yaml:5:5: The field `waivers[0].owner` (you) is given twice (first at w.yaml:4:5); keep only"
                        + " one.",
                e.getMessage());
    }

    @Test
    void anEmptyWaiversFileHasNoWaiversAndAnUnknownTopLevelKeyIsAProblem() {
        assertEquals(List.of(), WaiverReader.read("", "w.yaml"));
        assertEquals(List.of(), WaiverReader.read("waivers: []", "w.yaml"));
        WaiverException e =
                assertThrows(WaiverException.class, () -> WaiverReader.read("waiver:\n  - x: 1\n", "w.yaml"));
        assertTrue(
                e.getMessage()
                        .contains("w.yaml:1:1: The field `waiver` is not a key of a waivers file; did you mean"
                                + " `waivers`?"),
                e.getMessage());
    }
}
