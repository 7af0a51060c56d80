package io.archadvisor.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.catalog.Advisory;
import io.archadvisor.catalog.CatalogGenerator;
import io.archadvisor.catalog.OsvData;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.catalog.VersionRange;
import io.archadvisor.rules.EmbeddedCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded catalog is exactly what the generator makes of the vendored source data in {@code catalog-data/}: no
 * value in it is typed by hand, and every advisory states the affected ranges of its OSV record.
 */
class CatalogRegenerationTest {

    static final Path DATA = Path.of("..", "catalog-data");
    static final Path CATALOG_FILE = Path.of("src", "main", "resources", EmbeddedCatalog.RESOURCE);

    @Test
    void theEmbeddedCatalogIsWhatTheGeneratorMakesOfTheVendoredData() throws IOException {
        String expected = CatalogGenerator.generate(DATA);
        String actual = Files.readString(CATALOG_FILE, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            List<String> e = expected.lines().toList();
            List<String> a = actual.lines().toList();
            int i = 0;
            while (i < Math.min(e.size(), a.size()) && e.get(i).equals(a.get(i))) {
                i++;
            }
            throw new AssertionError(CATALOG_FILE + " differs from what catalog-data/ gives, first at line " + (i + 1)
                    + ":\n  generated: " + (i < e.size() ? e.get(i) : "(end)") + "\n  in file:   "
                    + (i < a.size() ? a.get(i) : "(end)") + "\nRegenerate it as docs/catalog.md says.");
        }
    }

    @Test
    void generatingTwiceGivesTheSameBytes() {
        assertEquals(CatalogGenerator.generate(DATA), CatalogGenerator.generate(DATA));
    }

    @Test
    void theCatalogCoversAtLeast150Technologies() {
        assertTrue(
                new EmbeddedCatalog().entries().size() >= 150,
                "" + new EmbeddedCatalog().entries().size());
    }

    @Test
    void everyAdvisoryStatesTheRangesOfItsVendoredRecordForThePackagesOfItsEntry() throws IOException {
        TechnologyCatalog catalog = new EmbeddedCatalog();
        Set<String> seen = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(DATA.resolve("osv"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                OsvData.OsvRecord r = OsvData.parse(Files.readString(f, StandardCharsets.UTF_8));
                int holders = 0;
                for (TechnologyEntry e : catalog.entries()) {
                    for (Advisory a : e.advisories()) {
                        if (!a.id().equals(r.id())) {
                            continue;
                        }
                        holders++;
                        List<VersionRange> stated = new ArrayList<>();
                        for (OsvData.Affected af : r.affected()) {
                            if (covers(e, af)) {
                                af.ranges().stream()
                                        .filter(x -> !stated.contains(x))
                                        .forEach(stated::add);
                            }
                        }
                        assertEquals(stated, a.affected(), e.name() + " " + a.id());
                        assertEquals(r.severity(), a.severity(), a.id());
                        assertEquals(r.aliases(), a.aliases(), a.id());
                        assertEquals("https://github.com/advisories/" + r.id(), a.source());
                        seen.add(r.id());
                    }
                }
                assertTrue(holders > 0, r.id() + " is vendored but no entry holds it");
            }
        }
        assertTrue(seen.size() >= 20, "only " + seen.size() + " advisories");
    }

    private static boolean covers(TechnologyEntry e, OsvData.Affected af) {
        return e.knownAs("pkg:"
                + switch (af.ecosystem()) {
                    case "Maven" -> "maven/" + af.name().replace(':', '/');
                    case "npm" -> "npm/" + af.name();
                    case "PyPI" -> "pypi/" + af.name().toLowerCase(java.util.Locale.ROOT);
                    case "Go" -> "golang/" + af.name();
                    case "RubyGems" -> "gem/" + af.name();
                    case "Packagist" -> "composer/" + af.name();
                    default -> af.ecosystem() + "/" + af.name();
                });
    }
}
