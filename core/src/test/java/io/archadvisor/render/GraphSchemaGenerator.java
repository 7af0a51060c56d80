package io.archadvisor.render;

import io.archadvisor.base.Location;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates {@code graph.schema.json} from the node records, the way {@link GraphJson} writes them: one definition per
 * built-in node type with its fields in declaration order, enums with their constants, and a field nullable exactly
 * when the record accepts {@code null} for it (found by constructing it). {@link GraphSchemaTest} keeps the published
 * file equal to this output.
 */
final class GraphSchemaGenerator {

    static final String ID = "https://archadvisor.io/schema/graph-1.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One line per node type, for editors' hover text; a new node type needs one here. */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(
                    "PatternSignal",
                    "One argument for or against a pattern, from one cell of the seed's pattern table."),
            Map.entry("PatternAssessment", "The verdict on one pattern of the seed's table."),
            Map.entry(
                    "AntiPatternFinding",
                    "An anti-pattern from the seed's list, found in the requirements or the proposal."),
            Map.entry("ChecklistResult", "The outcome of one item of the seed's pre-response checklist."),
            Map.entry("ClarifyingQuestion", "A question to ask before the advice can be final."),
            Map.entry("TechnologyChoice", "A technology recommended for a role in the design."),
            Map.entry("TradeOff", "What a recommendation optimizes for and what it sacrifices."),
            Map.entry("Risk", "Something that could fail."),
            Map.entry("Mitigation", "How to handle a risk or a finding."),
            Map.entry("ScalingStep", "One step of the scaling roadmap: when a trigger is observed, take the step."),
            Map.entry("DeploymentStrategy", "How the system is deployed and rolled back."),
            Map.entry("Component", "A box of the architecture diagram."),
            Map.entry("Flow", "An arrow of the architecture diagram."),
            Map.entry("Guidance", "A piece of advice for one of the seed's responsibilities."));

    /** Bounds the compact constructors enforce on whole numbers, as {@code Type.field -> [minimum, maximum]}. */
    private static final Map<String, int[]> BOUNDS = Map.of(
            "Location.line", new int[] {1, Integer.MAX_VALUE},
            "Location.column", new int[] {0, Integer.MAX_VALUE},
            "PatternSignal.weight", new int[] {0, 10},
            "ScalingStep.order", new int[] {1, Integer.MAX_VALUE});

    private GraphSchemaGenerator() {}

    static String generate() {
        Map<String, Class<?>> enums = new TreeMap<>();
        ObjectNode defs = NODES.objectNode();
        List<Class<? extends Record>> types = new ArrayList<>();
        for (Class<?> c : Node.class.getPermittedSubclasses()) {
            if (c.isRecord()) {
                types.add(c.asSubclass(Record.class));
            }
        }

        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "archadvisor recommendation graph");
        root.put(
                "description",
                "The JSON that io.archadvisor.render.GraphJson (Format.JSON) writes: every node of a"
                        + " recommendation graph with its type, id, summary, fields and provenance, the typed edges between"
                        + " nodes, and the rules that fired.");
        root.put("type", "object");
        root.set("required", strings("format", "formatVersion", "nodes", "edges", "firedRules"));
        root.put("additionalProperties", false);
        ObjectNode props = root.putObject("properties");
        props.putObject("format").put("const", GraphJson.FORMAT);
        props.putObject("formatVersion")
                .put("const", GraphJson.FORMAT_VERSION)
                .put("description", "Changes when a change would break readers.");
        ObjectNode nodes = props.putObject("nodes");
        nodes.put("type", "array").put("description", "Nodes by type, then id.");
        nodes.putObject("items").put("$ref", "#/$defs/node");
        ObjectNode edges = props.putObject("edges");
        edges.put("type", "array").put("description", "Edges by source, type, then target.");
        edges.putObject("items").put("$ref", "#/$defs/Edge");
        ObjectNode fired = props.putObject("firedRules");
        fired.put("type", "array")
                .put("description", "The ids of every rule that fired, sorted.")
                .put("uniqueItems", true);
        fired.putObject("items").put("type", "string");
        ObjectNode waivers = props.putObject("waivers");
        waivers.put("type", "array").put("description", "Every waiver given for the advice, in the order given.");
        waivers.putObject("items").put("$ref", "#/$defs/Waiver");
        ObjectNode waived = props.putObject("waived");
        waived.put("type", "object").put("description", "The waiver that accepts each waived finding, by node id.");
        waived.putObject("additionalProperties").put("$ref", "#/$defs/Waiver");

        ObjectNode node = defs.putObject("node");
        node.put("description", "A node; `type` says which of the definitions below applies.");
        node.put("type", "object");
        node.set("required", strings("type"));
        ArrayNode typeNames = node.putObject("properties").putObject("type").putArray("enum");
        ArrayNode allOf = node.putArray("allOf");
        for (Class<? extends Record> t : types) {
            typeNames.add(t.getSimpleName());
            ObjectNode branch = allOf.addObject();
            branch.putObject("if").putObject("properties").putObject("type").put("const", t.getSimpleName());
            branch.putObject("then").put("$ref", "#/$defs/" + t.getSimpleName());
        }
        typeNames.add(GraphJson.CUSTOM_TYPE);
        ObjectNode customBranch = allOf.addObject();
        customBranch.putObject("if").putObject("properties").putObject("type").put("const", GraphJson.CUSTOM_TYPE);
        customBranch.putObject("then").put("$ref", "#/$defs/" + GraphJson.CUSTOM_TYPE);

        for (Class<? extends Record> t : types) {
            defs.set(t.getSimpleName(), nodeDefinition(t, enums));
        }
        defs.set(GraphJson.CUSTOM_TYPE, customDefinition());
        defs.set(
                "Provenance",
                recordDefinition(
                        Provenance.class,
                        enums,
                        "How a node was derived: the rule that inserted it, the input facts that rule matched (sorted by"
                                + " path) and the ids of the nodes it matched (sorted)."));
        defs.set(
                "FactRef",
                recordDefinition(
                        FactRef.class,
                        enums,
                        "An input fact a rule matched: its requirements path, its value as written (null when the rule"
                                + " matched that the value is unknown) and, when known, where the value was written (for an"
                                + " unknown value, its enclosing section)."));
        defs.set(
                "Location",
                recordDefinition(
                        Location.class,
                        enums,
                        "A place in a source file: its name as given, the line (1-based) and the column (1-based, 0 when"
                                + " not known)."));
        defs.set("Edge", recordDefinition(Edge.class, enums, "A typed edge between two nodes, by node id."));
        defs.set(
                "Waiver",
                recordDefinition(
                        io.archadvisor.graph.Waiver.class,
                        enums,
                        "Accepts one finding, by its code or rule id and optionally its subject, for a reason, by an owner,"
                                + " until an optional expiry date."));
        for (Map.Entry<String, Class<?>> e : enums.entrySet()) {
            ObjectNode def = defs.putObject(e.getKey());
            def.put("description", "The " + e.getValue().getName() + " constants.");
            ArrayNode values = def.putArray("enum");
            for (Object constant : e.getValue().getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        }
        root.set("$defs", defs);
        return Json.pretty(root);
    }

    private static ObjectNode nodeDefinition(Class<? extends Record> type, Map<String, Class<?>> enums) {
        ObjectNode def = NODES.objectNode();
        String name = type.getSimpleName();
        def.put("description", DESCRIPTIONS.getOrDefault(name, "A " + name + " node."));
        def.put("type", "object");
        List<String> required = new ArrayList<>(List.of("type", "id", "summary"));
        for (RecordComponent c : type.getRecordComponents()) {
            required.add(c.getName());
        }
        required.add("provenance");
        def.set("required", strings(required.toArray(String[]::new)));
        def.put("additionalProperties", false);
        ObjectNode props = def.putObject("properties");
        props.putObject("type").put("const", name);
        props.putObject("id").put("type", "string").put("description", "Unique in the graph; edges refer to it.");
        props.putObject("summary").put("type", "string").put("description", "The node in one line, for people.");
        Map<String, Boolean> nullable = nullability(type);
        for (RecordComponent c : type.getRecordComponents()) {
            props.set(
                    c.getName(),
                    fieldSchema(c.getGenericType(), nullable.get(c.getName()), name + "." + c.getName(), enums));
        }
        props.putObject("provenance").put("$ref", "#/$defs/Provenance");
        return def;
    }

    private static ObjectNode recordDefinition(
            Class<? extends Record> type, Map<String, Class<?>> enums, String description) {
        ObjectNode def = NODES.objectNode();
        def.put("description", description);
        def.put("type", "object");
        List<String> required = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!RecordCodec.optional(type, c)) {
                required.add(c.getName());
            }
        }
        def.set("required", strings(required.toArray(String[]::new)));
        def.put("additionalProperties", false);
        ObjectNode props = def.putObject("properties");
        Map<String, Boolean> nullable = nullability(type);
        for (RecordComponent c : type.getRecordComponents()) {
            // an optional field is left out rather than written as null
            props.set(
                    c.getName(),
                    fieldSchema(
                            c.getGenericType(),
                            nullable.get(c.getName()) && !RecordCodec.optional(type, c),
                            type.getSimpleName() + "." + c.getName(),
                            enums));
        }
        return def;
    }

    private static ObjectNode customDefinition() {
        ObjectNode def = NODES.objectNode();
        def.put(
                "description",
                "A node of a custom rule pack: its Java type, id, summary and record fields. Readers"
                        + " that do not know the type keep it as written.");
        def.put("type", "object");
        def.set("required", strings("type", "id", "summary", "customType", "fields", "provenance"));
        def.put("additionalProperties", false);
        ObjectNode props = def.putObject("properties");
        props.putObject("type").put("const", GraphJson.CUSTOM_TYPE);
        props.putObject("id").put("type", "string");
        props.putObject("summary").put("type", "string");
        props.putObject("customType")
                .put("type", "string")
                .put("description", "The fully qualified name of the node's Java class.");
        props.putObject("fields")
                .put("type", "object")
                .put("description", "The record's fields by name, in declaration order.");
        props.putObject("provenance").put("$ref", "#/$defs/Provenance");
        return def;
    }

    private static ObjectNode fieldSchema(Type type, boolean nullable, String where, Map<String, Class<?>> enums) {
        ObjectNode schema = NODES.objectNode();
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            typed(schema, "string", nullable);
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            typed(schema, "integer", nullable);
            int[] bounds = BOUNDS.get(where);
            if (bounds != null) {
                schema.put("minimum", bounds[0]);
                if (bounds[1] != Integer.MAX_VALUE) {
                    schema.put("maximum", bounds[1]);
                }
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            typed(schema, "boolean", nullable);
        } else if (raw == java.time.LocalDate.class) {
            typed(schema, "string", nullable);
            schema.put("format", "date");
        } else if (raw.isEnum()) {
            enums.put(raw.getSimpleName(), raw);
            if (nullable) {
                ArrayNode any = schema.putArray("anyOf");
                any.addObject().put("$ref", "#/$defs/" + raw.getSimpleName());
                any.addObject().put("type", "null");
            } else {
                schema.put("$ref", "#/$defs/" + raw.getSimpleName());
            }
        } else if (raw == List.class) {
            typed(schema, "array", nullable);
            schema.set(
                    "items",
                    fieldSchema(((ParameterizedType) type).getActualTypeArguments()[0], false, where + "[]", enums));
        } else if (raw.isRecord()) {
            schema.put("$ref", "#/$defs/" + raw.getSimpleName());
        } else {
            throw new IllegalStateException("No JSON Schema for " + where + " of type " + type.getTypeName()
                    + "; teach GraphSchemaGenerator.fieldSchema this type.");
        }
        return schema;
    }

    private static void typed(ObjectNode schema, String type, boolean nullable) {
        if (nullable) {
            schema.set("type", strings(type, "null"));
        } else {
            schema.put("type", type);
        }
    }

    /**
     * Which fields the record accepts {@code null} for: a valid instance is built from sample values, then each
     * reference-typed field in turn is set to {@code null}.
     */
    static Map<String, Boolean> nullability(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] sample = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            sample[i] = sampleValue(components[i]);
        }
        Map<String, Boolean> result = new LinkedHashMap<>();
        try {
            Constructor<? extends Record> constructor = type.getDeclaredConstructor(types);
            constructor.newInstance(sample);
            for (int i = 0; i < components.length; i++) {
                if (types[i].isPrimitive()) {
                    result.put(components[i].getName(), false);
                    continue;
                }
                Object[] withNull = sample.clone();
                withNull[i] = null;
                boolean accepts;
                try {
                    constructor.newInstance(withNull);
                    accepts = true;
                } catch (InvocationTargetException e) {
                    accepts = false;
                }
                result.put(components[i].getName(), accepts);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot build a sample " + type.getSimpleName() + " from "
                            + java.util.Arrays.toString(sample) + ": " + e.getCause()
                            + "; teach GraphSchemaGenerator.sampleValue a valid value.",
                    e);
        }
        return result;
    }

    private static Object sampleValue(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == String.class) {
            return "x";
        }
        if (t == int.class || t == Integer.class) {
            return 1;
        }
        if (t == long.class || t == Long.class) {
            return 1L;
        }
        if (t == boolean.class || t == Boolean.class) {
            return false;
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t == java.time.LocalDate.class) {
            return java.time.LocalDate.of(2026, 1, 1);
        }
        if (t == List.class) {
            return List.of();
        }
        if (t == Location.class) {
            return new Location("x", 1, 1);
        }
        throw new IllegalStateException("No sample value for " + c + "; teach GraphSchemaGenerator.sampleValue.");
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = NODES.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }
}
