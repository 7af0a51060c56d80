package io.archadvisor.render;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.graph.CustomNode;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.ExpiredWaiver;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole graph as JSON, and back. The document is
 * {@code {"format": "archadvisor-graph", "formatVersion": 1, "nodes": [...], "edges": [...], "firedRules": [...],
 * "waivers": [...], "waived": {...}}};
 * each node is {@code {"type": <record name>, "id", "summary", <every record field in declaration order>,
 * "provenance": {"ruleId", "facts": [{"path", "value", "location"?}], "derivedFrom": [...]}}}, with enums by name and
 * unknown values as {@code null}; a fact's {@code "location": {"source", "line", "column"}} is written only when known.
 * Nodes, edges and fired rules keep the graph's order, so the same graph always gives the same text.
 * {@code graph.schema.json} (JSON Schema 2020-12, on the classpath at {@value #SCHEMA_RESOURCE}) describes it.
 *
 * <p>{@link #read} gives back an equal graph for every built-in node type. A {@link CustomNode} is written as
 * {@code {"type": "CustomNode", "id", "summary", "customType": <class name>, "fields": {...}, "provenance"}}, with the
 * fields of a record type (other classes write no fields). Reading it gives back the original record when its class
 * was registered with {@link #withCustomTypes} (the library's own {@link ExpiredWaiver} always is); otherwise an
 * {@link UnresolvedCustomNode} that keeps what was written,
 * so the graph still renders and writes the same JSON again, but is not {@code equals} to the original. Classes are
 * never loaded by the name found in a document.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GraphJson implements Renderer {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "archadvisor-graph";
    /** The value of the document's {@code formatVersion} field; it changes when a change would break readers. */
    public static final int FORMAT_VERSION = 1;
    /** Where the JSON Schema of the document is on the classpath. */
    public static final String SCHEMA_RESOURCE = "/io/archadvisor/schema/graph.schema.json";
    /** The {@code type} of custom nodes. */
    public static final String CUSTOM_TYPE = "CustomNode";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> NODE_ENVELOPE = List.of("type", "id", "summary", "provenance");
    private static final List<String> TOP_LEVEL =
            List.of("format", "formatVersion", "nodes", "edges", "firedRules", "waivers", "waived");
    private static final Map<String, Class<? extends Record>> BUILT_IN = builtInTypes();
    /**
     * The {@code customType} of {@link ExpiredWaiver}: its class name before it moved to the graph package, kept so
     * that JSON written before and after reads the same.
     */
    static final String EXPIRED_WAIVER_TYPE = "io.archadvisor.waiver.ExpiredWaiver";

    private static final GraphJson STANDARD = new GraphJson(Map.of(EXPIRED_WAIVER_TYPE, ExpiredWaiver.class));

    private final Map<String, Class<? extends Record>> customTypes;

    private GraphJson(Map<String, Class<? extends Record>> customTypes) {
        this.customTypes = customTypes;
    }

    /**
     * The reader and writer for built-in node types and {@link ExpiredWaiver}; other custom nodes are read as
     * {@link UnresolvedCustomNode}.
     */
    public static GraphJson standard() {
        return STANDARD;
    }

    /**
     * A reader and writer that also reads these custom node types back into their classes.
     *
     * @param types record classes implementing {@link CustomNode}
     * @throws IllegalArgumentException when a type is not a record
     */
    @SafeVarargs
    public final GraphJson withCustomTypes(Class<? extends CustomNode>... types) {
        Map<String, Class<? extends Record>> all = new HashMap<>(customTypes);
        for (Class<? extends CustomNode> t : types) {
            Objects.requireNonNull(t, "type");
            if (!t.isRecord()) {
                throw new InvalidValueException("Custom node type " + t.getName() + " is not a record; only"
                        + " records can be read back from JSON (their fields are their record components).");
            }
            all.put(t.getName(), t.asSubclass(Record.class));
        }
        return new GraphJson(Map.copyOf(all));
    }

    /** The JSON Schema (draft 2020-12) of the documents this class writes. */
    public static String schema() {
        try (InputStream in = GraphJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The graph JSON Schema is missing from the classpath at "
                        + SCHEMA_RESOURCE + "; the archadvisor-core jar is incomplete.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    @Override
    public void render(RecommendationGraph graph, Appendable out) throws IOException {
        out.append(write(graph));
    }

    /** The graph as pretty-printed JSON with a final newline. */
    public String write(RecommendationGraph graph) {
        Objects.requireNonNull(graph, "graph");
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode nodes = root.putArray("nodes");
        for (Node n : graph.nodes()) {
            nodes.add(writeNode(
                    n,
                    Objects.requireNonNull(
                            graph.provenance().get(n.id()), "a graph holds the provenance of every node")));
        }
        ArrayNode edges = root.putArray("edges");
        for (Edge e : graph.edges()) {
            ObjectNode edge = edges.addObject();
            RecordCodec.writeFields(e, edge);
        }
        ArrayNode fired = root.putArray("firedRules");
        graph.firedRules().forEach(fired::add);
        ArrayNode waivers = root.putArray("waivers");
        for (Waiver w : graph.waivers()) {
            RecordCodec.writeFields(w, waivers.addObject());
        }
        ObjectNode waived = root.putObject("waived");
        graph.waived().forEach((id, w) -> RecordCodec.writeFields(w, waived.putObject(id)));
        return Json.pretty(root);
    }

    private static ObjectNode writeNode(Node n, Provenance provenance) {
        ObjectNode json = NODES.objectNode();
        if (n instanceof CustomNode custom) {
            json.put("type", CUSTOM_TYPE);
            json.put("id", n.id());
            json.put("summary", n.summary());
            if (custom instanceof UnresolvedCustomNode u) {
                json.put("customType", u.customType());
                json.set("fields", RecordCodec.write(u.fields(), Map.class, u.customType()));
            } else {
                json.put(
                        "customType",
                        custom instanceof ExpiredWaiver
                                ? EXPIRED_WAIVER_TYPE
                                : custom.getClass().getName());
                ObjectNode fields = json.putObject("fields");
                if (custom instanceof Record r) {
                    RecordCodec.writeFields(r, fields);
                }
            }
        } else {
            json.put("type", n.getClass().getSimpleName());
            json.put("id", n.id());
            json.put("summary", n.summary());
            RecordCodec.writeFields((Record) n, json);
        }
        ObjectNode p = json.putObject("provenance");
        RecordCodec.writeFields(provenance, p);
        return json;
    }

    /**
     * Reads a graph this class wrote.
     *
     * @throws GraphJsonException naming the place and the problem when the text is not graph JSON
     */
    public RecommendationGraph read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new GraphJsonException(
                    "",
                    "The graph JSON is not well-formed JSON: " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ")")
                            + ".",
                    e);
        }
        return read(root);
    }

    /**
     * Reads a graph this class wrote from {@code in}, which the caller closes.
     *
     * @throws IOException when {@code in} fails
     * @throws GraphJsonException naming the place and the problem when the text is not graph JSON
     */
    public RecommendationGraph read(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            sb.append(buffer, 0, n);
        }
        return read(sb.toString());
    }

    private RecommendationGraph read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw GraphJsonException.at("", "must be an object", root);
        }
        for (String field : root.propertyNames()) {
            if (!TOP_LEVEL.contains(field)) {
                throw GraphJsonException.at(
                        "/" + field,
                        "is not a graph field (the fields are " + String.join(", ", TOP_LEVEL) + ")",
                        root.get(field));
            }
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isString() || !FORMAT.equals(format.stringValue())) {
            throw GraphJsonException.at("/format", "must be \"" + FORMAT + "\"", format);
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber() || version.intValue() != FORMAT_VERSION) {
            throw GraphJsonException.at(
                    "/formatVersion",
                    "must be " + FORMAT_VERSION + ", the version this" + " archadvisor reads",
                    version);
        }
        JsonNode nodesJson = array(root, "nodes");
        List<Node> nodes = new ArrayList<>();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < nodesJson.size(); i++) {
            String pointer = "/nodes/" + i;
            JsonNode json = nodesJson.get(i);
            Node node = readNode(json, pointer);
            Integer previous = seen.putIfAbsent(node.id(), i);
            if (previous != null) {
                throw GraphJsonException.at(
                        pointer + "/id",
                        "repeats the id of /nodes/" + previous + "; node ids are unique in a graph",
                        json.get("id"));
            }
            nodes.add(node);
            provenance.put(
                    node.id(),
                    RecordCodec.readRecord(
                            json.get("provenance"), Provenance.class, pointer + "/provenance", List.of()));
        }
        JsonNode edgesJson = array(root, "edges");
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < edgesJson.size(); i++) {
            Edge e = RecordCodec.readRecord(edgesJson.get(i), Edge.class, "/edges/" + i, List.of());
            for (String end : List.of(e.from(), e.to())) {
                if (!seen.containsKey(end)) {
                    throw GraphJsonException.at(
                            "/edges/" + i,
                            "refers to node `" + end + "`, which is not in" + " /nodes",
                            edgesJson.get(i));
                }
            }
            edges.add(e);
        }
        JsonNode firedJson = array(root, "firedRules");
        List<String> fired = new ArrayList<>();
        for (int i = 0; i < firedJson.size(); i++) {
            JsonNode rule = firedJson.get(i);
            if (!rule.isString()) {
                throw GraphJsonException.at("/firedRules/" + i, "must be a rule id (a string)", rule);
            }
            fired.add(rule.stringValue());
        }
        List<Waiver> waivers = new ArrayList<>();
        JsonNode waiversJson = root.get("waivers");
        if (waiversJson != null) {
            if (!waiversJson.isArray()) {
                throw GraphJsonException.at("/waivers", "must be an array", waiversJson);
            }
            for (int i = 0; i < waiversJson.size(); i++) {
                waivers.add(RecordCodec.readRecord(waiversJson.get(i), Waiver.class, "/waivers/" + i, List.of()));
            }
        }
        Map<String, Waiver> waived = new LinkedHashMap<>();
        JsonNode waivedJson = root.get("waived");
        if (waivedJson != null) {
            if (!waivedJson.isObject()) {
                throw GraphJsonException.at("/waived", "must be an object of waivers by node id", waivedJson);
            }
            for (Map.Entry<String, JsonNode> e : waivedJson.properties()) {
                String pointer = "/waived/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (!seen.containsKey(e.getKey())) {
                    throw GraphJsonException.at(pointer, "names a node that is not in /nodes", e.getValue());
                }
                waived.put(e.getKey(), RecordCodec.readRecord(e.getValue(), Waiver.class, pointer, List.of()));
            }
        }
        try {
            return new RecommendationGraph(nodes, edges, provenance, fired, waivers, waived);
        } catch (IllegalArgumentException | InvalidValueException e) {
            throw new GraphJsonException("", "The graph JSON does not make a valid graph: " + e.getMessage(), e);
        }
    }

    private static JsonNode array(JsonNode root, String field) {
        JsonNode a = root.get(field);
        if (a == null || !a.isArray()) {
            throw GraphJsonException.at("/" + field, "must be an array", a);
        }
        return a;
    }

    private Node readNode(JsonNode json, String pointer) {
        if (json == null || !json.isObject()) {
            throw GraphJsonException.at(pointer, "must be a node object", json);
        }
        String type = string(json, "type", pointer);
        String id = string(json, "id", pointer);
        String summary = string(json, "summary", pointer);
        if (!json.has("provenance")) {
            throw GraphJsonException.at(
                    pointer + "/provenance", "is missing: every node says how it was derived", null);
        }
        Node node;
        if (CUSTOM_TYPE.equals(type)) {
            node = readCustom(json, pointer, id, summary);
        } else {
            Class<? extends Record> cls = BUILT_IN.get(type);
            if (cls == null) {
                throw GraphJsonException.at(
                        pointer + "/type",
                        "is not a node type (the types are " + String.join(", ", BUILT_IN.keySet()) + " and "
                                + CUSTOM_TYPE + ")",
                        json.get("type"));
            }
            node = (Node) RecordCodec.readRecord(json, cls, pointer, NODE_ENVELOPE);
        }
        if (!node.id().equals(id)) {
            throw GraphJsonException.at(
                    pointer + "/id",
                    "does not match the node's fields, which give the id `" + node.id() + "`",
                    json.get("id"));
        }
        return node;
    }

    private Node readCustom(JsonNode json, String pointer, String id, String summary) {
        for (String field : json.propertyNames()) {
            if (!NODE_ENVELOPE.contains(field) && !field.equals("customType") && !field.equals("fields")) {
                throw GraphJsonException.at(
                        pointer + "/" + field,
                        "is not a field of a custom node (its fields"
                                + " are type, id, summary, customType, fields, provenance)",
                        json.get(field));
            }
        }
        String customType = string(json, "customType", pointer);
        JsonNode fields = json.get("fields");
        if (fields == null || !fields.isObject()) {
            throw GraphJsonException.at(pointer + "/fields", "must be an object", fields);
        }
        Class<? extends Record> cls = customTypes.get(customType);
        if (cls != null) {
            return (Node) RecordCodec.readRecord(fields, cls, pointer + "/fields", List.of());
        }
        return new UnresolvedCustomNode(customType, id, summary, plainObject(fields));
    }

    private static @Nullable Object plain(JsonNode json) {
        if (json.isNull()) {
            return null;
        }
        if (json.isString()) {
            return json.stringValue();
        }
        if (json.isBoolean()) {
            return json.booleanValue();
        }
        if (json.isIntegralNumber()) {
            return json.canConvertToLong() ? (Object) json.longValue() : json.bigIntegerValue();
        }
        if (json.isNumber()) {
            return json.doubleValue();
        }
        if (json.isArray()) {
            List<Object> list = new ArrayList<>();
            json.forEach(e -> list.add(plain(e)));
            return Collections.unmodifiableList(list);
        }
        return plainObject(json);
    }

    // a JSON object as an unmodifiable map of plain values, in document order
    private static Map<String, Object> plainObject(JsonNode json) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : json.properties()) {
            map.put(e.getKey(), plain(e.getValue()));
        }
        return Collections.unmodifiableMap(map);
    }

    private static String string(JsonNode json, String field, String pointer) {
        JsonNode v = json.get(field);
        if (v == null || !v.isString()) {
            throw GraphJsonException.at(pointer + "/" + field, "must be a string", v);
        }
        return v.stringValue();
    }

    private static Map<String, Class<? extends Record>> builtInTypes() {
        Map<String, Class<? extends Record>> types = new LinkedHashMap<>();
        for (Class<?> c : Node.class.getPermittedSubclasses()) {
            if (c.isRecord()) {
                types.put(c.getSimpleName(), c.asSubclass(Record.class));
            }
        }
        return Collections.unmodifiableMap(types);
    }

    /** The JSON {@code type} names of the built-in node types, in graph order. */
    public static Set<String> builtInTypeNames() {
        return BUILT_IN.keySet();
    }
}
