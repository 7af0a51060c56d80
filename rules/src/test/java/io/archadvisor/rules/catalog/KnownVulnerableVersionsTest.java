package io.archadvisor.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import io.archadvisor.yaml.RequirementsReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stack with a famous vulnerable library version gets the advisory; a version outside every range gets none. */
class KnownVulnerableVersionsTest {

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = CatalogAdviceTest.at(LocalDate.of(2026, 12, 4));
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static RecommendationGraph advise(String name, String version) {
        return advisor.advise(RequirementsReader.read(
                "existing:\n  technologies: [{name: \"" + name + "\""
                        + (version == null ? "" : ", version: \"" + version + "\"") + "}]\n",
                "stack.yaml"));
    }

    private static List<AntiPatternFinding> vulnerable(RecommendationGraph g) {
        return g.findings().stream()
                .filter(f -> f.code().equals("AP-VULNERABLE-VERSION"))
                .toList();
    }

    @Test
    void log4jCore2141GetsLog4ShellWithItsSeverityFixAndUpgradePath() {
        RecommendationGraph g = advise("log4j-core", "2.14.1");
        List<AntiPatternFinding> f = vulnerable(g);
        assertEquals(1, f.size(), g.findings().toString());
        AntiPatternFinding finding = f.get(0);
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(
                finding.evidence()
                        .contains(
                                "GHSA-jfh8-c2jp-5v3q (CVE-2021-44228) (CRITICAL, Remote code injection"
                                        + " in Log4j; affected; fixed in 2.15.0; https://github.com/advisories/GHSA-jfh8-c2jp-5v3q)"),
                finding.evidence());
        assertTrue(finding.evidence().contains("CVE-2021-45046"), finding.evidence());
        assertTrue(
                finding.remediation().contains("GHSA-jfh8-c2jp-5v3q: upgrade to 2.15.0 or later"),
                finding.remediation());
        assertTrue(finding.remediation().contains("Upgrading to 2.17.0 or later fixes all 3."), finding.remediation());
        assertTrue(
                finding.migrationPath()
                        .startsWith("Upgrade Apache Log4j 2.14.1 → 2 (latest 2.26.1 as of"
                                + " 2026-08-22, a newer release may exist, in active support)"),
                finding.migrationPath());
        assertEquals(
                CheckStatus.FAIL,
                CatalogAdviceTest.check(g, ChecklistItem.NO_KNOWN_VULNERABILITIES)
                        .status());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "log4j-core, 2.17.1",
        "log4j-core, 2.12.4",
        "lodash, 4.17.21",
        "django, 4.2.17",
        "org.springframework:spring-beans, 6.1.14",
        "pkg:npm/minimist@1.2.8, -"
    })
    void aVersionOutsideEveryAffectedRangeGetsNoAdvisory(String name, String version) {
        RecommendationGraph g = advise(name, version.equals("-") ? null : version);
        assertEquals(List.of(), vulnerable(g));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "org.springframework:spring-beans, 5.3.17, GHSA-36p3-wjmg-h94x",
        "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1, -, GHSA-jfh8-c2jp-5v3q",
        "lodash, 4.17.11, GHSA-jf85-cpcp-j695",
        "pkg:pypi/Django@3.2.12, -, GHSA-2gwj-7jmv-h26r",
        "org.apache.struts:struts2-core, 6.3.0.1, GHSA-2j39-qcjm-428w",
        "commons-text, 1.9, GHSA-599f-7c49-w659"
    })
    void aVulnerableVersionWrittenAsACoordinateOrPurlGetsItsAdvisory(String name, String version, String id) {
        RecommendationGraph g = advise(name, version.equals("-") ? null : version);
        assertTrue(
                vulnerable(g).stream().anyMatch(f -> f.evidence().contains(id)),
                g.findings().toString());
    }

    @Test
    void anImageTagIsTheVersionReviewed() {
        RecommendationGraph g = advise("bitnami/postgresql:12.4.0", null);
        assertTrue(
                g.findings().stream()
                        .anyMatch(f -> f.code().equals("AP-OUTDATED-EOL")
                                && f.subject().equals("postgresql 12.4.0 (existing.technologies[0])")
                                && f.evidence().contains("release line 12 (end of life 2024-11-21)")),
                g.findings().toString());
    }

    @Test
    void withoutAVersionTheVersionItemsAreUnknownAndAQuestionAsksForThem() {
        RecommendationGraph g = advise("redis", null);
        for (ChecklistItem item : List.of(
                ChecklistItem.VERSIONS_CONFIRMED,
                ChecklistItem.NO_KNOWN_VULNERABILITIES,
                ChecklistItem.API_PATTERNS_CURRENT)) {
            assertEquals(CheckStatus.UNKNOWN, CatalogAdviceTest.check(g, item).status(), item.toString());
            assertTrue(
                    CatalogAdviceTest.check(g, item).evidence().contains("redis (existing.technologies[0])"),
                    CatalogAdviceTest.check(g, item).evidence());
        }
        List<ClarifyingQuestion> asked = g.questions().stream()
                .filter(q -> q.question().startsWith("Which versions of "))
                .toList();
        assertEquals(1, asked.size(), g.questions().toString());
        assertEquals(
                "Which versions of redis (existing.technologies[0]) run today?",
                asked.get(0).question());
    }
}
