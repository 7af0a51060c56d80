package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.archadvisor.graph.RecommendationGraph;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generative checks of the graph JSON over seeded random graphs (every node type, text full of syntax, control and
 * unicode characters, random edges): the JSON reads back to an equal graph, passes the schema, and writes again to
 * the same text. A failing case names its seed; rebuild it with {@code RandomGraphs.graph(new Random(seed), 30)}.
 */
class GraphJsonProperties {

    private static final long BASE_SEED = 6_2026_11_26L;
    private static final JsonSchema SCHEMA = GraphSchemaTest.graphSchema();
    private static final GraphJson JSON = GraphJson.standard().withCustomTypes(CostEstimate.class);

    static LongStream seeds() {
        return LongStream.range(BASE_SEED, BASE_SEED + 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyGraphReadsBackEqualFromItsJson(long seed) {
        RecommendationGraph g = RandomGraphs.graph(new Random(seed), 30);
        String json = JSON.write(g);
        assertEquals(g, JSON.read(json), () -> "seed " + seed + ":\n" + json);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyGraphsJsonPassesTheSchema(long seed) {
        String json = JSON.write(RandomGraphs.graph(new Random(seed), 30));
        Set<ValidationMessage> errors = SCHEMA.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "seed " + seed + ": " + errors + "\n" + json);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void unregisteredCustomNodesWriteBackTheSameJson(long seed) {
        String json = GraphJson.standard().write(RandomGraphs.graph(new Random(seed), 30));
        assertEquals(json, GraphJson.standard().write(GraphJson.standard().read(json)), () -> "seed " + seed);
    }
}
