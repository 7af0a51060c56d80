package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TechnologyReferenceTest {

    private static final TechnologyCatalog CATALOG = Catalogs.of(
            "test",
            List.of(
                    entry(
                            "postgresql",
                            List.of("postgres"),
                            List.of("pkg:docker/library/postgres", "pkg:docker/bitnami/postgresql")),
                    entry("log4j", List.of("log4j-core"), List.of("pkg:maven/org.apache.logging.log4j/log4j-core")),
                    entry("nestjs", List.of("nest"), List.of("pkg:npm/%40nestjs/core")),
                    entry("django", List.of(), List.of("pkg:pypi/django")),
                    entry("nodejs", List.of("node"), List.of("pkg:docker/library/node"))));

    private static TechnologyEntry entry(String name, List<String> aliases, List<String> identifiers) {
        return new TechnologyEntry(
                name,
                name,
                Category.FRAMEWORK,
                "https://example.org/" + name,
                aliases,
                LocalDate.of(2026, 8, 22),
                "https://example.org/" + name,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                identifiers);
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "bitnami/postgresql:15.4.0, postgresql, 15.4.0",
                "docker.io/bitnami/postgresql:15.4.0-debian-11-r45, postgresql, 15.4.0",
                "postgres:16, postgresql, 16",
                "postgres:latest, postgresql, -",
                "library/postgres, postgresql, -",
                "registry.example.com:5000/bitnami/postgresql:14@sha256:abc, postgresql, 14",
                "pkg:docker/bitnami/postgresql@15.4.0, postgresql, 15.4.0",
                "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1, log4j, 2.14.1",
                "org.apache.logging.log4j:log4j-core:2.14.1, log4j, 2.14.1",
                "org.apache.logging.log4j:log4j-core, log4j, -",
                "pkg:npm/%40nestjs/core@10.3.0, nestjs, 10.3.0",
                "pkg:pypi/Django@4.2.1, django, 4.2.1",
                "node:20-alpine, nodejs, 20",
                "Log4J_Core, log4j, -",
                "Postgres, postgresql, -"
            })
    void aNameWrittenAsAnImageCoordinateOrPurlResolvesToItsEntryWithTheVersionItCarries(
            String written, String entry, String version) {
        assertEquals(entry, CATALOG.find(written).map(TechnologyEntry::name).orElse("-"), written);
        assertEquals(version, TechnologyReference.of(written).version(), written);
        assertTrue(CATALOG.find(written).orElseThrow().knownAs(written), written);
    }

    @ParameterizedTest(name = "{0} resolves to nothing")
    @CsvSource({"bitnami/redis:7.2", "pkg:maven/org.example/log4j-core-shaded@1.0", "mysql", "pkg:npm/core@1.0.0"})
    void aNameNoEntryClaimsResolvesToNothing(String written) {
        assertTrue(CATALOG.find(written).isEmpty(), written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bitnami/postgresql:15.4.0", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"})
    void aReviewWithoutAVersionReviewsTheVersionTheNameCarriesAndWritesTheNameOnce(String written) {
        TechnologyReview r = CATALOG.review(written, null, LocalDate.of(2026, 12, 4));
        assertEquals(TechnologyReference.of(written).version(), r.versionText());
        assertEquals(written, r.written());
    }

    @org.junit.jupiter.api.Test
    void aPlainNameCarriesNoVersion() {
        assertNull(TechnologyReference.of("spring boot").version());
        assertEquals(
                List.of("springboot"), TechnologyReference.of("spring boot").keys());
    }
}
