package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept under {@code src/test/resources/io/archadvisor/render/golden/}. A test compares
 * what it renders with the file. After a deliberate change of output, regenerate the files with
 * {@code mvn -o -q -pl core -am test -Dtest='GoldenFilesTest,GraphSchemaTest' -Darchadvisor.updateGoldens=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, review the diff by eye, and commit it.
 */
final class Goldens {

    /** The system property that rewrites golden files instead of comparing with them. */
    static final String UPDATE_PROPERTY = "archadvisor.updateGoldens";

    private Goldens() {}

    /** The module's directory: Maven's {@code basedir}, or the working directory. */
    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    static Path goldenDir() {
        return moduleDir().resolve("src/test/resources/io/archadvisor/render/golden");
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** Asserts that {@code actual} equals the file's content, or rewrites the file when updating. */
    static void assertMatches(Path file, String actual) {
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(
                    Files.exists(file),
                    () -> "Golden file " + file + " is missing; create it with -D" + UPDATE_PROPERTY
                            + "=true and review it.");
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(
                    expected,
                    actual,
                    () -> "Output differs from golden file " + file + ". If the change is" + " intended, rerun with -D"
                            + UPDATE_PROPERTY + "=true, review the diff and commit it.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
