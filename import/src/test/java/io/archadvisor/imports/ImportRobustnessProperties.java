package io.archadvisor.imports;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mangled versions of the real test files (deleted ranges, repeated lines, stray YAML indicators, aliases, document
 * markers, tabs) never crash an import: each is read, skipped with a note, or refused with a located error.
 */
class ImportRobustnessProperties {

    private static final List<String> FILES = List.of(
            "compose/nextcloud-redis-mariadb/compose.yaml",
            "compose/wasmedge-kafka-mysql/compose.yml",
            "kubernetes/guestbook/guestbook-all-in-one.yaml",
            "kubernetes/cassandra/cassandra-statefulset.yaml",
            "backstage/artist-engagement-portal/team-a-group.yaml",
            "terraform/example_plan.json",
            "openapi/petstore.yaml",
            "asyncapi/rpc-server-asyncapi.yml",
            "structurizr/amazon-web-services/workspace.dsl");
    private static final String[] NOISE = {
        "{",
        "}",
        "[",
        "]",
        ": ",
        "- ",
        "&a ",
        "*a",
        "\n---\n",
        "\t",
        "\"",
        "'",
        "<<: *a\n",
        "!!binary ",
        "${X}",
        "{{ .Values.x }}",
        "\u0000",
        "\n  - ",
        "null",
        "999999999999",
        "\"\\u0041\""
    };

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 0x5EEDL + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMangledRealFileIsReadSkippedOrRefusedNeverACrash(long seed) {
        Random random = new Random(seed);
        String name = FILES.get(random.nextInt(FILES.size()));
        String text = mangle(read(name), random);
        SourceFile file = SourceFile.of(name.substring(name.lastIndexOf('/') + 1), text);
        try {
            ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(file));
            i.toYaml();
        } catch (ImportException | io.archadvisor.model.RequirementsException expected) {
            // a located refusal
        } catch (RuntimeException | StackOverflowError e) {
            fail("seed " + seed + " (" + name + ") crashed the import: " + e, e);
        }
    }

    private static String read(String name) {
        try {
            return Files.readString(Path.of(Fixtures.ROOT + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mangle(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(40)));
                case 1 -> sb.insert(at, NOISE[random.nextInt(NOISE.length)]);
                case 2 -> {
                    int start = sb.lastIndexOf("\n", at) + 1;
                    int end = sb.indexOf("\n", at);
                    if (end > start) {
                        sb.insert(end + 1, sb.substring(start, end + 1));
                    }
                }
                default -> sb.replace(at, at + 1, String.valueOf((char) (' ' + random.nextInt(95))));
            }
        }
        return sb.toString();
    }
}
