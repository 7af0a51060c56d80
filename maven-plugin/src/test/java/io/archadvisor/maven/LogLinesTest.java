package io.archadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLinesTest {

    @Test
    void eachLineReachesTheLogOnceWithoutItsBreakAndALastPartialLineOnClose() {
        List<String> lines = new ArrayList<>();
        try (PrintStream out =
                new PrintStream(new LogLines(l -> lines.add(l.toString())), true, StandardCharsets.UTF_8)) {
            out.print("# Report\r\n\nchecklist · 8 pass\nlast");
        }
        assertEquals(List.of("# Report", "", "checklist · 8 pass", "last"), lines);
    }
}
