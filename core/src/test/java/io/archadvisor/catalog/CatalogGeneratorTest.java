package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogGeneratorTest {

    @TempDir
    Path data;

    private static final String SNAPSHOT = """
            snapshot:
              lifecycleRepository: https://github.com/endoflife-date/endoflife.date
              lifecycleCommit: 0123456789abcdef
              lifecycleAsOf: 2026-08-22
              advisoriesRepository: https://github.com/github/advisory-database
              advisoriesAsOf: 2026-12-04
              advisoriesScope: "critical and high"
            """;

    @BeforeEach
    void sources() throws IOException {
        Files.createDirectories(data.resolve("endoflife"));
        Files.createDirectories(data.resolve("osv"));
        Files.createDirectories(data.resolve("vendor"));
        Files.writeString(data.resolve("endoflife/spring-boot.md"), EndOfLifeDataTest.PRODUCT);
        Files.writeString(data.resolve("osv/GHSA-jf85-cpcp-j695.json"), LiveCatalogTest.LODASH_RECORD);
        Files.writeString(data.resolve("vendor/db-2026-01.txt"), """
                Security release: DB 7.2.11 and 7.4.6 fix CVE-2026-0001, a use-after-free in the script engine
                that lets an authenticated user run code. All versions from 7.2.0 are affected.
                """);
    }

    private void manifest(String vendorAdvisory) throws IOException {
        Files.writeString(data.resolve("manifest.yaml"), SNAPSHOT + """
                technologies:
                  - {name: spring-boot, endoflife: spring-boot, category: framework, aliases: ["springboot2"]}
                  - {name: lodash, category: library, displayName: "Lodash", docs: "https://lodash.com/docs/",
                     source: "https://github.com/lodash/lodash", osv: [{ecosystem: npm, name: lodash}]}
                  - name: db
                    category: database
                    displayName: "DB"
                    docs: https://db.example.org/docs
                    source: https://db.example.org/releases
                    vendorAdvisories:
                """ + vendorAdvisory);
    }

    private static final String VENDOR_OK = """
                      - id: CVE-2026-0001
                        severity: critical
                        summary: "Use-after-free in the script engine"
                        affected: [{introduced: "7.2.0", fixed: "7.2.11"}]
                        source: https://db.example.org/security/CVE-2026-0001
                        copy: vendor/db-2026-01.txt
                        quote: "a use-after-free in the script engine that lets an authenticated user run code"
            """;

    @Test
    void theGeneratedCatalogReadsBackWithEveryValueFromItsSource() throws IOException {
        manifest(VENDOR_OK);
        String yaml = CatalogGenerator.generate(data);
        assertEquals(yaml, CatalogGenerator.generate(data));
        TechnologyCatalog c = Catalogs.fromYaml("generated.yaml", yaml);
        TechnologyEntry boot =
                c.find("pkg:maven/org.springframework.boot/spring-boot@4.0.1").orElseThrow();
        assertEquals("Spring Boot", boot.displayName());
        assertEquals("https://spring.io/projects/spring-boot", boot.docs());
        assertEquals(LocalDate.of(2026, 8, 22), boot.verifiedOn());
        assertEquals(
                "java 17–25", boot.line("4.0").orElseThrow().requires().get(0).describe());
        Advisory a = c.find("lodash").orElseThrow().advisories().get(0);
        assertEquals("GHSA-jf85-cpcp-j695 (CVE-2019-10744)", a.label());
        Advisory vendor = c.find("db").orElseThrow().advisories().get(0);
        assertEquals(AdvisorySeverity.CRITICAL, vendor.severity());
        assertEquals(Exposure.AFFECTED, vendor.exposure(Version.parse("7.2.4")));
        assertTrue(yaml.contains("#   - spring-boot 1.5-legacy: the whole cycle (not a version)"), yaml);
    }

    @Test
    void aHandEntryItsVendoredCopyDoesNotBearOutIsRejected() throws IOException {
        manifest(VENDOR_OK.replace("fixed: \"7.2.11\"", "fixed: \"7.2.12\""));
        SourceDataException e = assertThrows(SourceDataException.class, () -> CatalogGenerator.generate(data));
        assertTrue(
                e.getMessage()
                        .contains("the vendored copy vendor/db-2026-01.txt does not state the version" + " 7.2.12"),
                e.getMessage());
        manifest(VENDOR_OK.replace("lets an authenticated user", "lets anyone"));
        assertTrue(assertThrows(SourceDataException.class, () -> CatalogGenerator.generate(data))
                .getMessage()
                .contains("does not state the quoted sentence"));
    }

    @Test
    void aVendoredRecordNoTechnologyHoldsIsAnError() throws IOException {
        manifest(VENDOR_OK);
        Files.writeString(data.resolve("osv/GHSA-xvch-5gv4-984h.json"), """
                {"id":"GHSA-xvch-5gv4-984h","database_specific":{"severity":"CRITICAL"},
                 "affected":[{"package":{"ecosystem":"npm","name":"minimist"},
                  "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"0.2.4"}]}]}]}""");
        assertTrue(assertThrows(SourceDataException.class, () -> CatalogGenerator.generate(data))
                .getMessage()
                .startsWith("osv/: records no technology's packages match: [GHSA-xvch-5gv4-984h]"));
    }

    @Test
    void aManifestThatRepeatsAKeyIsRejectedAtTheRepeatedKey() throws IOException {
        Files.writeString(data.resolve("manifest.yaml"), SNAPSHOT + """
                technologies:
                  - name: spring-boot
                    endoflife: spring-boot
                    category: framework
                    category: library
                """);
        SourceDataException e = assertThrows(SourceDataException.class, () -> CatalogGenerator.generate(data));
        assertTrue(e.getMessage().startsWith("manifest.yaml:12:5: "), e.getMessage());
        assertTrue(e.getMessage().contains("category"), e.getMessage());
    }
}
