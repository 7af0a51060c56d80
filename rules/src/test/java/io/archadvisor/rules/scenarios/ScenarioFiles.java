package io.archadvisor.rules.scenarios;

import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.testkit.NodeQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the scenario documents under {@code io/archadvisor/rules/scenarios/} and shared queries of the scenario tests. */
final class ScenarioFiles {

    private ScenarioFiles() {}

    /** The text of a scenario document, such as {@code fintech-pci.yaml}. */
    static String yaml(String file) {
        String resource = "/io/archadvisor/rules/scenarios/" + file;
        try (InputStream in = ScenarioFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No scenario document " + resource + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The guidance with this code. */
    static NodeQuery<Guidance> guidance(String code) {
        return NodeQuery.of(Guidance.class).where("code", code);
    }

    /** The status of one checklist item. */
    static CheckStatus status(RecommendationGraph graph, ChecklistItem item) {
        return graph.checklist().stream()
                .filter(r -> r.item() == item)
                .map(ChecklistResult::status)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no checklist result for " + item));
    }
}
