package io.archadvisor.samples.modules;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.render.Format;
import io.archadvisor.yaml.RequirementsReader;
import java.nio.file.Path;

/**
 * Run by {@link ModulePathTest} in a JVM of its own with the library on the module path: advises on a requirements
 * file and prints what a caller sees (which module served the API, node count, primary pattern, report length).
 */
public final class ModulePathProbe {

    private ModulePathProbe() {}

    /** Advises on {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        try (Advisor advisor = Advisor.builder().build()) {
            RecommendationGraph graph = advisor.advise(RequirementsReader.read(Path.of(args[0])));
            System.out.println("module=" + Advisor.class.getModule().getName());
            System.out.println("internalExported=" + Advisor.class.getModule().isExported("io.archadvisor.internal"));
            System.out.println("nodes=" + graph.nodes().size());
            System.out.println(
                    "primary=" + graph.primaryPattern().map(p -> p.summary()).orElse("none"));
            System.out.println("markdown=" + Format.MARKDOWN.render(graph).length());
        }
    }
}
