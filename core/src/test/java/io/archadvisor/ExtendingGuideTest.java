package io.archadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the tables of docs/extending.md in sync with the code. When a fact, node, enum or phase changes, run
 * {@code mvn -pl core test -Dtest=ExtendingGuideTest -Darchadvisor.docs.update=true} to regenerate them.
 */
class ExtendingGuideTest {

    static final Path GUIDE = Path.of("..", "docs", "extending.md");
    static final Pattern SECTION =
            Pattern.compile("(<!-- generated:(\\w+) -->\\n)(.*?)(<!-- /generated:\\2 -->)", Pattern.DOTALL);

    static final Map<String, String> TABLES = Map.of(
            "facts", GuideTables.facts(),
            "nodes", GuideTables.nodes(),
            "enums", GuideTables.enums(),
            "phases", GuideTables.phases());

    @Test
    void theGeneratedTablesOfTheExtensionGuideMatchTheCode() throws IOException {
        String text = Files.readString(GUIDE, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        Matcher m = SECTION.matcher(text);
        int found = 0;
        while (m.find()) {
            String table = TABLES.get(m.group(2));
            assertTrue(table != null, "unknown generated section " + m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table + m.group(4)));
            found++;
        }
        m.appendTail(out);
        assertEquals(TABLES.size(), found, "docs/extending.md must hold every generated section: " + TABLES.keySet());
        if (Boolean.getBoolean("archadvisor.docs.update")) {
            Files.writeString(GUIDE, out.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(
                out.toString(),
                text,
                "The tables of docs/extending.md are out of date; regenerate them with"
                        + " mvn -pl core test -Dtest=ExtendingGuideTest -Darchadvisor.docs.update=true");
    }
}
