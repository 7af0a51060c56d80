package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndOfLifeDataTest {

    static final String PRODUCT = """
            ---
            title: Spring Boot
            permalink: /spring-boot
            alternate_urls:
              - /springboot
            releasePolicyLink: https://github.com/spring-projects/spring-boot/wiki/Supported-Versions
            changelogTemplate: "https://github.com/spring-projects/spring-boot/releases/tag/v__LATEST__"
            identifiers:
              - purl: pkg:maven/org.springframework.boot/spring-boot
              - repology: springboot
            releases:
              - releaseCycle: "4.0"
                supportedJavaVersions: "17 - 25" # a comment
                releaseDate: 2025-11-30
                eol: 2026-12-31
                eoes: 2027-12-31
                latest: "4.0.8"
                latestReleaseDate: 2026-08-20
              - releaseCycle: "2.7"
                releaseDate: 2022-05-19
                eol: true
                latest: "2.7.18"
                latestReleaseDate: 2023-11-23
              - releaseCycle: "1.5-legacy"
                releaseDate: 2017-01-30
                eol: true
              - releaseCycle: "1.4"
                releaseDate: 2016-07-28
                eol: 2016-01-01
            ---

            > [Spring Boot](https://spring.io/projects/spring-boot) makes it easy to create applications.
            """;

    @Test
    void aProductFileGivesItsReleaseLinesJavaRequirementsAndChangelogLinks() {
        EndOfLifeData.Product p = EndOfLifeData.fromProductFile("spring-boot", PRODUCT);
        assertEquals("Spring Boot", p.title());
        assertEquals("https://spring.io/projects/spring-boot", p.homepage());
        assertEquals(List.of("pkg:maven/org.springframework.boot/spring-boot"), p.identifiers());
        assertEquals(List.of("springboot"), p.alternateNames());
        List<String> omitted = new ArrayList<>();
        List<ReleaseLine> lines = EndOfLifeData.releaseLines(p, omitted);
        assertEquals(
                List.of("4.0", "2.7"),
                lines.stream().map(l -> l.cycle().toString()).toList());
        ReleaseLine l40 = lines.get(0);
        assertEquals(LocalDate.of(2026, 12, 31), l40.endOfLife().date());
        assertEquals("java 17–25", l40.requires().get(0).describe());
        assertEquals("https://github.com/spring-projects/spring-boot/releases/tag/v4.0.8", l40.releaseNotes());
        assertTrue(lines.get(1).endOfLife().reached());
        assertEquals(
                List.of(
                        "spring-boot 1.5-legacy: the whole cycle (not a version)",
                        "spring-boot 1.4: the whole cycle (a support date 2016-01-01 precedes its release date 2016-07-28)"),
                omitted);
    }

    @Test
    void theApiAndTheProductFileGiveTheSameLines() {
        EndOfLifeData.Product api = EndOfLifeData.fromApiV1("nodejs", LiveCatalogTest.NODE_V1);
        List<ReleaseLine> lines = EndOfLifeData.releaseLines(api, new ArrayList<>());
        ReleaseLine n26 = lines.get(0);
        assertEquals(LocalDate.of(2026, 10, 28), n26.lts().date());
        assertEquals(LocalDate.of(2027, 10, 27), n26.endOfActiveSupport().date());
        assertEquals(
                "26 (LTS, latest 26.9.1, in active support until 2027-10-27, end of life 2029-04-30)",
                n26.describe(LocalDate.of(2026, 12, 4)));
        assertEquals(
                "26 (LTS, latest 26.9.1 as of 2026-08-22, a newer release may exist, in active support until"
                        + " 2027-10-27, end of life 2029-04-30)",
                n26.describe(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 8, 22)));
        assertEquals(
                "20 (LTS, latest 20.20.2, end of life since 2026-04-30)",
                lines.get(1).describe(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void aMonthPrecisionDateIsShownAsAMonthAndReachedWhenTheMonthIsOver() {
        Milestone m = Milestone.inMonth(java.time.YearMonth.of(2027, 3));
        assertEquals("2027-03", m.describe());
        assertTrue(!m.reachedBy(LocalDate.of(2027, 3, 31)));
        assertTrue(m.reachedBy(LocalDate.of(2027, 4, 1)));
        TechnologyCatalog c = Catalogs.fromYaml("m.yaml", """
                technologies:
                  - name: x
                    displayName: X
                    category: database
                    docs: https://example.org/x
                    verifiedOn: 2026-08-22
                    source: https://example.org/x
                    releases:
                      - cycle: "1"
                        releaseDate: 2024-01-10
                        endOfLife: 2027-03
                """);
        assertEquals(
                "1 (in active support, end of life 2027-03)",
                c.find("x").orElseThrow().line("1").orElseThrow().describe(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void aFileWithoutFrontMatterOrAnApiAnswerWithoutReleasesIsRejected() {
        assertTrue(assertThrows(SourceDataException.class, () -> EndOfLifeData.fromProductFile("x", "# X"))
                .getMessage()
                .startsWith("x.md: no YAML front matter"));
        assertTrue(assertThrows(SourceDataException.class, () -> EndOfLifeData.fromApiV1("x", "{\"result\": {}}"))
                .getMessage()
                .startsWith("endoflife.date x: the response has no `result.releases` list"));
    }
}
