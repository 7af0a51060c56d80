package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.archadvisor.graph.RecommendationGraph;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "markdown, MARKDOWN",
        "MD, MARKDOWN",
        "mermaid, MERMAID",
        "mmd, MERMAID",
        "' json ', JSON",
        "Sarif, SARIF",
        "junit, JUNIT",
        "XML, JUNIT",
        "github, GITHUB",
        "txt, GITHUB",
        "Html, HTML"
    })
    void formatsAreFoundByNameOrExtensionIgnoringCase(String name, Format format) {
        assertEquals(format, Format.parse(name));
    }

    @Test
    void anUnknownFormatNamesTheOnesThereAre() {
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> Format.parse("pdf"));
        assertEquals(
                "Unknown output format `pdf`: choose one of markdown, mermaid, json, sarif, junit, github, html (or the file extensions md,"
                        + " mmd).",
                e.getMessage());
        assertEquals(
                "Unknown output format `mardown`: choose one of markdown, mermaid, json, sarif, junit, github, html (or the file"
                        + " extensions md, mmd). Did you mean `markdown`?",
                assertThrows(UnknownFormatException.class, () -> Format.parse("mardown"))
                        .getMessage());
        assertThrows(UnknownFormatException.class, () -> Format.parse(null));
    }

    @Test
    void eachFormatHasItsRendererExtensionAndMediaType() {
        assertInstanceOf(MarkdownRenderer.class, Format.MARKDOWN.renderer());
        assertInstanceOf(MermaidRenderer.class, Format.MERMAID.renderer());
        assertInstanceOf(GraphJson.class, Format.JSON.renderer());
        assertInstanceOf(SarifRenderer.class, Format.SARIF.renderer());
        assertInstanceOf(JUnitRenderer.class, Format.JUNIT.renderer());
        assertInstanceOf(GitHubRenderer.class, Format.GITHUB.renderer());
        assertInstanceOf(HtmlRenderer.class, Format.HTML.renderer());
        assertEquals("text/html", Format.HTML.mediaType());
        assertEquals("application/sarif+json", Format.SARIF.mediaType());
        assertEquals("md", Format.MARKDOWN.fileExtension());
        assertEquals("json", Format.JSON.toString());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void writingToAWriterGivesTheSameTextAsRenderingToAString(Format format) throws IOException {
        RecommendationGraph g = Fixtures.ordersPlatform();
        StringWriter out = new StringWriter();
        format.render(g, out);
        assertEquals(format.render(g), out.toString());
    }

    @Test
    void renderersGiveTheSameTextFromManyThreadsAtOnce() throws Exception {
        Map<String, RecommendationGraph> fixtures = new TreeMap<>(Fixtures.all());
        Map<String, String> expected = new TreeMap<>();
        for (Format f : Format.values()) {
            fixtures.forEach((name, g) -> expected.put(f + "/" + name, f.render(g)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map<String, String>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> {
                    Map<String, String> actual = new TreeMap<>();
                    for (Format f : Format.values()) {
                        fixtures.forEach((name, g) -> actual.put(f + "/" + name, f.render(g)));
                    }
                    return actual;
                }));
            }
            for (Future<Map<String, String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
