package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.graph.CustomNode;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class GraphJsonTest {

    private static final GraphJson WITH_COST = GraphJson.standard().withCustomTypes(CostEstimate.class);

    static Stream<Arguments> fixtures() {
        return new TreeMap<>(Fixtures.all()).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureReadsBackEqualWhenItsCustomTypeIsRegistered(String name, RecommendationGraph graph) {
        assertEquals(graph, WITH_COST.read(WITH_COST.write(graph)));
    }

    @Test
    void anUnregisteredCustomNodeReadsBackAsAnUnresolvedNodeThatRendersTheSame() {
        RecommendationGraph original = Fixtures.ordersPlatform();
        String json = GraphJson.standard().write(original);
        RecommendationGraph read = GraphJson.standard().read(json);

        assertNotEquals(original, read, "the custom node is not its original class");
        UnresolvedCustomNode cost = assertInstanceOf(
                UnresolvedCustomNode.class, read.nodes(CustomNode.class).get(0));
        assertEquals("io.archadvisor.render.CostEstimate", cost.customType());
        assertEquals("cost:baseline", cost.id());
        assertEquals("about $1450 a month: RDS Multi-AZ db.m7g.large, EKS cluster, SQS, CDN", cost.summary());
        assertEquals(
                Map.of(
                        "code",
                        "baseline",
                        "monthlyUsd",
                        1450L,
                        "drivers",
                        List.of("RDS Multi-AZ db.m7g.large", "EKS cluster", "SQS", "CDN")),
                cost.fields());
        assertEquals(
                original.provenance().get("cost:baseline"), read.provenance().get("cost:baseline"));

        List<Node> builtIn = new ArrayList<>(original.nodes());
        builtIn.removeIf(n -> n instanceof CustomNode);
        List<Node> readBuiltIn = new ArrayList<>(read.nodes());
        readBuiltIn.removeIf(n -> n instanceof CustomNode);
        assertEquals(builtIn, readBuiltIn, "every built-in node reads back equal");
        assertEquals(json, GraphJson.standard().write(read), "and the graph writes the same JSON again");
        assertEquals(
                MarkdownRenderer.standard().render(original),
                MarkdownRenderer.standard().render(read));
    }

    @Test
    void fieldsComeInAStableOrderTypeIdSummaryRecordFieldsProvenance() {
        JsonNode root = Json.MAPPER.readTree(GraphJson.standard().write(Fixtures.backOffice()));
        assertEquals(
                List.of("format", "formatVersion", "nodes", "edges", "firedRules", "waivers", "waived"), names(root));
        JsonNode signal = root.get("nodes").get(1);
        assertEquals(
                List.of("type", "id", "summary", "pattern", "stance", "criterion", "weight", "rationale", "provenance"),
                names(signal));
        assertEquals(List.of("ruleId", "facts", "derivedFrom"), names(signal.get("provenance")));
        assertEquals(List.of("from", "to", "type"), names(root.get("edges").get(0)));
        assertEquals("PatternSignal", signal.get("type").stringValue());
        assertEquals(3, signal.get("weight").intValue());
        assertEquals(
                "team.size",
                signal.get("provenance").get("facts").get(0).get("path").stringValue());
    }

    @Test
    void unknownValuesAreWrittenAsNullNotLeftOut() {
        JsonNode root = Json.MAPPER.readTree(GraphJson.standard().write(Fixtures.ordersPlatform()));
        JsonNode cache = null;
        for (JsonNode n : root.get("nodes")) {
            if (n.get("id").stringValue().equals("technology:cache")) {
                cache = n;
            }
        }
        assertTrue(cache.has("version") && cache.get("version").isNull());
        JsonNode question = root.get("nodes").findValue("facts");
        assertTrue(question.isArray());
    }

    @Test
    void theSameGraphAlwaysGivesTheSameText() {
        assertEquals(
                GraphJson.standard().write(Fixtures.ordersPlatform()),
                GraphJson.standard().write(Fixtures.ordersPlatform()));
        String json = GraphJson.standard().write(Fixtures.backOffice());
        assertTrue(json.endsWith("}\n") && !json.contains("\r"), "LF line ends and a final newline");
        assertTrue(json.contains("\"derivedFrom\": []"), "empty arrays are written as []");
    }

    @Test
    void aReaderWorksLikeAString() throws IOException {
        String json = WITH_COST.write(Fixtures.ordersPlatform());
        assertEquals(Fixtures.ordersPlatform(), WITH_COST.read(new StringReader(json)));
    }

    static Stream<Arguments> brokenDocuments() {
        String good = GraphJson.standard().write(Fixtures.backOffice());
        return Stream.of(
                Arguments.of("not JSON", "{\"format\": ", "", "not well-formed JSON"),
                Arguments.of("an array", "[]", "", "must be an object"),
                Arguments.of(
                        "another format",
                        good.replace("archadvisor-graph", "other"),
                        "/format",
                        "must be \"archadvisor-graph\""),
                Arguments.of(
                        "a newer version",
                        good.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
                        "/formatVersion",
                        "must be 1"),
                Arguments.of(
                        "an unknown top-level field",
                        good.replace("\"edges\":", "\"extra\": 1, \"edges\":"),
                        "/extra",
                        "is not a graph field"),
                Arguments.of(
                        "an unknown node type",
                        good.replace("\"type\": \"PatternSignal\"", "\"type\": \"Hazard\""),
                        "/nodes/0/type",
                        "is not a node type (the types are PatternSignal, PatternAssessment"),
                Arguments.of(
                        "a missing field",
                        good.replace("\"criterion\": \"team-under-20\",", ""),
                        "/nodes/1/criterion",
                        "is missing"),
                Arguments.of(
                        "an unknown field",
                        good.replace(
                                "\"criterion\": \"team-under-20\",",
                                "\"criterion\": \"team-under-20\", \"colour\": \"red\","),
                        "/nodes/1/colour",
                        "is not a field of PatternSignal (its fields: pattern, stance, criterion, weight, rationale)"),
                Arguments.of(
                        "a string for a number",
                        good.replace("\"weight\": 3,", "\"weight\": \"3\","),
                        "/nodes/0/weight",
                        "must be a whole number, got \"3\""),
                Arguments.of(
                        "an unknown enum constant",
                        good.replace("\"stance\": \"BEST_FOR\"", "\"stance\": \"MAYBE\""),
                        "/nodes/1/stance",
                        "must be one of BEST_FOR, AVOID_WHEN"),
                Arguments.of(
                        "a value the record rejects",
                        good.replace("\"weight\": 3,", "\"weight\": 11,"),
                        "/nodes/0",
                        "is not a valid PatternSignal: weight must be 0 to 10, got 11"),
                Arguments.of(
                        "an id that does not match the fields",
                        good.replace(
                                "\"id\": \"signal:MODULAR_MONOLITH:BEST_FOR:team-under-20\"",
                                "\"id\": \"signal:forged\""),
                        "/nodes/1/id",
                        "does not match the node's fields"),
                Arguments.of(
                        "a node without provenance",
                        good.replaceFirst("(?s),\\s*\"provenance\": \\{.*?\"derivedFrom\": \\[\\]\\s*}", ""),
                        "/nodes/0/provenance",
                        "is missing"),
                Arguments.of(
                        "an edge to a missing node",
                        good.replace(
                                "\"to\": \"signal:MODULAR_MONOLITH:BEST_FOR:team-under-20\"",
                                "\"to\": \"signal:gone\""),
                        "/edges/",
                        "refers to node `signal:gone`"),
                Arguments.of(
                        "a duplicate key",
                        good.replace("\"weight\": 3,", "\"weight\": 3, \"weight\": 3,"),
                        "",
                        "Duplicate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void brokenJsonIsRejectedWithThePlaceAndTheProblem(String what, String json, String pointer, String message) {
        GraphJsonException e = assertThrows(
                GraphJsonException.class, () -> GraphJson.standard().read(json));
        assertTrue(e.getMessage().contains(message), () -> "message: " + e.getMessage());
        assertTrue(e.pointer().startsWith(pointer), () -> "pointer: " + e.pointer());
        if (!pointer.isEmpty()) {
            assertTrue(e.getMessage().contains("`" + e.pointer() + "`"), () -> "names the place: " + e.getMessage());
        }
    }

    @Test
    void twoNodesWithOneIdAreRejected() {
        String json = GraphJson.standard().write(Fixtures.backOffice());
        JsonNode root = Json.MAPPER.readTree(json);
        tools.jackson.databind.node.ArrayNode nodes = (tools.jackson.databind.node.ArrayNode) root.get("nodes");
        nodes.add(nodes.get(0).deepCopy());
        GraphJsonException e = assertThrows(
                GraphJsonException.class, () -> GraphJson.standard().read(root.toString()));
        assertTrue(e.getMessage().contains("repeats the id of /nodes/0"), e.getMessage());
    }

    @Test
    void onlyRecordsCanBeRegisteredAsCustomTypes() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class, () -> GraphJson.standard().withCustomTypes(NotARecord.class));
        assertTrue(e.getMessage().contains(NotARecord.class.getName())
                && e.getMessage().contains("not a record"));
    }

    @Test
    void theSchemaIsOnTheClasspath() {
        assertTrue(GraphJson.schema().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    /** A custom node that is not a record. */
    static final class NotARecord implements CustomNode {
        @Override
        public String id() {
            return "x";
        }

        @Override
        public String summary() {
            return "x";
        }
    }
}
