package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.RecommendationGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report as text: one file that loads nothing, runs only its own scripts, links every section from its table
 * of contents, and shows every text of the graph as text. {@link HtmlReportBrowserTest} opens it in a browser.
 */
class HtmlRendererTest {

    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    static Stream<Arguments> fixtures() {
        return new TreeMap<>(Fixtures.all()).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static List<String> scripts(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = SCRIPT.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void thePageLoadsNothingFromAnywhere(String name, RecommendationGraph graph) {
        String html = Format.HTML.render(graph);
        String outsideScripts = SCRIPT.matcher(html).replaceAll("<script></script>");
        assertFalse(outsideScripts.contains(" src="), "no element loads a file");
        assertFalse(outsideScripts.contains("<link"), "no stylesheet or preload link");
        assertFalse(
                outsideScripts.contains("<iframe")
                        || outsideScripts.contains("<object")
                        || outsideScripts.contains("<embed")
                        || outsideScripts.contains("<img"),
                "no embedded content");
        assertFalse(outsideScripts.contains("url(") || outsideScripts.contains("@import"), "no style fetches");
        assertTrue(
                html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"),
                "and the browser is told to fetch nothing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void onlyThePagesOwnScriptsRunAndTheBrowserChecksThemByHash(String name, RecommendationGraph graph) {
        MermaidParserTest.need(
                HtmlRenderer.mermaidBundled(),
                "This build has no Mermaid bundle; run `npm ci --prefix"
                        + " tools/mermaid-check` from the project root, then build again");
        String html = Format.HTML.render(graph);
        List<String> scripts = scripts(html);
        boolean diagram = !graph.nodes(io.archadvisor.graph.Component.class).isEmpty();
        assertEquals(diagram ? 2 : 0, scripts.size(), "Mermaid and its start-up, only when there is a diagram");
        assertEquals(scripts.size(), html.split("<script", -1).length - 1, "no other script element");
        String csp = html.substring(
                html.indexOf("Content-Security-Policy"), html.indexOf("\">", html.indexOf("Content-Security-Policy")));
        for (String s : scripts) {
            assertTrue(csp.contains("'" + HtmlRenderer.hash(s) + "'"), "the policy names the script's hash");
        }
        assertTrue(diagram == csp.contains("script-src 'sha256-"), csp);
        assertTrue(diagram || csp.contains("script-src 'none'"), csp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everySectionIsInTheTableOfContentsAndEveryLinkHasItsTarget(String name, RecommendationGraph graph) {
        String html = Format.HTML.render(graph);
        String md = Format.MARKDOWN.render(graph);
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        List<String> sections = md.lines()
                .filter(l -> l.startsWith("## "))
                .map(l -> l.substring(3))
                .toList();
        Matcher links =
                Pattern.compile("<li><a href=\"#([^\"]+)\">([^<]*)</a></li>").matcher(nav);
        List<String> listed = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Matcher idMatcher = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        while (idMatcher.find()) {
            assertTrue(ids.add(idMatcher.group(1)), "ids are unique: " + idMatcher.group(1));
        }
        while (links.find()) {
            listed.add(links.group(2));
            assertTrue(ids.contains(links.group(1)), "the link #" + links.group(1) + " has a target");
        }
        assertEquals(sections.size(), listed.size(), () -> "sections " + sections + ", listed " + listed);
        assertFalse(listed.isEmpty());
    }

    @Test
    void hostileTextStaysTextAndMakesNoMarkup() {
        String html = Format.HTML.render(Fixtures.hostile());
        String withoutScripts = SCRIPT.matcher(html).replaceAll("");
        assertFalse(withoutScripts.contains("<script"), "a name such as <script> is escaped");
        assertFalse(withoutScripts.contains("<b>bold"), "raw HTML in names is escaped");
        assertFalse(withoutScripts.contains("href=\"javascript"), "no javascript: link");
        assertTrue(withoutScripts.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "and shown as written");
        assertFalse(withoutScripts.contains("<a href=\"x.png") || withoutScripts.contains("<img"));
    }

    @Test
    void withoutTheMermaidBundleThePageShowsTheDiagramSourceAndSaysWhy() throws Exception {
        StringBuilder sb = new StringBuilder();
        HtmlRenderer.standard().render(Fixtures.ordersPlatform(), sb, java.util.Optional.empty());
        String html = sb.toString();
        assertEquals(List.of(), scripts(html), "no script at all");
        assertTrue(html.contains("script-src 'none'"));
        assertTrue(
                html.contains("<pre class=\"mermaid-source\" role=\"img\" aria-label=\"Architecture diagram\">"
                        + "flowchart LR\n"),
                "the diagram's source is shown");
        assertTrue(html.contains("built without the Mermaid script"), "and the page says why");
        assertFalse(html.contains("diagram drawn by Mermaid"));
    }

    @Test
    void theSameGraphGivesTheSameBytesAndATitleNamesThePage() {
        RecommendationGraph g = Fixtures.ordersPlatform();
        assertEquals(Format.HTML.render(g), Format.HTML.render(g));
        String titled = HtmlRenderer.standard().withTitle("Orders <platform>").render(g);
        assertTrue(titled.contains("<title>Orders &lt;platform&gt;</title>"), titled.substring(0, 2000));
        assertTrue(titled.contains("<h1 id=\"orders-platform\">Orders &lt;platform&gt;</h1>"));
    }

    @Test
    void theBundledMermaidIsTheVersionTheMermaidChecksUse() throws Exception {
        MermaidParserTest.need(
                HtmlRenderer.mermaidBundled(),
                "This build has no Mermaid bundle; run `npm ci --prefix"
                        + " tools/mermaid-check` from the project root, then build again");
        var pkg = Json.MAPPER.readTree(Goldens.moduleDir()
                .getParent()
                .resolve("tools/mermaid-check/package.json")
                .toFile());
        assertEquals(
                pkg.get("dependencies").get("mermaid").asString(),
                HtmlRenderer.mermaidVersion().orElseThrow());
        String html = Format.HTML.render(Fixtures.ordersPlatform());
        assertTrue(html.contains(
                "diagram drawn by Mermaid " + HtmlRenderer.mermaidVersion().orElseThrow()));
        assertFalse(HtmlRenderer.MermaidBundle.get().orElseThrow().script().contains("</script"));
        assertFalse(HtmlRenderer.MermaidBundle.get().orElseThrow().script().contains("<!--"));
    }
}
