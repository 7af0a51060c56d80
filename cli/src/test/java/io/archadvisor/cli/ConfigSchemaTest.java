package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keeps {@code config.schema.json} in step with the {@link Config} record the reader binds. */
class ConfigSchemaTest {

    private static final JsonNode SCHEMA = JsonMapper.shared().readTree(SchemaCommand.resource(SchemaCommand.CONFIG));

    @Test
    void theSchemaIsAClosedObjectWithExactlyTheRecordsKeysInOrder() {
        assertEquals("object", SCHEMA.path("type").asString());
        assertFalse(SCHEMA.path("additionalProperties").booleanValue(true));
        assertEquals(ConfigFile.keys(), List.copyOf(SCHEMA.path("properties").propertyNames()));
        assertEquals(
                Arrays.stream(Config.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList(),
                ConfigFile.keys());
    }

    @Test
    void everyKeyHasADescriptionNamingItsFlagAndATypeThatAllowsNull() {
        for (RecordComponent c : Config.class.getRecordComponents()) {
            JsonNode p = SCHEMA.path("properties").path(c.getName());
            String description = p.path("description").asString();
            assertFalse(description.isBlank(), c.getName());
            assertFalse(!description.contains("Flag: --"), c.getName() + " names its flag");
            String expected = switch (c.getType().getSimpleName()) {
                case "List" -> "array";
                case "Integer" -> "integer";
                case "Boolean" -> "boolean";
                case "String" -> "string";
                default -> "enum";
            };
            List<String> types = new ArrayList<>();
            if (expected.equals("enum")) {
                p.path("anyOf").path(0).path("enum").forEach(v -> types.add(v.asString()));
                assertEquals(
                        Arrays.stream(FailLevel.values()).map(FailLevel::id).toList(), types, c.getName());
                assertEquals("null", p.path("anyOf").path(1).path("type").asString());
            } else {
                p.path("type").forEach(v -> types.add(v.asString()));
                assertEquals(expected, types.get(0), c.getName());
                assertEquals("null", types.get(types.size() - 1), c.getName() + " may be null");
            }
        }
    }
}
