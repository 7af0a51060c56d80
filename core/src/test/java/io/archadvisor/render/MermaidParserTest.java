package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.archadvisor.graph.Component;
import io.archadvisor.graph.ComponentKind;
import io.archadvisor.graph.Flow;
import io.archadvisor.graph.RecommendationGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs the real Mermaid parser (the {@code mermaid} npm package under Node.js, through
 * {@code tools/mermaid-check/check.mjs}) over the diagrams the renderers produce: every fixture, the diagram embedded in
 * each Markdown report, and seeded random graphs whose names are built from characters that are syntax in Mermaid,
 * HTML or Markdown. Each must parse, and the labels Mermaid displays must be the names as written.
 *
 * <p>Needs {@code node} on the path and the checker's packages: {@code npm ci --prefix tools/mermaid-check}. Without
 * them the tests are skipped, saying so; with {@code -Darchadvisor.requireMermaid=true}, or in CI, they fail instead.
 */
class MermaidParserTest {

    private static final String SETUP = "npm ci --prefix tools/mermaid-check";
    /** Set to {@code true} to fail rather than skip when Node.js or the mermaid package is missing. */
    static final String REQUIRE_PROPERTY = "archadvisor.requireMermaid";

    private static final int RANDOM_GRAPHS = 40;
    private static final long BASE_SEED = 20261126L;

    private static Path checker;
    private static Path workDir;

    @BeforeAll
    static void findChecker() throws IOException {
        Path root = Goldens.moduleDir().getParent();
        checker = root.resolve("tools/mermaid-check/check.mjs");
        workDir = Goldens.moduleDir().resolve("target/mermaid-check");
        Files.createDirectories(workDir);
    }

    private static void assumeMermaid() {
        need(Files.isRegularFile(checker), "The Mermaid checker script is missing at " + checker);
        need(
                Files.isDirectory(checker.getParent().resolve("node_modules/mermaid")),
                "The mermaid npm package is not installed; run `" + SETUP + "` from the project root to run this test");
        need(nodeWorks(), "Node.js (`node`) is not on the path; install Node.js 20+ and run `" + SETUP + "`");
    }

    /**
     * Skips the test when the condition fails, or fails it when {@value #REQUIRE_PROPERTY} is true or the build runs
     * in CI (environment variable {@code CI=true}), where the parser must be installed.
     */
    static void need(boolean condition, String message) {
        if (Boolean.getBoolean(REQUIRE_PROPERTY) || "true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(condition, message + " (in CI, or with -D" + REQUIRE_PROPERTY + "=true, this is a failure)");
        }
        assumeTrue(condition, message);
    }

    private static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Parses each diagram with Mermaid; the reports come back in the order given. */
    private static List<JsonNode> parse(Map<String, String> diagrams) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", checker.toString()));
        for (Map.Entry<String, String> d : diagrams.entrySet()) {
            Path file = workDir.resolve(d.getKey() + ".mmd");
            Files.writeString(file, d.getValue(), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the Mermaid checker did not finish in 180 s");
        JsonNode reports = Json.MAPPER.readTree(new String(out, StandardCharsets.UTF_8));
        List<JsonNode> list = new ArrayList<>();
        reports.forEach(list::add);
        assertEquals(diagrams.size(), list.size(), "one report per diagram");
        return list;
    }

    @Test
    void everyFixtureDiagramParsesAndShowsEachNameAsWritten() throws Exception {
        assumeMermaid();
        Map<String, RecommendationGraph> fixtures = new TreeMap<>(Fixtures.all());
        Map<String, String> diagrams = new LinkedHashMap<>();
        fixtures.forEach((name, g) ->
                diagrams.put("fixture-" + name, MermaidRenderer.standard().render(g)));
        List<JsonNode> reports = parse(diagrams);
        int i = 0;
        for (Map.Entry<String, RecommendationGraph> f : fixtures.entrySet()) {
            assertDisplaysGraph(f.getValue(), reports.get(i++), "fixture " + f.getKey());
        }
    }

    @Test
    void theDiagramEmbeddedInEachMarkdownReportParses() throws Exception {
        assumeMermaid();
        Map<String, String> diagrams = new LinkedHashMap<>();
        for (Map.Entry<String, RecommendationGraph> f : new TreeMap<>(Fixtures.all()).entrySet()) {
            String report = MarkdownRenderer.standard().render(f.getValue());
            int start = report.indexOf("```mermaid\n");
            if (start < 0) {
                continue;
            }
            int end = report.indexOf("\n```\n", start);
            String embedded = report.substring(start + "```mermaid\n".length(), end + 1);
            assertEquals(
                    MermaidRenderer.standard().render(f.getValue()),
                    embedded,
                    "the report embeds the same diagram as the Mermaid format");
            diagrams.put("markdown-" + f.getKey(), embedded);
        }
        assertFalse(diagrams.isEmpty(), "some fixture has a diagram");
        for (JsonNode r : parse(diagrams)) {
            assertTrue(r.get("ok").booleanValue(), () -> r.toString());
        }
    }

    @Test
    void randomGraphsWithHostileNamesParseAndShowEveryNameAsWritten() throws Exception {
        assumeMermaid();
        Map<String, String> diagrams = new LinkedHashMap<>();
        List<RecommendationGraph> graphs = new ArrayList<>();
        for (int i = 0; i < RANDOM_GRAPHS; i++) {
            long seed = BASE_SEED + i;
            RecommendationGraph g = randomGraph(new Random(seed));
            graphs.add(g);
            diagrams.put("random-" + seed, MermaidRenderer.standard().render(g));
        }
        List<JsonNode> reports = parse(diagrams);
        for (int i = 0; i < RANDOM_GRAPHS; i++) {
            long seed = BASE_SEED + i;
            assertDisplaysGraph(
                    graphs.get(i),
                    reports.get(i),
                    "random graph with seed " + seed + " (rebuild it with randomGraph(new Random(" + seed + "L)))");
        }
    }

    @Test
    void theCheckerRejectsBrokenDiagramsSoAPassMeansSomething() throws Exception {
        assumeMermaid();
        Map<String, String> diagrams = new LinkedHashMap<>();
        diagrams.put("broken-unclosed", "flowchart LR\n  a[\"unclosed --> b\n");
        diagrams.put("broken-keyword-id", "flowchart LR\n  end --> b\n");
        for (JsonNode r : parse(diagrams)) {
            assertFalse(r.get("ok").booleanValue(), () -> "expected a parse error: " + r);
        }
    }

    @Test
    void unescapedLabelsAreMangledSoTheLabelCheckMeansSomething() throws Exception {
        assumeMermaid();
        Map<String, String> diagrams = new LinkedHashMap<>();
        diagrams.put("naive-quotes", "flowchart LR\n  a[\"Orders \"v2\"\"] --> b[\"B\"]\n");
        diagrams.put("naive-direction", "flowchart LR\n  a[\"x direction TB\"] --> b[\"B\"]\n");
        List<JsonNode> reports = parse(diagrams);
        List<String> first = new ArrayList<>();
        reports.get(0).get("vertices").forEach(v -> first.add(v.get("text").stringValue()));
        assertFalse(first.contains("Orders \"v2\""), () -> "raw quotes should not survive: " + first);
        List<String> second = new ArrayList<>();
        reports.get(1).get("vertices").forEach(v -> second.add(v.get("text").stringValue()));
        assertFalse(second.contains("x direction TB"), () -> "Mermaid drops a line with direction TB: " + second);
    }

    private static void assertDisplaysGraph(RecommendationGraph g, JsonNode report, String what) {
        assertTrue(
                report.get("ok").booleanValue(),
                () -> what + " does not parse: " + report.get("error") + "\n"
                        + MermaidRenderer.standard().render(g));
        List<Component> components = g.nodes(Component.class);
        List<Flow> flows = g.nodes(Flow.class);
        if (components.isEmpty() && flows.isEmpty()) {
            assertEquals(1, report.get("vertices").size(), what + ": the empty diagram has one box");
            return;
        }
        Set<String> expectedNames = new HashSet<>();
        components.forEach(c -> expectedNames.add(shown(c.name())));
        flows.forEach(f -> {
            expectedNames.add(shown(f.from()));
            expectedNames.add(shown(f.to()));
        });
        Map<String, String> textById = new LinkedHashMap<>();
        report.get("vertices")
                .forEach(v ->
                        textById.put(v.get("id").stringValue(), v.get("text").stringValue()));
        assertEquals(expectedNames, new HashSet<>(textById.values()), what + ": box labels");
        assertEquals(expectedNames.size(), textById.size(), what + ": one box per name");

        List<String> expectedEdges = new ArrayList<>();
        flows.forEach(f -> expectedEdges.add(shown(f.from()) + " -> " + shown(f.to()) + " : " + shown(f.label())
                + (f.async() ? " (dotted)" : " (normal)")));
        List<String> actualEdges = new ArrayList<>();
        report.get("edges")
                .forEach(e -> actualEdges.add(textById.get(e.get("from").stringValue()) + " -> "
                        + textById.get(e.get("to").stringValue()) + " : "
                        + e.get("text").stringValue()
                        + " (" + e.get("stroke").stringValue() + ")"));
        expectedEdges.sort(null);
        actualEdges.sort(null);
        assertEquals(expectedEdges, actualEdges, what + ": arrows");
    }

    /** What Mermaid shows for a name: on one line, without surrounding spaces. */
    private static String shown(String name) {
        return MarkdownText.oneLine(name).strip();
    }

    private static final String POOL = "abcXYZ019 _-.,;:!?\"'`#%&|<>()[]{}/\\*+=~^$@\n\t\r" + "éßø日本語🚀≥—\u00a0\u200b";
    private static final List<String> WORDS = List.of(
            "end",
            "subgraph",
            "graph",
            "style",
            "click",
            "class",
            "classDef",
            "linkStyle",
            "-->",
            "---",
            "-.->",
            "==>",
            ":::",
            "%%",
            "%%{init: {}}%%",
            "#quot;",
            "#35;",
            "&amp;",
            "<br>",
            "<br/>",
            "fa:fa-ban",
            "$$",
            "```",
            "\"",
            "[[",
            "]]",
            "((",
            "))",
            "{{",
            "}}",
            "[/",
            "/]",
            "[(",
            ")]",
            ">",
            "|",
            "A-->B",
            "direction TB",
            "accTitle: x",
            "&",
            "\\n");

    /** A graph of 1 to 8 components with names made of syntax, and flows between them (and to unknown names). */
    static RecommendationGraph randomGraph(Random random) {
        GraphBuilder b = new GraphBuilder();
        int n = 1 + random.nextInt(8);
        List<String> names = new ArrayList<>();
        while (names.size() < n) {
            String name = randomName(random);
            if (!shown(name).isEmpty() && names.stream().noneMatch(x -> shown(x).equals(shown(name)))) {
                names.add(name);
            }
        }
        ComponentKind[] kinds = ComponentKind.values();
        for (String name : names) {
            b.add(new Component(name, kinds[random.nextInt(kinds.length)], randomName(random)))
                    .by("ARCH-RANDOM");
        }
        int flows = random.nextInt(2 * n + 1);
        Set<String> flowIds = new HashSet<>();
        for (int i = 0; i < flows; i++) {
            String from = names.get(random.nextInt(n));
            String to = random.nextInt(6) == 0 ? "ext " + randomName(random) : names.get(random.nextInt(n));
            if (shown(to).isEmpty() || names.stream().anyMatch(x -> !x.equals(to) && shown(x).equals(shown(to)))) {
                continue;
            }
            Flow f = new Flow(from, to, randomName(random), random.nextBoolean());
            if (flowIds.add(f.id())) {
                b.add(f).by("ARCH-RANDOM");
            }
        }
        return b.build();
    }

    private static String randomName(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            if (random.nextBoolean()) {
                sb.append(WORDS.get(random.nextInt(WORDS.size())));
            } else {
                int len = 1 + random.nextInt(6);
                for (int j = 0; j < len; j++) {
                    sb.appendCodePoint(POOL.codePointAt(
                            POOL.offsetByCodePoints(0, random.nextInt(POOL.codePointCount(0, POOL.length())))));
                }
            }
            if (random.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
