package io.archadvisor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.archadvisor.base.ArchAdvisorException;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.Version;
import io.archadvisor.graph.Waiver;
import io.archadvisor.model.SourceMap;
import io.archadvisor.render.Format;
import io.archadvisor.render.GraphJson;
import io.archadvisor.waiver.WaiverReader;
import io.archadvisor.yaml.PolicyReader;
import io.archadvisor.yaml.RequirementsReader;
import io.archadvisor.yaml.RequirementsWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's promise across the public API: every mistake a caller can make — in a file, a setting or a value built
 * in Java — is an {@link ArchAdvisorException} with a message a person can act on; only a null argument is a plain
 * NullPointerException.
 */
class TypedErrorsTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> mistakes() {
        Path missing = dir.resolve("missing.yaml");
        Path noFolder = dir.resolve("no-such-folder/system.yaml");
        return Stream.of(
                Arguments.of(
                        "a requirements file that does not exist", (Executable) () -> RequirementsReader.read(missing)),
                Arguments.of(
                        "requirements that are not YAML", (Executable) () -> RequirementsReader.read("a: [", "x.yaml")),
                Arguments.of("requirements written into a missing folder", (Executable) () ->
                        RequirementsWriter.write(RequirementsReader.read("team: {size: 5}\n", "x.yaml"), noFolder)),
                Arguments.of("a waivers file that does not exist", (Executable) () -> WaiverReader.read(missing)),
                Arguments.of("a waiver with a blank reason", (Executable) () -> Waiver.of("AP-X", " ", "team")),
                Arguments.of("a policy file that does not exist", (Executable) () -> PolicyReader.read(missing)),
                Arguments.of("a catalog file that does not exist", (Executable) () -> Catalogs.fromYaml(missing)),
                Arguments.of("a catalog that is not YAML", (Executable) () -> Catalogs.fromYaml("c.yaml", "a: [")),
                Arguments.of("a version that is not one", (Executable) () -> Version.parse("seventeen")),
                Arguments.of("a source map with a blank path", (Executable)
                        () -> new SourceMap(Map.of(" ", new io.archadvisor.base.Location("x.yaml", 1, 1)))),
                Arguments.of("an unknown output format", (Executable) () -> Format.parse("docx")),
                Arguments.of("graph JSON that is not a graph", (Executable)
                        () -> GraphJson.standard().read("{\"nodes\": 3}")),
                Arguments.of("a rule-firing limit of zero", (Executable)
                        () -> Advisor.builder().maxRuleFirings(0)),
                Arguments.of("a negative timeout", (Executable)
                        () -> Advisor.builder().timeout(Duration.ofSeconds(-1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void everyMistakeIsATypedErrorWithAMessage(String mistake, Executable call) {
        ArchAdvisorException e = assertThrows(ArchAdvisorException.class, call, mistake);
        assertFalse(e.getMessage() == null || e.getMessage().isBlank(), mistake);
    }
}
