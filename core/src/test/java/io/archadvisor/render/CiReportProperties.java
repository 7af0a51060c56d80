package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random graphs, their names made of markup, control and unicode characters, in the reports CI systems read:
 * Surefire reads every JUnit report with the counts the graph implies, and every GitHub annotation is one line that the
 * runner's unescaping turns back into the text.
 */
class CiReportProperties {

    private static final long BASE_SEED = Long.getLong("archadvisor.seed", 20_261_204L);

    static Stream<Long> seeds() {
        return LongStream.range(0, 150).mapToObj(i -> BASE_SEED + i);
    }

    private static RecommendationGraph graph(long seed) {
        return RandomGraphs.graph(new Random(seed), 30);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void surefireReadsEveryJUnitReportWithTheCountsOfTheGraph(long seed) throws Exception {
        RecommendationGraph graph = graph(seed);
        String xml = Format.JUNIT.render(graph);
        List<JUnitRendererTest.Suite> suites;
        try {
            suites = JUnitRendererTest.surefire(xml);
            JUnitRendererTest.dom(xml);
        } catch (Exception | AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e + "\n" + xml, e);
        }
        long findings = graph.nodes().stream().filter(n -> n instanceof Finding).count();
        assertEquals(ChecklistItem.values().length, suites.get(0).tests(), () -> "seed " + seed);
        assertEquals(findings, suites.get(1).tests(), () -> "seed " + seed);
        assertEquals(findings - graph.waived().size(), suites.get(1).failures(), () -> "seed " + seed);
        for (int i = 0; i < findings; i++) {
            String name = suites.get(1).cases().get(i).getName();
            assertTrue(
                    graph.nodes().stream()
                            .filter(n -> n instanceof Finding)
                            .map(n -> (Finding) n)
                            .anyMatch(f ->
                                    readable(f.code() + " in " + f.subject()).equals(name)),
                    () -> "seed " + seed + ": a test case is named after its finding: " + name);
        }
    }

    /** The text as it reads back from the XML: characters XML cannot hold spelled as \\uXXXX, CR as LF. */
    private static String readable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || Character.isSurrogate(c)
                    || c == 0xFFFE
                    || c == 0xFFFF) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyGitHubAnnotationIsOneLineThatUnescapesToItsTextWithControlCharactersMadeInert(long seed) {
        RecommendationGraph graph = graph(seed).withSources(SarifLocationsTest.sources());
        String text = Format.GITHUB.render(graph);
        List<GitHubRendererTest.Command> commands = GitHubRendererTest.parse(text);
        long expected = graph.openFindings().size()
                + graph.checklist().stream()
                        .filter(c -> c.status() == CheckStatus.FAIL)
                        .count();
        assertEquals(expected, commands.size(), () -> "seed " + seed + ":\n" + text);
        int i = 0;
        for (Node n : graph.openFindings()) {
            Finding f = (Finding) n;
            assertEquals(
                    inert(f.code() + " in " + f.subject() + " (" + f.severity() + ")"),
                    commands.get(i++).properties().get("title"),
                    () -> "seed " + seed);
        }
    }

    /** The text as the runner shows it: line breaks round-trip, other control characters are U+FFFD. */
    private static String inert(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.chars()
                .forEach(c -> out.append(
                        (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || (c >= 0x7F && c <= 0x9F)
                                ? '\uFFFD'
                                : (char) c));
        return out.toString();
    }
}
