package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.archadvisor.base.EnumNames;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code requirements.schema.json} in sync with the requirements model: walks the record components and enum
 * constants reflectively and checks every field, type, enum value, required field and numeric bound against the
 * schema (bounds by probing the records' own constructor checks), then validates the samples against it.
 */
class RequirementsSchemaTest {

    static final String SCHEMA_RESOURCE = "/io/archadvisor/schema/requirements.schema.json";
    static final String MODELINE =
            "# yaml-language-server: $schema=../../../../../core/src/main/resources" + SCHEMA_RESOURCE;

    private static final JsonNode SCHEMA = readSchema();

    private static JsonNode readSchema() {
        try (InputStream in = RequirementsSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema as a validator, for other tests. */
    static JsonSchema validator() {
        try (InputStream in = RequirementsSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Class<?>> records() {
        Set<Class<?>> out = new LinkedHashSet<>();
        collect(Requirements.class, out);
        return out.stream().filter(Class::isRecord).toList();
    }

    static List<Class<?>> enums() {
        Set<Class<?>> out = new LinkedHashSet<>();
        collect(Requirements.class, out);
        return out.stream().filter(Class::isEnum).toList();
    }

    private static void collect(Type type, Set<Class<?>> out) {
        Class<?> raw = raw(type);
        if (raw == List.class) {
            collect(item(type), out);
        } else if ((raw.isRecord() || raw.isEnum()) && out.add(raw) && raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                collect(c.getGenericType(), out);
            }
        }
    }

    private static JsonNode definition(Class<?> type) {
        JsonNode d =
                type == Requirements.class ? SCHEMA : SCHEMA.path("definitions").get(type.getSimpleName());
        assertNotNull(d, () -> "no schema definition for " + type.getSimpleName());
        return d;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void everyRecordIsAClosedObjectWithExactlyItsComponentsInOrder(Class<?> record) {
        JsonNode d = definition(record);
        assertEquals("object", d.path("type").asString());
        assertFalse(d.path("additionalProperties").booleanValue(true), "additionalProperties must be false");
        assertFalse(d.path("description").asString().isBlank(), "a description");
        assertEquals(
                RecordBinder.fieldNames(record),
                List.copyOf(d.path("properties").propertyNames()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void everyFieldHasItsTypeNullabilityAndADescription(Class<?> record) {
        Set<String> required = requiredComponents(record);
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode p = definition(record).path("properties").path(c.getName());
            String where = record.getSimpleName() + "." + c.getName();
            assertFalse(p.path("description").asString().isBlank(), () -> where + " has no description");
            assertField(where, c.getGenericType(), p, !required.contains(c.getName()));
        }
    }

    private static void assertField(String where, Type type, JsonNode p, boolean nullable) {
        Class<?> raw = raw(type);
        if (raw.isRecord() || raw.isEnum()) {
            String ref = "#/definitions/" + raw.getSimpleName();
            if (nullable) {
                assertEquals(
                        List.of(ref, "null"),
                        List.of(
                                p.path("anyOf").path(0).path("$ref").asString(),
                                p.path("anyOf").path(1).path("type").asString()),
                        where);
            } else {
                assertEquals(ref, p.path("allOf").path(0).path("$ref").asString(), where);
            }
            return;
        }
        List<String> types = new ArrayList<>(
                switch (raw.getSimpleName()) {
                    case "String" -> List.of("string", "number");
                    case "Integer", "Long" -> List.of("integer");
                    case "Double" -> List.of("number");
                    case "Boolean" -> List.of("boolean");
                    case "List" -> List.of("array");
                    default ->
                        throw new AssertionError(where + ": a model type the schema test does not know: " + type);
                });
        if (nullable) {
            types.add("null");
        }
        assertEquals(types, strings(p.path("type")), where + " type");
        if (raw == String.class && !nullable) {
            assertEquals("\\S", p.path("pattern").asString(), where + " must not be blank");
        }
        if (raw == Integer.class) {
            assertEquals(Integer.MAX_VALUE, p.path("maximum").longValue(), where + " maximum");
        }
        if (raw == Long.class) {
            assertEquals(Long.MAX_VALUE, p.path("maximum").longValue(), where + " maximum");
        }
        if (raw == List.class) {
            assertItem(where + "[]", item(type), p.path("items"));
        }
    }

    private static void assertItem(String where, Type type, JsonNode items) {
        Class<?> raw = raw(type);
        if (raw.isRecord() || raw.isEnum()) {
            assertEquals(
                    "#/definitions/" + raw.getSimpleName(), items.path("$ref").asString(), where);
        } else {
            assertEquals(String.class, raw, where + ": only text, enum and record lists are expected");
            assertEquals(List.of("string", "number"), strings(items.path("type")), where);
            assertEquals("\\S", items.path("pattern").asString(), where + " must not be blank");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void everyEnumListsEveryConstantInKebabSpellingAndNothingElse(Class<?> type) {
        JsonNode d = definition(type);
        assertEquals("string", d.path("type").asString());
        assertFalse(d.path("description").asString().isBlank());
        assertEquals(EnumNames.kebabs(type), strings(d.path("enum")));
    }

    @Test
    void theSchemaDefinesNothingTheModelDoesNotHave() {
        Set<String> expected = new TreeSet<>();
        Stream.concat(records().stream(), enums().stream())
                .filter(c -> c != Requirements.class)
                .forEach(c -> expected.add(c.getSimpleName()));
        assertEquals(expected, new TreeSet<>(SCHEMA.path("definitions").propertyNames()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theRequiredFieldsAreThoseTheRecordsRequire(Class<?> record) {
        assertEquals(
                requiredComponents(record),
                new TreeSet<>(strings(definition(record).path("required"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void everyNumericBoundIsTheOneTheRecordsCheck(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            if (!Number.class.isAssignableFrom(type)) {
                continue;
            }
            String where = record.getSimpleName() + "." + components[i].getName();
            JsonNode p = definition(record).path("properties").path(components[i].getName());
            int index = i;
            if (p.has("minimum")) {
                BigDecimal min = p.path("minimum").decimalValue();
                assertTrue(accepts(record, index, min, 0), where + " must accept its minimum " + min);
                assertFalse(accepts(record, index, min, -1), where + " must reject just below " + min);
            } else if (p.has("exclusiveMinimum")) {
                BigDecimal min = p.path("exclusiveMinimum").decimalValue();
                assertFalse(accepts(record, index, min, 0), where + " must reject its exclusive minimum " + min);
                assertTrue(accepts(record, index, min, 1), where + " must accept just above " + min);
            } else {
                assertTrue(accepts(record, index, BigDecimal.valueOf(-1_000_000), 0), where + " has no minimum");
            }
            if (p.has("maximum")) {
                BigDecimal max = p.path("maximum").decimalValue();
                assertTrue(accepts(record, index, max, 0), where + " must accept its maximum " + max);
                if (type == Double.class) {
                    assertFalse(accepts(record, index, max, 1), where + " must reject just above " + max);
                }
            } else {
                assertEquals(Double.class, type, where + ": whole numbers have their type's maximum");
                assertTrue(accepts(record, index, BigDecimal.valueOf(1e300), 0), where + " has no maximum");
            }
        }
    }

    /** Whether the record accepts {@code value} nudged by {@code nudge} (-1 just below, +1 just above) at {@code index}. */
    private static boolean accepts(Class<?> record, int index, BigDecimal value, int nudge) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] args = validArgs(record);
        Class<?> type = components[index].getType();
        if (type == Double.class) {
            double d = value.doubleValue();
            args[index] = nudge < 0 ? Math.nextDown(d) : nudge > 0 ? Math.nextUp(d) : d;
        } else if (type == Integer.class) {
            args[index] = value.intValueExact() + nudge;
        } else {
            args[index] = value.longValueExact() + nudge;
        }
        try {
            constructor(record).newInstance(args);
            return true;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RequirementsException) {
                return false;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The components a record's constructor rejects as missing, found by probing it with all values unknown. */
    static Set<String> requiredComponents(Class<?> record) {
        Set<String> required = new TreeSet<>();
        RecordComponent[] components = record.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int round = 0; round <= components.length; round++) {
            try {
                constructor(record).newInstance(args);
                return required;
            } catch (InvocationTargetException e) {
                RequirementsException invalid = (RequirementsException) e.getCause();
                String path = invalid.problems().get(0).path();
                String name = path.substring(path.indexOf('.') + 1);
                int index = RecordBinder.fieldNames(record).indexOf(name);
                assertTrue(index >= 0 && args[index] == null, () -> "unexpected problem " + invalid.getMessage());
                required.add(name);
                args[index] = filler(components[index].getType());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the constructor of " + record + " never accepted its arguments");
    }

    private static Object[] validArgs(Class<?> record) {
        Set<String> required = requiredComponents(record);
        RecordComponent[] components = record.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            if (required.contains(components[i].getName())) {
                args[i] = filler(components[i].getType());
            }
        }
        return args;
    }

    private static Object filler(Class<?> type) {
        if (type == String.class) {
            return "x";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new AssertionError("a required component of a type the test cannot fill: " + type);
    }

    private static Constructor<?> constructor(Class<?> record) throws NoSuchMethodException {
        return record.getDeclaredConstructor(Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new));
    }

    // --- the samples --------------------------------------------------------------------------------------------

    static Stream<Path> samples() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "."))
                .resolve("../samples/src/main/resources/examples")
                .normalize();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yaml =
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(yaml.size() >= 2, "the samples are missing from " + dir);
            return yaml.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsValidAgainstTheSchemaAndReadable(Path sample) throws IOException {
        String yaml = Files.readString(sample);
        Set<ValidationMessage> errors = validator().validate(yaml, InputFormat.YAML);
        assertEquals(Set.of(), errors, "schema errors in " + sample);
        assertNotNull(RequirementsReader.read(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleNamesTheSchemaForEditors(Path sample) throws IOException {
        String first = Files.readAllLines(sample).get(0);
        assertEquals(MODELINE, first);
        Path schema = sample.getParent()
                .resolve(first.substring(first.indexOf('=') + 1))
                .normalize();
        assertTrue(Files.isRegularFile(schema), "the modeline points to " + schema);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "team: {sise: 5}",
                "syztem: x",
                "proposal: {style: microservice}",
                "nfrs: {availabilityPercent: 120}",
                "nfrs: {availabilityPercent: 0}",
                "team: {size: 0}",
                "team: {size: 5.5}",
                "team: {size: \"5\"}",
                "team: {expertise: [java, \"\"]}",
                "team: {expertise: [java, ~]}",
                "proposal: {services: [{datastores: [db]}]}",
                "proposal: {services: [{name: \" \"}]}",
                "proposal: {services: [{name: a, calls: [{mode: sync}]}]}",
                "nfrs: {compliance: gdpr}",
                "observability: {logs: \"true\"}",
                "scale: {currentRequestsPerSecond: 3000000000}",
            })
    void whatTheReaderRejectsTheSchemaRejectsToo(String yaml) {
        assertFalse(validator().validate(yaml, InputFormat.YAML).isEmpty(), "the schema accepts " + yaml);
        try {
            RequirementsReader.read(yaml, "x.yaml");
            throw new AssertionError("the reader accepts " + yaml);
        } catch (RequirementsException expected) {
            // both reject it
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.asString()));
        return out;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type item(Type listType) {
        return ((ParameterizedType) listType).getActualTypeArguments()[0];
    }
}
