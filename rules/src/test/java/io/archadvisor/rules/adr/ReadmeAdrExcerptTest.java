package io.archadvisor.rules.adr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's ADR excerpt is real: every line it shows is a line of the startup sample's golden record, in order. */
class ReadmeAdrExcerptTest {

    @Test
    void theReadmesAdrExcerptIsTakenFromTheGoldenRecordInOrder() throws Exception {
        Path base = Path.of(System.getProperty("basedir", "."));
        String readme = Files.readString(base.resolve("../README.md"), StandardCharsets.UTF_8);
        int heading = readme.indexOf("## Architecture Decision Records");
        assertTrue(heading >= 0, "the README has an ADR section");
        int start = readme.indexOf("```markdown\n", heading);
        assertTrue(start >= 0, "the ADR section shows a record");
        start += "```markdown\n".length();
        List<String> excerpt =
                List.of(readme.substring(start, readme.indexOf("```\n", start)).split("\n"));
        List<String> golden = List.of(Files.readString(
                        base.resolve(
                                "src/test/resources/io/archadvisor/rules/adr/golden/startup-mvp/0001-use-a-modular-monolith.md"),
                        StandardCharsets.UTF_8)
                .split("\n", -1));
        int at = 0;
        for (String line : excerpt) {
            if (line.equals("…")) {
                continue;
            }
            int found = -1;
            for (int i = at; i < golden.size(); i++) {
                if (golden.get(i).equals(line)) {
                    found = i;
                    break;
                }
            }
            assertTrue(found >= 0, "README line not in the golden record (or out of order): " + line);
            at = found + 1;
        }
    }
}
