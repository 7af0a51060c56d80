package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.Severity;
import io.archadvisor.render.Format;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutputTargetTest {

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyFormatIsAcceptedByItsIdAndItsExtension(Format format) {
        assertEquals(new OutputTarget(format, "out/a"), OutputTarget.parse(format.id() + "=out/a"));
        assertEquals(new OutputTarget(format, "-"), OutputTarget.parse(format.fileExtension()));
    }

    @Test
    void theNamePlaceholderGivesOneFilePerInput() {
        OutputTarget t = OutputTarget.parse("sarif=build/{name}.sarif");
        assertTrue(t.perInput());
        assertEquals(Path.of("build/shop.sarif"), t.file("shop"));
        assertFalse(OutputTarget.parse("json=-").perInput());
    }

    @Test
    void anEmptyPathIsRefused() {
        CliException e = assertThrows(CliException.class, () -> OutputTarget.parse("json="));
        assertTrue(e.getMessage().contains("json=- for standard output"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Severity.class)
    void eachLevelFailsOnItsSeverityAndAboveAndNoneOnNothing(Severity severity) {
        for (FailLevel level : FailLevel.values()) {
            boolean expected = level != FailLevel.NONE && severity.compareTo(Severity.valueOf(level.name())) >= 0;
            assertEquals(expected, level.fails(severity), level + " on " + severity);
        }
    }

    @Test
    void exitCodesCombineWithUsageFirstThenEvaluationThenFindings() {
        assertEquals(ExitCode.USAGE, ExitCode.worst(ExitCode.EVALUATION, ExitCode.USAGE));
        assertEquals(ExitCode.EVALUATION, ExitCode.worst(ExitCode.FINDINGS, ExitCode.EVALUATION));
        assertEquals(ExitCode.FINDINGS, ExitCode.worst(ExitCode.OK, ExitCode.FINDINGS));
        assertEquals(ExitCode.OK, ExitCode.worst(ExitCode.OK, ExitCode.OK));
    }
}
