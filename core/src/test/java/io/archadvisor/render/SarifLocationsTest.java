package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Location;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.GuidanceArea;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import io.archadvisor.model.SourceMap;
import io.archadvisor.pack.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * SARIF results of a located graph point at the line and column of the requirements where the facts they rest on are
 * written; rules link to their documentation; the tool names its version.
 */
class SarifLocationsTest {

    private static final String FILE = "requirements/system.yaml";

    /** Where the facts of the fixtures are written, as a reader of {@code requirements/system.yaml} would give. */
    static SourceMap sources() {
        return new SourceMap(Map.ofEntries(
                Map.entry("team", at(3, 1)), Map.entry("team.size", at(3, 15)),
                Map.entry("team.opsMaturity", at(3, 38)), Map.entry("team.expertise", at(3, 20)),
                Map.entry("deployment", at(7, 1)), Map.entry("deployment.availabilityZones", at(8, 23)),
                Map.entry("deployment.provider", at(9, 13)), Map.entry("deployment.kubernetes", at(10, 15)),
                Map.entry("nfrs", at(12, 1)), Map.entry("nfrs.availabilityPercent", at(13, 24)),
                Map.entry("nfrs.compliance", at(14, 3)), Map.entry("timeline.stage", at(16, 21)),
                Map.entry("proposal.style", at(20, 10)), Map.entry("workload", at(18, 1))));
    }

    private static Location at(int line, int column) {
        return new Location(FILE, line, column);
    }

    private static JsonNode result(JsonNode run, String ruleId) {
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").stringValue().equals(ruleId)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + ruleId + " in " + run);
    }

    private static JsonNode physical(JsonNode locationHolder) {
        return locationHolder.get("physicalLocation");
    }

    @Test
    void aFindingPointsAtTheLineAndColumnOfTheFirstFactItRestsOn() {
        String sarif = SarifRenderer.standard().render(Fixtures.ordersPlatform().withSources(sources()));
        SarifRendererTest.assertValidSarif(sarif, "the located orders platform");
        JsonNode spof = result(SarifRendererTest.run(sarif), "AP-SINGLE-POINT-OF-FAILURE");
        JsonNode where = physical(spof.get("locations").get(0));
        assertEquals(FILE, where.get("artifactLocation").get("uri").stringValue());
        assertEquals(8, where.get("region").get("startLine").intValue(), "deployment.availabilityZones = 1");
        assertEquals(23, where.get("region").get("startColumn").intValue());
        JsonNode related = spof.get("relatedLocations");
        assertEquals(1, related.size());
        assertEquals(13, physical(related.get(0)).get("region").get("startLine").intValue());
        assertEquals(
                "nfrs.availabilityPercent = 99.9",
                related.get(0).get("message").get("text").stringValue());
        assertEquals(
                "PostgreSQL",
                spof.get("locations")
                        .get(0)
                        .get("logicalLocations")
                        .get(0)
                        .get("name")
                        .stringValue(),
                "the logical location stays");
    }

    @Test
    void aNodeWithoutLocatedFactsOfItsOwnPointsAtThoseOfTheNodesItRestsOn() {
        GraphBuilder b = new GraphBuilder();
        Guidance base = b.add(
                        new Guidance(GuidanceArea.ARCHITECTURE, "one-deployable", "Keep one deployable.", "small"))
                .facts(GraphBuilder.fact("team.size", "4"))
                .by("G-BASE");
        Guidance middle = b.add(new Guidance(GuidanceArea.ARCHITECTURE, "modules", "Use modules.", "derived"))
                .facts(GraphBuilder.fact("catalog.postgresql", "PostgreSQL"))
                .from(base)
                .by("G-MIDDLE");
        b.add(new AntiPatternFinding("AP-X", "system", Severity.HIGH, "evidence", "fix", null))
                .from(middle)
                .by("AP-X");
        JsonNode run =
                SarifRendererTest.run(SarifRenderer.standard().render(b.build().withSources(sources())));
        JsonNode region = physical(result(run, "AP-X").get("locations").get(0)).get("region");
        assertEquals(
                3, region.get("startLine").intValue(), "through the catalog fact, which has no location, to team.size");
        assertEquals(15, region.get("startColumn").intValue());
    }

    @Test
    void aKnownValueComesBeforeASectionThatLeavesAValueOut() {
        GraphBuilder b = new GraphBuilder();
        b.add(new AntiPatternFinding("AP-Y", "system", Severity.HIGH, "evidence", "fix", null))
                .facts(GraphBuilder.unknown("deployment.regions"), GraphBuilder.fact("workload.realTime", "true"))
                .by("AP-Y");
        JsonNode run =
                SarifRendererTest.run(SarifRenderer.standard().render(b.build().withSources(sources())));
        JsonNode y = result(run, "AP-Y");
        assertEquals(
                18,
                physical(y.get("locations").get(0))
                        .get("region")
                        .get("startLine")
                        .intValue(),
                "workload.realTime is written in the workload section");
        assertEquals(
                7,
                physical(y.get("relatedLocations").get(0))
                        .get("region")
                        .get("startLine")
                        .intValue(),
                "deployment.regions is left out of the deployment section");
    }

    @Test
    void aResultOnNoLocatedFactPointsAtTheFirstLineOfTheRequirementsFile() {
        GraphBuilder b = new GraphBuilder();
        b.add(new AntiPatternFinding("AP-Z", "system", Severity.LOW, "evidence", "fix", null))
                .facts(GraphBuilder.fact("catalog.redis", "Redis"))
                .by("AP-Z");
        b.add(new AntiPatternFinding("AP-W", "system", Severity.LOW, "evidence", "fix", null))
                .facts(GraphBuilder.fact("team.size", "4"))
                .by("AP-W");
        RecommendationGraph graph = b.build().withSources(sources());
        JsonNode z = result(SarifRendererTest.run(SarifRenderer.standard().render(graph)), "AP-Z");
        assertEquals(
                FILE,
                physical(z.get("locations").get(0))
                        .get("artifactLocation")
                        .get("uri")
                        .stringValue());
        assertEquals(
                1,
                physical(z.get("locations").get(0))
                        .get("region")
                        .get("startLine")
                        .intValue());
        assertFalse(physical(z.get("locations").get(0)).get("region").has("startColumn"));

        JsonNode renamed = SarifRendererTest.run(
                SarifRenderer.standard().withArtifact("repo/sys.yaml").render(graph));
        assertEquals(
                "repo/sys.yaml",
                physical(result(renamed, "AP-Z").get("locations").get(0))
                        .get("artifactLocation")
                        .get("uri")
                        .stringValue());
        JsonNode w = physical(result(renamed, "AP-W").get("locations").get(0));
        assertEquals(
                "repo/sys.yaml",
                w.get("artifactLocation").get("uri").stringValue(),
                "withArtifact renames the file the graph was read from");
        assertEquals(3, w.get("region").get("startLine").intValue());

        JsonNode unlocated = SarifRendererTest.run(SarifRenderer.standard().render(b.build()));
        assertFalse(
                result(unlocated, "AP-Z").get("locations").get(0).has("physicalLocation"),
                "without locations or an artifact there is no file to name");
    }

    @Test
    void fingerprintsStayWhenTheRequirementsMoveToOtherLines() {
        RecommendationGraph graph = Fixtures.ordersPlatform();
        SourceMap moved = new SourceMap(Map.of(
                "deployment.availabilityZones",
                new Location(FILE, 80, 3),
                "nfrs.availabilityPercent",
                new Location("other.yaml", 2, 2)));
        List<String> before = fingerprints(SarifRenderer.standard().render(graph));
        assertEquals(before, fingerprints(SarifRenderer.standard().render(graph.withSources(sources()))));
        assertEquals(before, fingerprints(SarifRenderer.standard().render(graph.withSources(moved))));
        assertEquals(before.size(), before.stream().distinct().count(), "each result has its own fingerprint");
    }

    private static List<String> fingerprints(String sarif) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : SarifRendererTest.run(sarif).get("results")) {
            out.add(r.get("partialFingerprints")
                    .get(SarifRenderer.FINGERPRINT_KEY)
                    .stringValue());
        }
        return out;
    }

    @Test
    void theToolNamesThisBuildsVersion() {
        JsonNode driver = SarifRendererTest.run(SarifRenderer.standard().render(Fixtures.nothing()))
                .get("tool")
                .get("driver");
        assertEquals(ToolVersion.current(), driver.get("version").stringValue());
        assertTrue(ToolVersion.current().matches("\\d+\\.\\d+\\.\\d+.*"), ToolVersion.current());
        assertEquals(
                "9.9.9",
                SarifRendererTest.run(SarifRenderer.standard()
                                .withToolVersion("9.9.9")
                                .render(Fixtures.nothing()))
                        .get("tool")
                        .get("driver")
                        .get("version")
                        .stringValue());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "AP-SINGLE-POINT-OF-FAILURE-ZONE, docs/anti-patterns.md#anti-pattern-findings",
        "AP-OUTDATED-EOL, docs/catalog.md#how-the-rules-use-it",
        "AP-VULNERABLE-VERSION, docs/catalog.md#how-the-rules-use-it",
        "CHK-VERSIONS-CONFIRMED-FAIL, docs/catalog.md#how-the-rules-use-it",
        "CHK-EDGE-SERVERLESS-NOT-CONSIDERED, docs/responsibilities.md#deployment-strategy-and-checklist",
        "WAIVER-EXPIRED, docs/extending.md#waivers"
    })
    void eachBuiltInRuleLinksToTheSectionThatDocumentsIt(String ruleId, String section) {
        assertEquals(java.util.Optional.of(section), RuleDocs.section(ruleId));
        assertEquals(
                java.util.Optional.of("https://docs.example.org/v1/" + section),
                RuleDocs.uri(ruleId, null, "https://docs.example.org/v1/"));
    }

    @Test
    void everyLinkedSectionExistsInTheDocs() throws IOException {
        Path docs = Goldens.moduleDir().getParent();
        for (String section : RuleDocs.sections()) {
            String file = section.substring(0, section.indexOf('#'));
            String anchor = section.substring(section.indexOf('#') + 1);
            Path path = docs.resolve(file);
            assertTrue(Files.exists(path), () -> section + ": no file " + path);
            List<String> anchors = Files.readAllLines(path).stream()
                    .filter(l -> l.startsWith("#"))
                    .map(SarifLocationsTest::slug)
                    .toList();
            assertTrue(
                    anchors.contains(anchor),
                    () -> section + ": no heading with that anchor; the anchors are " + anchors);
        }
    }

    /** The anchor GitHub gives a Markdown heading. */
    static String slug(String heading) {
        String text = heading.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        return text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    @Test
    void aRuleCanLinkItsOwnDocumentationButOnlyToAWebAddress() {
        RuleInfo own = new RuleInfo(
                "ACME-1",
                "acme",
                "acme.drl",
                null,
                null,
                null,
                null,
                Map.of("helpUri", "https://wiki.acme.example/rules/ACME-1"));
        RuleInfo script = new RuleInfo(
                "ACME-2", "acme", "acme.drl", null, null, null, null, Map.of("helpUri", "javascript:alert(1)"));
        assertEquals(
                java.util.Optional.of("https://wiki.acme.example/rules/ACME-1"),
                RuleDocs.uri("ACME-1", own, RuleDocs.DEFAULT_BASE));
        assertEquals(java.util.Optional.empty(), RuleDocs.uri("ACME-2", script, RuleDocs.DEFAULT_BASE));
        assertEquals(
                java.util.Optional.empty(),
                RuleDocs.uri("ACME-3", null, RuleDocs.DEFAULT_BASE),
                "a custom rule that documents nothing gets no link");

        GraphBuilder b = new GraphBuilder();
        b.add(new AntiPatternFinding("ACME-1", "system", Severity.LOW, "evidence", "fix", null))
                .by("ACME-1");
        JsonNode rule = SarifRendererTest.run(
                        SarifRenderer.standard().withRules(List.of(own)).render(b.build()))
                .get("tool")
                .get("driver")
                .get("rules")
                .get(0);
        assertEquals(
                "https://wiki.acme.example/rules/ACME-1", rule.get("helpUri").stringValue());
        assertThrows(InvalidValueException.class, () -> SarifRenderer.standard().withDocsBase("docs/"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "system.yaml | system.yaml",
                "./requirements/system.yaml | requirements/system.yaml",
                "requirements\\system.yaml | requirements/system.yaml",
                "/home/ci/repo/system.yaml | file:///home/ci/repo/system.yaml",
                "C:\\repo\\system.yaml | file:///C:/repo/system.yaml",
                "my system #1.yaml | my%20system%20%231.yaml",
                "a:b.yaml | ./a:b.yaml",
                "https://example.org/system.yaml | https://example.org/system.yaml",
                "<string> | %3Cstring%3E"
            })
    void fileNamesBecomeUriReferences(String source, String uri) {
        assertEquals(uri, Locations.uri(source));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "requirements/system.yaml | requirements/system.yaml",
                "my%20system.yaml | my%20system.yaml",
                "https://example.org/system.yaml | https://example.org/system.yaml",
                "my requirements/system v2.yaml | my%20requirements/system%20v2.yaml",
                "100%.yaml | 100%25.yaml",
                "/srv/repo/system.yaml | file:///srv/repo/system.yaml",
                "requirements\\system.yaml | requirements/system.yaml",
                "C:\\repo\\system.yaml | file:///C:/repo/system.yaml"
            })
    void anArtifactNamedByAFileNameIsWrittenAsAUriReference(String artifact, String uri) {
        RecommendationGraph graph = Fixtures.ordersPlatform();
        JsonNode run = SarifRendererTest.run(
                SarifRenderer.standard().withArtifact(artifact).render(graph));
        assertFalse(run.get("results").isEmpty(), "the graph has findings");
        for (JsonNode result : run.get("results")) {
            assertEquals(
                    uri,
                    physical(result.get("locations").get(0))
                            .get("artifactLocation")
                            .get("uri")
                            .stringValue());
        }
    }
}
