package io.archadvisor.render;

import io.archadvisor.graph.RecommendationGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture in every format against its golden file, reviewed by eye once and locked. To regenerate after a
 * deliberate change, see {@link Goldens}: {@code -Darchadvisor.updateGoldens=true}.
 */
class GoldenFilesTest {

    static List<Arguments> fixturesAndFormats() {
        List<Arguments> args = new ArrayList<>();
        for (Map.Entry<String, RecommendationGraph> e : new TreeMap<>(Fixtures.all()).entrySet()) {
            for (Format f : Format.values()) {
                args.add(Arguments.of(e.getKey(), f, e.getValue()));
            }
        }
        return args;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("fixturesAndFormats")
    void eachFixtureRendersExactlyAsItsGoldenFile(String fixture, Format format, RecommendationGraph graph) {
        // the build's version (SARIF tool.driver.version, report footers) is written as @VERSION@, so that a release
        // does not change the golden files
        String text = format.render(graph);
        if (format == Format.HTML) {
            text = withoutMermaidBundle(text);
        }
        Goldens.assertMatches(
                Goldens.goldenDir().resolve(fixture + "." + format.fileExtension()),
                text.replace('"' + ToolVersion.current() + '"', "\"@VERSION@\"")
                        .replace("archadvisor " + ToolVersion.current(), "archadvisor @VERSION@"));
    }

    /** The page with the inlined Mermaid script (3.5 MB, checked in the browser test) written as placeholders. */
    static String withoutMermaidBundle(String html) {
        MermaidParserTest.need(
                HtmlRenderer.mermaidBundled(),
                "This build has no Mermaid bundle for HTML reports; run"
                        + " `npm ci --prefix tools/mermaid-check` from the project root, then build again");
        HtmlRenderer.MermaidBundle bundle = HtmlRenderer.MermaidBundle.get().orElseThrow();
        return html.replace(bundle.script(), "@MERMAID-SCRIPT@")
                .replace(HtmlRenderer.hash(bundle.script()), "@MERMAID-SHA256@")
                .replace("Mermaid " + bundle.version(), "Mermaid @MERMAID-VERSION@");
    }
}
