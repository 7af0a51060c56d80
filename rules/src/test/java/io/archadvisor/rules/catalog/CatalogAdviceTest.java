package io.archadvisor.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import io.archadvisor.graph.TechnologyChoice;
import io.archadvisor.model.Requirements;
import io.archadvisor.yaml.RequirementsReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Catalog-backed advice: time travel, user overlays, provenance of choices and one result per checklist item. */
class CatalogAdviceTest {

    static Advisor at(LocalDate date) {
        return at(date, null);
    }

    static Advisor at(LocalDate date, TechnologyCatalog catalog) {
        Advisor.Builder b = Advisor.builder()
                .clock(Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        if (catalog != null) {
            b.catalog(catalog);
        }
        return b.build();
    }

    static Optional<AntiPatternFinding> finding(RecommendationGraph g, String code, String technology) {
        return g.findings().stream()
                .filter(f -> f.code().equals(code) && f.subject().startsWith(technology + " "))
                .findFirst();
    }

    static ChecklistResult check(RecommendationGraph g, ChecklistItem item) {
        List<ChecklistResult> results =
                g.checklist().stream().filter(c -> c.item() == item).toList();
        assertEquals(1, results.size(), item + ": " + results);
        return results.get(0);
    }

    private static final Requirements NODE_20 = RequirementsReader.read("""
            existing:
              technologies: [{name: node, version: "20.11.1"}]
            """, "node20.yaml");

    @Test
    void theSameInputGetsTwoVerdictsOnTwoAdviceDates() {
        try (Advisor march = at(LocalDate.of(2026, 3, 1));
                Advisor june = at(LocalDate.of(2026, 6, 1))) {
            RecommendationGraph before = march.advise(NODE_20);
            RecommendationGraph after = june.advise(NODE_20);
            assertTrue(
                    finding(before, "AP-OUTDATED-EOL", "nodejs").isEmpty(),
                    before.findings().toString());
            assertEquals(
                    CheckStatus.PASS,
                    check(before, ChecklistItem.NO_DEPRECATED_FEATURES).status());
            AntiPatternFinding eol = finding(after, "AP-OUTDATED-EOL", "nodejs").orElseThrow();
            assertEquals(Severity.HIGH, eol.severity());
            assertTrue(eol.evidence().contains("end of life 2026-04-30"), eol.evidence());
            assertTrue(eol.migrationPath().startsWith("Upgrade Node.js 20.11.1 → 24"), eol.migrationPath());
            assertEquals(
                    CheckStatus.FAIL,
                    check(after, ChecklistItem.NO_DEPRECATED_FEATURES).status());
        }
    }

    @Test
    void aVerificationOlderThan180DaysFailsTheVerificationItem() {
        Requirements nothing = RequirementsReader.read("{}", "empty.yaml");
        try (Advisor fresh = at(LocalDate.of(2026, 12, 1));
                Advisor stale = at(LocalDate.of(2027, 6, 1))) {
            assertEquals(
                    CheckStatus.PASS,
                    check(fresh.advise(nothing), ChecklistItem.TECHNOLOGIES_VERIFIED)
                            .status());
            ChecklistResult old = check(stale.advise(nothing), ChecklistItem.TECHNOLOGIES_VERIFIED);
            assertEquals(CheckStatus.FAIL, old.status());
            assertTrue(old.evidence().contains("is data as of 2026-08-22, 283 days before 2027-06-01"), old.evidence());
        }
    }

    @Test
    void aUserOverlayOverridingOneEntryChangesOnlyThatVerdict() throws URISyntaxException {
        Path file = Path.of(CatalogAdviceTest.class
                .getResource("/io/archadvisor/rules/catalog/our-catalog.yaml")
                .toURI());
        TechnologyCatalog ours = Catalogs.overlay(Catalogs.fromYaml(file), Catalogs.builtIn());
        Requirements r = RequirementsReader.read("""
                existing:
                  technologies: [{name: postgres, version: "11"}, {name: node, version: "14"}]
                """, "estate.yaml");
        LocalDate date = LocalDate.of(2026, 12, 1);
        try (Advisor embedded = at(date);
                Advisor overlaid = at(date, ours)) {
            RecommendationGraph plain = embedded.advise(r);
            RecommendationGraph layered = overlaid.advise(r);
            assertTrue(finding(plain, "AP-OUTDATED-EOL", "postgresql").isPresent());
            assertTrue(
                    finding(layered, "AP-OUTDATED-EOL", "postgresql").isEmpty(),
                    layered.findings().toString());
            assertTrue(finding(layered, "AP-OUTDATED-EOL", "nodejs").isPresent());
            assertTrue(check(layered, ChecklistItem.TECHNOLOGIES_VERIFIED)
                    .evidence()
                    .contains("https://wiki.example.org/platform/postgresql-support"));
        }
    }

    @Test
    void aChoiceTakesItsVersionAndLinkFromTheCatalogAndItsProvenanceNamesTheEntry() {
        Requirements r = RequirementsReader.read("""
                team: {size: 6, expertise: [python]}
                dataAccess: [{name: orders, kind: transactional}]
                """, "choice.yaml");
        LocalDate date = LocalDate.of(2026, 12, 1);
        try (Advisor advisor = at(date)) {
            RecommendationGraph g = advisor.advise(r);
            TechnologyChoice db = g.nodes(TechnologyChoice.class).stream()
                    .filter(c -> c.role().equals("datastore-relational"))
                    .findFirst()
                    .orElseThrow();
            String expected = Catalogs.builtIn()
                    .find("postgresql")
                    .orElseThrow()
                    .recommendedLine(date)
                    .orElseThrow()
                    .cycle()
                    .toString();
            assertEquals("PostgreSQL", db.technology());
            assertEquals(expected, db.version());
            assertEquals("https://www.postgresql.org/docs/current/", db.docsUrl());
            assertTrue(db.rationale().contains("orders (transactional)"), db.rationale());
            assertTrue(db.rationale().contains("source https://endoflife.date/postgresql (as of 2026-08-22)"));
            List<FactRef> facts = g.provenance(db).facts();
            assertTrue(facts.stream().anyMatch(f -> f.path().equals("catalog.postgresql")), facts.toString());
            assertTrue(facts.stream().anyMatch(f -> f.path().equals("dataAccess[0]")), facts.toString());
            TechnologyChoice fw = g.nodes(TechnologyChoice.class).stream()
                    .filter(c -> c.role().equals("framework"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("FastAPI", fw.technology());
            assertEquals(null, fw.version(), "the catalog records no FastAPI release lines");
            assertEquals(
                    CheckStatus.UNKNOWN,
                    check(g, ChecklistItem.VERSIONS_CONFIRMED).status());
            assertTrue(
                    check(g, ChecklistItem.VERSIONS_CONFIRMED).evidence().contains("fastapi"),
                    check(g, ChecklistItem.VERSIONS_CONFIRMED).evidence());
        }
    }

    @Test
    void eachCatalogChecklistItemHasExactlyOneResultWhateverTheInput() {
        List<String> inputs = List.of(
                "{}",
                "{team: {size: 5}, domain: {independentScaling: true}}",
                "{existing: {technologies: [{name: cobol}, {name: redis, version: '7.2.4'}]}}",
                "{proposal: {technologies: [{name: spring-boot, version: '3.2'}, {name: java, version: '11'}]}}");
        try (Advisor advisor = at(LocalDate.of(2026, 12, 1))) {
            for (String yaml : inputs) {
                RecommendationGraph g = advisor.advise(RequirementsReader.read(yaml, "input.yaml"));
                for (ChecklistItem item : EnumSet.of(
                        ChecklistItem.TECHNOLOGIES_VERIFIED,
                        ChecklistItem.VERSIONS_CONFIRMED,
                        ChecklistItem.NO_KNOWN_VULNERABILITIES,
                        ChecklistItem.NO_DEPRECATED_FEATURES,
                        ChecklistItem.API_PATTERNS_CURRENT)) {
                    check(g, item);
                }
            }
        }
    }

    @Test
    void incompatibleVersionsInAProposalAreFoundWithTheRequirementAndItsSource() {
        Requirements r = RequirementsReader.read("""
                proposal:
                  technologies: [{name: spring-boot, version: "3.2.5"}, {name: jdk, version: "11.0.22"}]
                """, "proposal.yaml");
        try (Advisor advisor = at(LocalDate.of(2026, 12, 1))) {
            RecommendationGraph g = advisor.advise(r);
            AntiPatternFinding f = g.findings().stream()
                    .filter(x -> x.code().equals("AP-INCOMPATIBLE-VERSIONS"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(f.evidence().contains("Spring Boot 3.2 requires java 17–21"), f.evidence());
            assertTrue(f.evidence().contains("(source https://endoflife.date/spring-boot)"), f.evidence());
            assertEquals(
                    CheckStatus.FAIL,
                    check(g, ChecklistItem.API_PATTERNS_CURRENT).status());
            assertFalse(
                    g.findings().stream()
                            .anyMatch(x -> x.code().equals("AP-INCOMPATIBLE-VERSIONS")
                                    && x.subject().startsWith("jdk")),
                    "the requirement is on Spring Boot's side only");
        }
    }
}
