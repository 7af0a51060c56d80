package io.archadvisor.samples.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.render.Format;
import io.archadvisor.yaml.RequirementsReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The library as a Java module user gets it: archadvisor-core and archadvisor-rules as named modules, Drools and the
 * rest of the runtime path as the modules they are, in a JVM of its own.
 */
class ModulePathTest {

    private static final Path SAMPLE = Path.of("src/main/resources/examples/order-platform.yaml");

    @Test
    void theLibraryAdvisesOnTheModulePathAsItDoesOnTheClassPath() throws Exception {
        String modulePath = Files.readString(Path.of("target/module-path.txt"), StandardCharsets.UTF_8)
                .strip();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                modulePath,
                "--add-modules",
                "io.archadvisor.rules",
                "-cp",
                Path.of("target/test-classes").toString(),
                ModulePathProbe.class.getName(),
                SAMPLE.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), output);
        assertEquals(0, process.exitValue(), output);

        RecommendationGraph expected;
        try (Advisor advisor = Advisor.builder().build()) {
            expected = advisor.advise(RequirementsReader.read(SAMPLE));
        }
        assertEquals(
                List.of(
                        "module=io.archadvisor.core",
                        "internalExported=false",
                        "nodes=" + expected.nodes().size(),
                        "primary=" + expected.primaryPattern().orElseThrow().summary(),
                        "markdown=" + Format.MARKDOWN.render(expected).length()),
                output.lines().filter(l -> l.contains("=")).toList(),
                output);
    }

    @Test
    void coreAndRulesAreNamedModulesWhoseDescriptorsExportOnlyTheApi() throws IOException {
        String modulePath = Files.readString(Path.of("target/module-path.txt"), StandardCharsets.UTF_8)
                .strip();
        var finder =
                java.lang.module.ModuleFinder.of(java.util.Arrays.stream(modulePath.split(java.io.File.pathSeparator))
                        .map(Path::of)
                        .toArray(Path[]::new));
        var core = finder.find("io.archadvisor.core").orElseThrow().descriptor();
        var rules = finder.find("io.archadvisor.rules").orElseThrow().descriptor();
        assertTrue(!core.isAutomatic() && !rules.isAutomatic(), core + " / " + rules);
        assertTrue(
                core.exports().stream().noneMatch(e -> e.source().startsWith("io.archadvisor.internal")),
                core.toString());
        assertTrue(core.exports().stream().anyMatch(e -> e.source().equals("io.archadvisor")), core.toString());
        assertTrue(
                rules.provides().stream().anyMatch(p -> p.service().equals("io.archadvisor.pack.RulePack")),
                rules.toString());
    }
}
