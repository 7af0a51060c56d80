package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.archadvisor.graph.RecommendationGraph;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published {@code graph.schema.json}: it is what the generator makes from the node records (regenerate with
 * {@code -Darchadvisor.updateGoldens=true}, see {@link Goldens}), it is a valid 2020-12 schema, every fixture's JSON
 * passes it, and JSON that breaks the format fails it.
 */
class GraphSchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static JsonSchema graphSchema() {
        return FACTORY.getSchema(GraphJson.schema(), InputFormat.JSON);
    }

    @Test
    void thePublishedSchemaIsTheOneGeneratedFromTheNodeRecords() {
        Path published = Goldens.moduleDir().resolve("src/main/resources/io/archadvisor/schema/graph.schema.json");
        Goldens.assertMatches(published, GraphSchemaGenerator.generate());
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = meta.validate(GraphJson.schema(), InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "graph.schema.json breaks the 2020-12 meta-schema: " + errors);
    }

    static Stream<Arguments> fixtures() {
        return new TreeMap<>(Fixtures.all()).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureWrittenAsJsonPassesTheSchema(String name, RecommendationGraph graph) {
        Set<ValidationMessage> errors =
                graphSchema().validate(GraphJson.standard().write(graph), InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> name + ": " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "\"formatVersion\": 1,|\"formatVersion\": 2,",
                "\"type\": \"Risk\",|\"type\": \"Hazard\",",
                "\"severity\": \"HIGH\",|\"severity\": \"SEVERE\",",
                "\"weight\": 3,|\"weight\": 11,",
                "\"async\": true|\"async\": \"yes\"",
                "\"ruleId\": \"RISK-PCI-SCOPE\",|\"rule\": \"RISK-PCI-SCOPE\",",
                "\"docsUrl\": null,|\"docsUrl\": 7,",
                "\"migrationPath\": null,|\"migrationPath\": null, \"extra\": 1,"
            })
    void jsonThatBreaksTheFormatFailsTheSchema(String replacement) {
        String[] parts = replacement.split("\\|");
        String json = GraphJson.standard().write(Fixtures.ordersPlatform());
        assertTrue(json.contains(parts[0]), () -> "the fixture has " + parts[0]);
        String broken = json.replaceFirst(
                java.util.regex.Pattern.quote(parts[0]), java.util.regex.Matcher.quoteReplacement(parts[1]));
        Set<ValidationMessage> errors = graphSchema().validate(broken, InputFormat.JSON);
        assertFalse(errors.isEmpty(), () -> "the schema accepted " + parts[1]);
    }

    @Test
    void nullableFieldsAreExactlyTheOnesTheRecordsAccept() {
        Map<String, Boolean> tech = GraphSchemaGenerator.nullability(io.archadvisor.graph.TechnologyChoice.class);
        assertEquals(
                Map.of("role", false, "technology", false, "version", true, "docsUrl", true, "rationale", false), tech);
        assertEquals(
                true,
                GraphSchemaGenerator.nullability(io.archadvisor.graph.AntiPatternFinding.class)
                        .get("migrationPath"));
        assertEquals(
                true,
                GraphSchemaGenerator.nullability(io.archadvisor.graph.FactRef.class)
                        .get("value"));
    }
}
