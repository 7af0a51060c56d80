package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GitHub Actions workflow commands: one line per open finding and failed checklist item, read back with the
 * unescaping rules of the Actions runner ({@code %25}, {@code %0D}, {@code %0A} in messages; also {@code %3A} and
 * {@code %2C} in properties).
 */
class GitHubRendererTest {

    // the runner reads commands line by line, splitting at LF (and CR LF) only; other separators are text
    private static final Pattern COMMAND = Pattern.compile("::(error|warning|notice) ([^:]*)::(.*)", Pattern.DOTALL);

    /** A parsed command, unescaped the way the runner does it. */
    record Command(String level, Map<String, String> properties, String message) {}

    static List<Command> parse(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        assertTrue(text.endsWith("\n"), "every command ends its line");
        return java.util.Arrays.stream(text.substring(0, text.length() - 1).split("\n", -1))
                .map(line -> {
                    Matcher m = COMMAND.matcher(line);
                    assertTrue(m.matches(), () -> "not a workflow command: " + line);
                    Map<String, String> properties = new LinkedHashMap<>();
                    for (String p : m.group(2).split(",")) {
                        int eq = p.indexOf('=');
                        properties.put(p.substring(0, eq), unescapeProperty(p.substring(eq + 1)));
                    }
                    return new Command(m.group(1), properties, unescapeData(m.group(3)));
                })
                .toList();
    }

    private static String unescapeData(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    private static String unescapeProperty(String s) {
        return s.replace("%0D", "\r")
                .replace("%0A", "\n")
                .replace("%3A", ":")
                .replace("%2C", ",")
                .replace("%25", "%");
    }

    @Test
    void eachOpenFindingAndFailedChecklistItemIsOneAnnotation() {
        RecommendationGraph graph = Fixtures.ordersPlatform();
        List<Command> commands = parse(Format.GITHUB.render(graph));
        long findings = graph.openFindings().size();
        long failed = graph.checklist().stream()
                .filter(c -> c.status() == CheckStatus.FAIL)
                .count();
        assertEquals(findings + failed, commands.size());
        assertTrue(
                commands.stream().noneMatch(c -> c.properties().containsKey("file")),
                "a graph without locations names no file");
    }

    @Test
    void anAnnotationPointsAtTheFileLineAndColumnOfTheFactItRestsOn() {
        RecommendationGraph graph = Fixtures.ordersPlatform().withSources(SarifLocationsTest.sources());
        Command spof = parse(Format.GITHUB.render(graph)).stream()
                .filter(c -> c.properties().get("title").startsWith("AP-SINGLE-POINT-OF-FAILURE in"))
                .findFirst()
                .orElseThrow();
        assertEquals("error", spof.level());
        assertEquals(
                Map.of(
                        "file",
                        "requirements/system.yaml",
                        "line",
                        "8",
                        "col",
                        "23",
                        "title",
                        "AP-SINGLE-POINT-OF-FAILURE in PostgreSQL (HIGH)"),
                spof.properties());
        assertTrue(spof.message().startsWith("one PostgreSQL instance in one availability zone"), spof.message());
        assertTrue(spof.message().endsWith("(rule AP-SINGLE-POINT-OF-FAILURE)"), spof.message());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"CRITICAL, error", "HIGH, error", "MEDIUM, warning", "LOW, notice", "INFO, notice"})
    void severitiesMapToAnnotationLevels(Severity severity, String command) {
        GraphBuilder b = new GraphBuilder();
        b.add(new AntiPatternFinding("AP-S", "system", severity, "e", "r", null))
                .by("AP-S");
        assertEquals(command, parse(Format.GITHUB.render(b.build())).get(0).level());
    }

    @Test
    void percentSignsLineBreaksColonsAndCommasRoundTripThroughTheRunnersEscaping() {
        String hostile = "50% of a:b, c\r\nnext line ::error file=x::injected %0A";
        GraphBuilder b = new GraphBuilder();
        b.add(new AntiPatternFinding("AP-E", hostile, Severity.HIGH, hostile, "fix", null))
                .facts(GraphBuilder.fact("team.size", "4"))
                .by("AP-E");
        RecommendationGraph graph = b.build()
                .withSources(new io.archadvisor.model.SourceMap(
                        Map.of("team.size", new io.archadvisor.base.Location("dir, with: odd%name.yaml", 3, 9))));
        String text = Format.GITHUB.render(graph);
        assertEquals(1, parse(text).size(), "one line, whatever the text holds:\n" + text);
        Command c = parse(text).get(0);
        assertEquals("AP-E in " + hostile + " (HIGH)", c.properties().get("title"));
        assertEquals("dir, with: odd%name.yaml", c.properties().get("file"));
        assertTrue(c.message().startsWith(hostile), c.message());
    }

    @Test
    void controlCharactersNeverReachTheRunnersLog() {
        String hostile = "17\u001b[2J\u0007\u009b";
        GraphBuilder b = new GraphBuilder();
        b.add(new AntiPatternFinding("AP-E", "web", Severity.HIGH, hostile, "fix", null))
                .facts(GraphBuilder.fact("team.size", "4"))
                .by("AP-E");
        String text = Format.GITHUB.render(b.build());
        assertTrue(text.chars().noneMatch(ch -> (ch < 0x20 && ch != '\n') || (ch >= 0x7F && ch <= 0x9F)), text);
        assertTrue(text.contains("17\uFFFD[2J\uFFFD\uFFFD"), text);
    }

    @Test
    void waivedFindingsAreLeftOut() {
        RecommendationGraph graph = Fixtures.ordersPlatform();
        String text = Format.GITHUB.render(graph);
        for (String id : graph.waived().keySet()) {
            AntiPatternFinding f = (AntiPatternFinding) graph.node(id).orElseThrow();
            assertTrue(
                    parse(text).stream()
                            .noneMatch(c -> c.properties()
                                    .get("title")
                                    .equals(f.code() + " in " + f.subject() + " (" + f.severity() + ")")),
                    id);
        }
    }
}
