package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.catalog.TechnologyReview.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechnologyReviewTest {

    private static final LocalDate RELEASED = LocalDate.of(2023, 4, 18);

    private static TechnologyEntry node() {
        ReleaseLine n20 = new ReleaseLine(
                Version.parse("20"),
                RELEASED,
                Milestone.on(LocalDate.of(2023, 10, 24)),
                Milestone.on(LocalDate.of(2024, 10, 22)),
                Milestone.on(LocalDate.of(2026, 4, 30)),
                null,
                Version.parse("20.19.4"),
                null,
                null,
                List.of(),
                null);
        ReleaseLine n22 = new ReleaseLine(
                Version.parse("22"),
                LocalDate.of(2024, 4, 24),
                Milestone.on(LocalDate.of(2024, 10, 29)),
                Milestone.on(LocalDate.of(2025, 10, 21)),
                Milestone.on(LocalDate.of(2027, 4, 30)),
                null,
                Version.parse("22.23.2"),
                null,
                "https://example.org/22",
                List.of(),
                null);
        ReleaseLine n23 = new ReleaseLine(
                Version.parse("23"),
                LocalDate.of(2024, 10, 16),
                null,
                Milestone.on(LocalDate.of(2025, 4, 1)),
                Milestone.on(LocalDate.of(2025, 6, 1)),
                null,
                null,
                null,
                null,
                List.of(),
                null);
        Advisory adv = new Advisory(
                "CVE-X",
                AdvisorySeverity.HIGH,
                "a flaw",
                List.of(new VersionRange(Version.parse("22.0.0"), Version.parse("22.15.1"))),
                "https://example.org/cve");
        return new TechnologyEntry(
                "nodejs",
                "Node.js",
                Category.LANGUAGE,
                "https://nodejs.org/docs/",
                List.of("node"),
                LocalDate.of(2026, 8, 22),
                "https://endoflife.date/nodejs",
                null,
                null,
                List.of(n20, n22, n23),
                List.of(),
                List.of(adv));
    }

    @Test
    void theSameLineHasAnotherStatusOnAnotherDate() {
        ReleaseLine n20 = node().line("20").orElseThrow();
        assertEquals(Support.UNRELEASED, n20.statusAt(LocalDate.of(2023, 1, 1)));
        assertEquals(Support.ACTIVE, n20.statusAt(LocalDate.of(2024, 1, 1)));
        assertEquals(Support.MAINTENANCE, n20.statusAt(LocalDate.of(2025, 1, 1)));
        assertEquals(Support.END_OF_LIFE, n20.statusAt(LocalDate.of(2026, 4, 30)));
        assertFalse(n20.ltsAt(LocalDate.of(2023, 10, 23)));
        assertTrue(n20.ltsAt(LocalDate.of(2023, 10, 24)));
    }

    @Test
    void theRecommendedLineIsTheNewestSupportedLtsLine() {
        assertEquals(
                "22",
                node().recommendedLine(LocalDate.of(2025, 1, 1))
                        .orElseThrow()
                        .cycle()
                        .toString());
        assertEquals(
                "20",
                node().recommendedLine(LocalDate.of(2024, 1, 1))
                        .orElseThrow()
                        .cycle()
                        .toString());
        assertTrue(node().recommendedLine(LocalDate.of(2028, 1, 1)).isEmpty());
    }

    @Test
    void aReviewMatchesTheLineAndDecidesEndOfLifeAtTheDate() {
        TechnologyReview before = TechnologyReview.of("node", node(), "v20.11.1", LocalDate.of(2026, 4, 29));
        TechnologyReview after = TechnologyReview.of("node", node(), "v20.11.1", LocalDate.of(2026, 4, 30));
        assertEquals(Outcome.MATCHED, before.outcome());
        assertFalse(before.endOfLife());
        assertTrue(after.endOfLife());
        assertTrue(after.endOfLifeEvidence("existing.technologies[0]").contains("end of life 2026-04-30"));
        assertTrue(after.upgradePath().contains("→ 22"), after.upgradePath());
    }

    @Test
    void outcomesNameWhatTheCatalogCouldNotConfirm() {
        LocalDate at = LocalDate.of(2026, 1, 1);
        assertEquals(
                Outcome.NO_ENTRY, TechnologyReview.of("cobol", null, "85", at).outcome());
        assertEquals(
                Outcome.NO_VERSION,
                TechnologyReview.of("node", node(), null, at).outcome());
        assertEquals(
                Outcome.UNPARSEABLE,
                TechnologyReview.of("node", node(), "latest", at).outcome());
        assertEquals(
                Outcome.UNKNOWN_LINE,
                TechnologyReview.of("node", node(), "8", at).outcome());
        assertFalse(TechnologyReview.of("node", node(), "8", at).versionConfirmed());
    }

    @Test
    void advisoriesApplyCertainlyOrPossiblyAndNameTheFix() {
        LocalDate at = LocalDate.of(2026, 1, 1);
        TechnologyReview exact = TechnologyReview.of("node", node(), "22.3.0", at);
        assertTrue(exact.vulnerable());
        assertEquals(AdvisorySeverity.HIGH, exact.advisorySeverity());
        assertTrue(exact.advisoryRemediation().contains("upgrade to 22.15.1"), exact.advisoryRemediation());
        TechnologyReview line = TechnologyReview.of("node", node(), "22", at);
        assertFalse(line.vulnerable());
        assertEquals(1, line.advisories().size());
        assertEquals(AdvisorySeverity.MEDIUM, line.advisorySeverity());
        assertTrue(
                TechnologyReview.of("node", node(), "22.15.1", at).advisories().isEmpty());
    }

    @Test
    void aLineRequirementDetectsAnIncompatibleRuntime() {
        ReleaseLine boot3 = new ReleaseLine(
                Version.parse("3.2"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new Compatibility("java", Version.parse("17"), Version.parse("21"), "https://example.org/req")),
                null);
        TechnologyEntry boot = new TechnologyEntry(
                "spring-boot",
                "Spring Boot",
                Category.FRAMEWORK,
                "https://docs.spring.io/",
                List.of(),
                LocalDate.of(2026, 8, 22),
                "https://example.org",
                null,
                null,
                List.of(boot3),
                List.of(),
                List.of());
        TechnologyEntry java = new TechnologyEntry(
                "java",
                "Java",
                Category.LANGUAGE,
                "https://docs.oracle.com/",
                List.of("jdk"),
                LocalDate.of(2026, 8, 22),
                "https://example.org",
                null,
                null,
                List.of(
                        ReleaseLine.of("11", null, null),
                        ReleaseLine.of("17", null, null),
                        ReleaseLine.of("25", null, null)),
                List.of(),
                List.of());
        LocalDate at = LocalDate.of(2026, 1, 1);
        TechnologyReview b = TechnologyReview.of("spring-boot", boot, "3.2.5", at);
        assertEquals(
                1, b.conflictsWith(TechnologyReview.of("jdk", java, "11", at)).size());
        assertEquals(
                1, b.conflictsWith(TechnologyReview.of("jdk", java, "25", at)).size());
        assertTrue(
                b.conflictsWith(TechnologyReview.of("jdk", java, "17.0.9", at)).isEmpty());
        assertTrue(b.conflictsWith(TechnologyReview.of("jdk", java, "21", at)).isEmpty());
    }
}
