package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.archadvisor.base.Problem;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link RequirementsReader}: whatever the bytes, reading either returns requirements that survive a
 * write/read round trip, or throws a {@link RequirementsException} whose every problem has a location. Any other
 * exception (a parser error leaking through, a NullPointerException, a StackOverflowError) is a finding.
 *
 * <p>In the normal build this replays the seed corpus in {@code RequirementsReaderFuzzTestInputs} (the samples and
 * every input a past run found). A fuzzing run is
 * {@code JAZZER_FUZZ=1 mvn -pl core -am test -Dtest=RequirementsReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m};
 * see docs/yaml-format.md.
 */
class RequirementsReaderFuzzTest {

    private static final String SOURCE = "fuzz.yaml";

    // libFuzzer dictionary syntax: only \\, \" and \xNN escapes
    @DictionaryEntries({
        "system:",
        "scale:",
        "team:",
        "budget:",
        "timeline:",
        "existing:",
        "nfrs:",
        "deployment:",
        "workload:",
        "domain:",
        "dataAccess:",
        "security:",
        "observability:",
        "proposal:",
        "services:",
        "calls:",
        "datastores:",
        "technologies:",
        "decisions:",
        "name:",
        "version:",
        "size:",
        "instances:",
        "availabilityPercent:",
        "compliance:",
        "mode: sync",
        "to:",
        "kind:",
        "style:",
        "stage:",
        "clarity:",
        "pci-dss",
        "modular-monolith",
        "key-value",
        "on-prem",
        "true",
        "false",
        "null",
        "~",
        ".inf",
        ".nan",
        "0x",
        "0o",
        "1e9",
        "9223372036854775808",
        "2147483648",
        "&a ",
        "*a",
        "!!int ",
        "!!str ",
        "!!binary ",
        "!tag ",
        "<<: ",
        "? ",
        ": ",
        "- ",
        "---\\x0A",
        "...\\x0A",
        "[",
        "]",
        "{",
        "}",
        ", ",
        "\\\"",
        "'",
        "|\\x0A",
        ">-\\x0A",
        "#",
        "%YAML 1.2\\x0A",
        "%TAG ! tag:x,2000:\\x0A",
        "\\x09",
        "\\x0A  ",
        "\\xEF\\xBB\\xBF",
        "\\x00",
        "\\xC3("
    })
    @FuzzTest(maxDuration = "2m")
    void readingNeverFailsWithAnythingButALocatedRequirementsException(byte[] input) {
        check(() -> RequirementsReader.read(new String(input, StandardCharsets.UTF_8), SOURCE));
        check(() -> RequirementsReader.read(new ByteArrayInputStream(input), SOURCE));
    }

    private static void check(java.util.function.Supplier<Requirements> read) {
        Requirements requirements;
        try {
            requirements = read.get();
        } catch (RequirementsException e) {
            assertFalse(e.problems().isEmpty(), "a RequirementsException without problems");
            for (Problem p : e.problems()) {
                assertNotNull(p.location(), () -> "a problem without a location: " + p.message());
                assertEquals(SOURCE, p.location().source(), () -> "a problem located elsewhere: " + p.message());
            }
            return;
        }
        assertNotNull(requirements);
        String written = RequirementsWriter.write(requirements);
        assertEquals(
                requirements, RequirementsReader.read(written, "rewritten.yaml"), () -> "round trip of:\n" + written);
    }
}
