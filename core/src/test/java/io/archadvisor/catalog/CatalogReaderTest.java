package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.base.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {

    static final String VALID = """
            technologies:
              - name: postgresql
                displayName: PostgreSQL
                category: database
                docs: https://www.postgresql.org/docs/current/
                aliases: [postgres, pg]
                verifiedOn: 2026-08-22
                source: https://endoflife.date/postgresql
                releases:
                  - cycle: "17"
                    releaseDate: 2024-09-26
                    endOfLife: 2029-11-08
                    latest: "17.6"
                  - cycle: "11"
                    releaseDate: 2018-10-18
                    endOfLife: 2023-11-09
                advisories:
                  - id: CVE-2025-8715
                    severity: high
                    summary: pg_dump restore-time code injection
                    affected:
                      - introduced: "17.0"
                        fixed: "17.6"
                    source: https://example.org/cve
            """;

    @Test
    void aValidFileReadsIntoEntriesWithTheirLinesAndAdvisories() {
        TechnologyCatalog c = Catalogs.fromYaml("catalog.yaml", VALID);
        TechnologyEntry pg = c.find("Postgres").orElseThrow();
        assertEquals("PostgreSQL", pg.displayName());
        assertEquals(Category.DATABASE, pg.category());
        assertEquals(2, pg.releases().size());
        assertEquals("17", pg.releases().get(0).cycle().toString());
        assertEquals(AdvisorySeverity.HIGH, pg.advisories().get(0).severity());
        assertEquals(LocalDate.of(2026, 8, 22), pg.verifiedOn());
    }

    private static Problem only(String yaml) {
        CatalogException e = assertThrows(CatalogException.class, () -> Catalogs.fromYaml("bad.yaml", yaml));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void anUnknownFieldIsReportedWithItsLineAndColumnAndTheAllowedFields() {
        Problem p = only(VALID.replace("    aliases:", "    alias: [pg]\n    aliases:"));
        assertEquals("technologies[0].alias", p.path());
        assertEquals("bad.yaml:6:5", p.where().orElseThrow().toString());
        assertTrue(p.constraint().contains("allowed"), p.message());
    }

    @Test
    void datesOutOfOrderAreReportedAtTheLaterDate() {
        Problem p = only(VALID.replace("endOfLife: 2023-11-09", "endOfLife: 2017-01-01"));
        assertEquals("technologies[0].releases[1].endOfLife", p.path());
        assertEquals("2017-01-01", p.value());
        assertEquals(16, p.where().orElseThrow().line());
        assertTrue(p.message().contains("must be on or after releaseDate (2018-10-18)"), p.message());
    }

    @Test
    void aMalformedDateVersionOrUrlIsLocated() {
        assertEquals(
                "technologies[0].verifiedOn",
                only(VALID.replace("2026-08-22", "22.08.2026")).path());
        Problem v = only(VALID.replace("cycle: \"11\"", "cycle: \"eleven\""));
        assertEquals("technologies[0].releases[1].cycle", v.path());
        assertTrue(v.message().contains("bad.yaml:14:16"), v.message());
        assertEquals(
                "technologies[0].docs",
                only(VALID.replace("https://www.postgresql.org/docs/current/", "postgresql.org"))
                        .path());
        assertEquals(
                "technologies[0].releases[0].latest",
                only(VALID.replace("latest: \"17.6\"", "latest: \"16.4\"")).path());
    }

    @Test
    void aMissingRequiredFieldNamesTheField() {
        Problem p = only(VALID.replace("    source: https://endoflife.date/postgresql\n", ""));
        assertEquals("technologies[0].source", p.path());
        assertTrue(p.message().contains("is required"), p.message());
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() {
        Problem p = only(VALID.replace("category: database", "category: db"));
        assertTrue(p.message().contains("[language, framework, database"), p.message());
        assertTrue(p.message().contains("bad.yaml:4:15"), p.message());
    }

    @Test
    void duplicateCyclesAndAliasClashesAreRejected() {
        assertTrue(only(VALID.replace("cycle: \"11\"", "cycle: \"17\"")
                        .replace("endOfLife: 2023-11-09", "endOfLife: 2029-11-08")
                        .replace("releaseDate: 2018-10-18", "releaseDate: 2024-09-26"))
                .message()
                .contains("twice"));
        String clash = VALID + """
              - name: pgsql
                displayName: PG SQL
                category: database
                docs: https://example.org/
                aliases: [pg]
                verifiedOn: 2026-08-22
                source: https://example.org/
            """;
        Problem p = only(clash);
        assertTrue(p.message().contains("both go by `pg`"), p.message());
        assertTrue(p.message().contains("bad.yaml:25:5"), p.message());
    }

    @Test
    void brokenYamlSyntaxIsLocated() {
        CatalogException e = assertThrows(
                CatalogException.class, () -> Catalogs.fromYaml("broken.yaml", "technologies:\n  - name: [unclosed\n"));
        assertTrue(e.getMessage().contains("broken.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("is not valid YAML"), e.getMessage());
    }

    @Test
    void everyProblemOfAFileIsListedInOneException() {
        CatalogException e = assertThrows(
                CatalogException.class,
                () -> Catalogs.fromYaml(
                        "bad.yaml",
                        VALID.replace("category: database", "category: db").replace("2026-08-22", "soon")));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().startsWith("2 problems in the technology catalog bad.yaml"), e.getMessage());
    }

    @Test
    void aCatalogThatExpandsAliasesBeyondTheLimitIsRejectedBeforeItIsBound() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1))));
            yaml.append("]\n");
        }
        yaml.append("technologies: []\n");
        CatalogException e =
                assertThrows(CatalogException.class, () -> CatalogReader.read("bomb.yaml", yaml.toString()));
        assertTrue(e.getMessage().startsWith("bomb.yaml:"), e.getMessage());
    }
}
