package io.archadvisor.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.catalog.Advisory;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.ReleaseLine;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.catalog.Version;
import io.archadvisor.rules.EmbeddedCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validates the embedded technology catalog against the seed and the rules that read it. */
class EmbeddedCatalogTest {

    private static final TechnologyCatalog CATALOG = new EmbeddedCatalog();

    @Test
    void theEmbeddedCatalogIsTheBuiltInDefault() {
        assertEquals(CATALOG.entries(), Catalogs.builtIn().entries());
        assertEquals("archadvisor-embedded", Catalogs.builtIn().name());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Node.js",
                "Python",
                "Go",
                "Java",
                "Rust",
                "Express",
                "Fastify",
                "NestJS",
                "FastAPI",
                "Gin",
                "Spring Boot",
                "PostgreSQL",
                "MongoDB",
                "Redis",
                "DynamoDB",
                "ClickHouse",
                "RabbitMQ",
                "Kafka",
                "SQS",
                "BullMQ",
                "AWS",
                "GCP",
                "Azure",
                "Vercel",
                "Supabase",
                "Cloudflare",
                "Cloudflare Workers",
                "Lambda",
                "Cloud Functions",
                "Azure Functions",
                "Lambda@Edge",
                "Vercel Edge",
                "D1",
                "Turso",
                "PlanetScale",
                "IoT Greengrass",
                "Azure IoT Edge",
                "OpenTelemetry",
                "Grafana",
                "Prometheus",
                "Sentry",
                "ArgoCD",
                "Flux",
                "GitHub Actions",
                "GitLab CI",
                "Terraform",
                "Pulumi",
                "SST",
                "Kubernetes"
            })
    void everyTechnologyTheSeedNamesIsInTheCatalogUnderTheSeedsName(String seedName) {
        assertTrue(CATALOG.find(seedName).isPresent(), seedName + " is missing from the embedded catalog");
    }

    @Test
    void everyTechnologyARuleCanRecommendIsInTheCatalog() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("choose\\(\"[^\"]+\", \"([^\"]+)\"").matcher(drl("technology.drl"));
        while (m.find()) {
            names.add(m.group(1));
        }
        assertTrue(names.size() >= 30, "found only " + names);
        for (String name : names) {
            assertTrue(
                    CATALOG.entries().stream().anyMatch(e -> e.name().equals(name)),
                    "technology.drl recommends `" + name + "`, which has no catalog entry");
        }
    }

    @Test
    void everyEntryHasAVerificationDateASourceAndDocumentation() {
        for (TechnologyEntry e : CATALOG.entries()) {
            assertNotNull(e.verifiedOn(), e.name());
            assertTrue(e.source().startsWith("https://"), e.name() + ": " + e.source());
            assertTrue(e.docs().startsWith("https://"), e.name() + ": " + e.docs());
            assertTrue(
                    e.versioned()
                            || e.versionless()
                            || !e.advisories().isEmpty()
                            || e.releases().isEmpty(),
                    e.name());
        }
    }

    @Test
    void namesAndAliasesBelongToOneEntryEach() {
        List<String> seen = new ArrayList<>();
        for (TechnologyEntry e : CATALOG.entries()) {
            List<String> mine = new ArrayList<>(List.of(e.name(), e.displayName()));
            mine.addAll(e.aliases());
            for (String n : new LinkedHashSet<>(
                    mine.stream().map(TechnologyEntry::normalize).toList())) {
                assertFalse(seen.contains(n), "`" + n + "` belongs to two entries");
                seen.add(n);
            }
        }
    }

    @Test
    void releaseLinesAreOrderedAndTheirLatestReleasesAreOnTheLine() {
        for (TechnologyEntry e : CATALOG.entries()) {
            Set<Version> cycles = new LinkedHashSet<>();
            Version previous = null;
            for (ReleaseLine l : e.releases()) {
                assertTrue(cycles.add(l.cycle()), e.name() + " lists " + l.cycle() + " twice");
                assertTrue(previous == null || previous.compareTo(l.cycle()) > 0, e.name() + " is not newest first");
                previous = l.cycle();
                if (l.latest() != null) {
                    assertTrue(l.latest().isIn(l.cycle()), e.name() + " " + l.cycle() + " latest " + l.latest());
                }
                if (l.releaseDate() != null
                        && l.endOfLife() != null
                        && l.endOfLife().date() != null) {
                    assertFalse(l.endOfLife().date().isBefore(l.releaseDate()), e.name() + " " + l.cycle());
                }
            }
        }
    }

    @Test
    void everyAdvisoryHasAGhsaIdItsCveAliasesASourceAndAnUpperBound() {
        int advisories = 0;
        for (TechnologyEntry e : CATALOG.entries()) {
            for (Advisory a : e.advisories()) {
                advisories++;
                assertTrue(a.id().matches("GHSA(-[23456789cfghjmpqrvwx]{4}){3}"), a.id());
                assertTrue(a.aliases().stream().allMatch(x -> x.matches("CVE-\\d{4}-\\d+")), a.id());
                assertTrue(a.source().startsWith("https://github.com/advisories/"), a.id());
                // a record states a fix, or, when the project shipped none, the last affected version
                assertTrue(
                        !a.fixedIn().isEmpty() || a.affected().stream().anyMatch(r -> r.lastAffected() != null),
                        a.id());
                assertNotNull(a.published(), a.id());
            }
        }
        assertTrue(advisories >= 20, "only " + advisories + " advisories");
    }

    @Test
    void theCatalogSizeIsReported() {
        int lines = 0;
        int advisories = 0;
        int deprecations = 0;
        int requirements = 0;
        Set<String> sources = new LinkedHashSet<>();
        for (TechnologyEntry e : CATALOG.entries()) {
            lines += e.releases().size();
            advisories += e.advisories().size();
            deprecations += e.deprecations().size();
            sources.add(e.source());
            e.advisories().forEach(a -> sources.add(a.source()));
            e.deprecations().forEach(d -> sources.add(d.source()));
            for (ReleaseLine l : e.releases()) {
                requirements += l.requires().size();
                if (l.source() != null) {
                    sources.add(l.source());
                }
                l.requires().stream().filter(c -> c.source() != null).forEach(c -> sources.add(c.source()));
            }
        }
        System.out.printf(
                "embedded catalog: %d technologies, %d release lines, %d advisories, %d deprecations,"
                        + " %d compatibility requirements, %d distinct sources%n",
                CATALOG.entries().size(), lines, advisories, deprecations, requirements, sources.size());
        assertTrue(CATALOG.entries().size() >= 150);
        assertTrue(lines >= 200);
    }

    private static String drl(String file) throws IOException {
        try (InputStream in =
                EmbeddedCatalog.class.getClassLoader().getResourceAsStream("io/archadvisor/rules/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
