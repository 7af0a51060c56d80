package io.archadvisor.rules.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.adr.AdrRecord;
import io.archadvisor.adr.AdrRenderer;
import io.archadvisor.yaml.RequirementsReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records of the bundled samples against golden files under
 * {@code src/test/resources/io/archadvisor/rules/adr/golden/<sample>/}, reviewed by eye and locked. After a
 * deliberate change, regenerate them with {@code -Darchadvisor.updateGoldens=true}, review the diff and commit it
 * saying why.
 */
class SampleAdrGoldenTest {

    private static final Path GOLDEN =
            Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/io/archadvisor/rules/adr/golden");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"startup-mvp", "platform-60"})
    void eachBundledSampleGivesExactlyItsGoldenRecords(String sample) throws IOException {
        List<AdrRecord> records = AdrRenderer.standard()
                .withDate(SampleAdrs.DATE)
                .render(SampleAdrs.advisor()
                        .advise(RequirementsReader.read(SampleAdrs.EXAMPLES.resolve(sample + ".yaml"))));
        Map<String, String> actual = new TreeMap<>();
        for (AdrRecord r : records) {
            actual.put(r.fileName(), r.content());
            MadrCheck.check(r.fileName(), r.content());
        }
        Path dir = GOLDEN.resolve(sample);
        if (Boolean.getBoolean("archadvisor.updateGoldens")) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path p : old.toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : actual.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        assertTrue(
                Files.isDirectory(dir),
                "Golden records " + dir + " are missing; create them with"
                        + " -Darchadvisor.updateGoldens=true and review them.");
        Map<String, String> expected = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                expected.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertEquals(expected.keySet(), actual.keySet(), "the records of " + sample);
        for (String name : expected.keySet()) {
            assertEquals(
                    expected.get(name),
                    actual.get(name),
                    () -> name + " differs from its golden file. If the"
                            + " change is intended, rerun with -Darchadvisor.updateGoldens=true, review the diff and commit it.");
        }
    }
}
