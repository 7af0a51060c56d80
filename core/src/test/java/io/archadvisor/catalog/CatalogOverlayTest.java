package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatalogOverlayTest {

    private static final String USER = """
            technologies:
              - name: postgresql
                displayName: PostgreSQL (our build)
                category: database
                docs: https://wiki.example.org/postgres
                aliases: [pg]
                verifiedOn: 2026-11-01
                source: https://wiki.example.org/postgres
                releases:
                  - cycle: "11"
                    releaseDate: 2018-10-18
                    endOfLife: 2028-12-31
            """;

    @Test
    void aUserEntryOverridesTheEntryOfTheSameNameAndKeepsTheRest() {
        TechnologyCatalog base = Catalogs.fromYaml("base.yaml", CatalogReaderTest.VALID + """
              - name: redis
                displayName: Redis
                category: database
                docs: https://redis.io/docs/latest/
                verifiedOn: 2026-08-22
                source: https://endoflife.date/redis
            """);
        TechnologyCatalog layered = Catalogs.overlay(Catalogs.fromYaml("ours.yaml", USER), base);
        assertEquals(2, layered.entries().size());
        TechnologyEntry pg = layered.find("pg").orElseThrow();
        assertTrue(layered.find("postgres").isEmpty(), "an overriding entry replaces the aliases too");
        assertEquals("PostgreSQL (our build)", pg.displayName());
        LocalDate at = LocalDate.of(2026, 12, 1);
        assertFalse(layered.review("postgresql", "11", at).endOfLife());
        assertTrue(base.review("postgresql", "11", at).endOfLife());
        assertTrue(layered.find("redis").isPresent());
        assertEquals("ours.yaml over base.yaml", layered.name());
        assertSame(layered.entries(), layered.entries(), "unchanged layers are merged (and indexed) once");
    }

    @Test
    void aLiveLayerIsReadOnEveryLookup() {
        java.util.concurrent.atomic.AtomicReference<java.util.List<TechnologyEntry>> live =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.List.of());
        TechnologyCatalog source = new TechnologyCatalog() {
            @Override
            public String name() {
                return "live";
            }

            @Override
            public java.util.List<TechnologyEntry> entries() {
                return live.get();
            }
        };
        TechnologyCatalog layered = Catalogs.overlay(source, Catalogs.fromYaml("base.yaml", CatalogReaderTest.VALID));
        assertEquals("PostgreSQL", layered.find("pg").orElseThrow().displayName());
        live.set(Catalogs.fromYaml("ours.yaml", USER).entries());
        assertEquals("PostgreSQL (our build)", layered.find("pg").orElseThrow().displayName());
    }

    @Test
    void theBuiltInCatalogIsEmptyWithoutProviders() {
        TechnologyCatalog none = Catalogs.builtIn(new ClassLoader(null) {});
        assertTrue(none.entries().isEmpty());
    }
}
