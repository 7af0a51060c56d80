package io.archadvisor.rules.reliability;

import io.archadvisor.model.Requirements;
import io.archadvisor.yaml.RequirementsReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Varied requirements for the whole-engine reliability tests: every document of the rule cases, the bundled examples
 * (when the samples module is next to this one), the scenarios, and seeded generated requirements.
 */
public final class Inputs {

    /** Whether the long runs are asked for: {@code -Darchadvisor.long=true}, or {@code mvn -Preliability}. */
    static final boolean LONG = Boolean.getBoolean("archadvisor.long");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private Inputs() {}

    /** {@code normal} in the normal build, {@code longRun} in the long one. */
    public static int scaled(int normal, int longRun) {
        return LONG ? longRun : normal;
    }

    /** The distinct requirement documents of the rule cases, the examples and the scenarios, then generated ones. */
    public static List<Requirements> varied(int generated) {
        List<Requirements> out = new ArrayList<>();
        for (String yaml : caseDocuments()) {
            Requirements r = RequirementsReader.fragments().parse(yaml, "case");
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        Path examples = Path.of("../samples/src/main/resources/examples");
        for (Path dir : List.of(examples, resource("io/archadvisor/rules/scenarios"))) {
            if (Files.isDirectory(dir)) {
                for (Path file : yamlFiles(dir)) {
                    out.add(RequirementsReader.fragments().parse(file));
                }
            }
        }
        for (int i = 0; i < generated; i++) {
            out.add(RequirementsGenerator.generate(RequirementsGenerator.BASE_SEED + i));
        }
        return List.copyOf(out);
    }

    private static List<String> caseDocuments() {
        List<String> docs = new ArrayList<>();
        for (Path file : yamlFiles(resource("io/archadvisor/rules/cases"))) {
            JsonNode root = YAML.readTree(file.toFile());
            for (JsonNode entry : root) {
                for (String key : List.of("fires", "silent")) {
                    for (JsonNode doc : entry.path(key)) {
                        docs.add(YAML.writeValueAsString(doc).replaceFirst("^---\\s*\n", ""));
                    }
                }
            }
        }
        return docs;
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(Inputs.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
