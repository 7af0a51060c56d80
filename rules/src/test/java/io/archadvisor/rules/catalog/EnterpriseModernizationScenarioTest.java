package io.archadvisor.rules.catalog;

import static io.archadvisor.rules.catalog.CatalogAdviceTest.check;
import static io.archadvisor.rules.catalog.CatalogAdviceTest.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import io.archadvisor.graph.TechnologyChoice;
import io.archadvisor.yaml.RequirementsReader;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario: an enterprise modernization with an end-of-life stack (scenarios/enterprise-modernization-eol.yaml),
 * advised on 2027-01-15. Expected from the catalog: Spring Boot 2.7, Node.js 14 and PostgreSQL 11 are past their end
 * of life, with upgrade paths to the lines the catalog recommends on that date; Java 8 is not (Eclipse Temurin 8 is
 * supported until 2030-12-31); the checklist fails on deprecations and API currency, naming the evidence. Spring Boot
 * 2.7, named without a patch level, may be exposed to advisories the catalog vendors (the welcome-page denial of
 * service fixed in 2.7.12), so the vulnerability item fails and names them; the other lines have no vendored advisory
 * and none is claimed for them.
 */
class EnterpriseModernizationScenarioTest {

    private static final LocalDate DATE = LocalDate.of(2027, 1, 15);
    private static final TechnologyCatalog CATALOG = Catalogs.builtIn();
    private static Advisor advisor;
    private static RecommendationGraph graph;

    @BeforeAll
    static void advise() throws Exception {
        advisor = CatalogAdviceTest.at(DATE);
        try (InputStream in = EnterpriseModernizationScenarioTest.class.getResourceAsStream(
                "/io/archadvisor/rules/scenarios/enterprise-modernization-eol.yaml")) {
            graph = advisor.advise(RequirementsReader.read(in, "enterprise-modernization-eol.yaml"));
        }
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static String target(String technology) {
        return CATALOG.find(technology)
                .orElseThrow()
                .recommendedLine(DATE)
                .orElseThrow()
                .cycle()
                .toString();
    }

    @Test
    void theEndOfLifeTechnologiesAreFoundWithTheirUpgradePaths() {
        AntiPatternFinding boot =
                finding(graph, "AP-OUTDATED-EOL", "spring-boot").orElseThrow();
        assertEquals(Severity.HIGH, boot.severity());
        assertTrue(boot.evidence().contains("release line 2.7 (end of life 2023-06-30)"), boot.evidence());
        assertTrue(boot.migrationPath().contains("→ " + target("spring-boot") + " "), boot.migrationPath());
        assertTrue(boot.migrationPath().contains("requires java 17"), boot.migrationPath());
        assertTrue(boot.migrationPath().contains("jakarta"), boot.migrationPath());
        AntiPatternFinding node = finding(graph, "AP-OUTDATED-EOL", "nodejs").orElseThrow();
        assertTrue(node.migrationPath().contains("→ " + target("nodejs") + " (LTS"), node.migrationPath());
        AntiPatternFinding pg = finding(graph, "AP-OUTDATED-EOL", "postgresql").orElseThrow();
        assertTrue(pg.evidence().contains("https://endoflife.date/postgresql"), pg.evidence());
        assertTrue(pg.migrationPath().contains("→ " + target("postgresql")), pg.migrationPath());
    }

    @Test
    void javaEightIsNotFlaggedBecauseItsLineIsStillSupported() {
        assertTrue(
                finding(graph, "AP-OUTDATED-EOL", "java").isEmpty(),
                graph.findings().toString());
    }

    @Test
    void deprecationsOfTheOldLinesAreFoundAndNoAdvisoryIsClaimedWithoutARecord() {
        AntiPatternFinding deprecated =
                finding(graph, "AP-DEPRECATED", "spring-boot").orElseThrow();
        assertTrue(deprecated.evidence().contains("javax"), deprecated.evidence());
        for (String technology : List.of("nodejs", "postgresql", "java")) {
            assertTrue(
                    finding(graph, "AP-VULNERABLE-VERSION", technology).isEmpty(),
                    graph.findings().toString());
        }
    }

    @Test
    void springBootWithoutAPatchLevelIsPossiblyExposedToTheAdvisoriesOfItsLine() {
        AntiPatternFinding boot =
                finding(graph, "AP-VULNERABLE-VERSION", "spring-boot").orElseThrow();
        assertEquals(Severity.MEDIUM, boot.severity(), "only the patch level could tell");
        assertTrue(boot.evidence().contains("GHSA-xf96-w227-r7c4 (CVE-2023-20883)"), boot.evidence());
        assertTrue(boot.evidence().contains("possibly affected, the patch level decides"), boot.evidence());
        assertTrue(boot.remediation().contains("upgrade to 2.7.12 or later"), boot.remediation());
    }

    @Test
    void theChecklistFailsOnTheDataAndSaysWhy() {
        ChecklistResult deprecated = check(graph, ChecklistItem.NO_DEPRECATED_FEATURES);
        assertEquals(CheckStatus.FAIL, deprecated.status());
        assertTrue(deprecated.evidence().contains("node 14 (existing.technologies[2])"), deprecated.evidence());
        ChecklistResult vulnerable = check(graph, ChecklistItem.NO_KNOWN_VULNERABILITIES);
        assertEquals(CheckStatus.FAIL, vulnerable.status());
        assertTrue(vulnerable.evidence().contains("GHSA-xf96-w227-r7c4"), vulnerable.evidence());
        ChecklistResult api = check(graph, ChecklistItem.API_PATTERNS_CURRENT);
        assertEquals(CheckStatus.FAIL, api.status());
        assertTrue(api.evidence().contains("spring-boot 2.7 (existing.technologies[1]) predates"), api.evidence());
        assertEquals(
                CheckStatus.PASS, check(graph, ChecklistItem.VERSIONS_CONFIRMED).status());
        assertEquals(
                CheckStatus.PASS,
                check(graph, ChecklistItem.TECHNOLOGIES_VERIFIED).status());
    }

    @Test
    void theRecommendedStackIsOnCurrentLinesFromTheCatalog() {
        TechnologyChoice language = choice("language");
        assertEquals("Java (Eclipse Temurin)", language.technology());
        assertEquals(target("java"), language.version());
        TechnologyChoice framework = choice("framework");
        assertEquals("Spring Boot", framework.technology());
        assertEquals(target("spring-boot"), framework.version());
        assertEquals("https://docs.spring.io/spring-boot/", framework.docsUrl());
        assertEquals(target("postgresql"), choice("datastore-relational").version());
        assertTrue(graph.primaryPattern().map(p -> p.pattern() != null).orElse(false));
    }

    private static TechnologyChoice choice(String role) {
        return graph.nodes(TechnologyChoice.class).stream()
                .filter(c -> c.role().equals(role))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no " + role + " choice in " + graph.nodes(TechnologyChoice.class)));
    }
}
