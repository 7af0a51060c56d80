package io.archadvisor.render;

import io.archadvisor.base.Suggestions;
import io.archadvisor.graph.RecommendationGraph;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The output formats, each with its default renderer: {@code Format.parse("sarif").render(graph)}. Customized
 * renderers (a report title, SARIF rule metadata, custom node types for JSON) are built from the renderer classes.
 */
public enum Format {
    /** A Markdown report in the seed's output sections, with the diagram embedded; see {@link MarkdownRenderer}. */
    MARKDOWN("markdown", "md", "text/markdown"),
    /** The architecture diagram as a Mermaid flowchart; see {@link MermaidRenderer}. */
    MERMAID("mermaid", "mmd", "text/vnd.mermaid"),
    /** The whole graph as JSON, described by {@code graph.schema.json}; see {@link GraphJson}. */
    JSON("json", "json", "application/json"),
    /** Anti-pattern findings and failed checklist items as SARIF 2.1.0; see {@link SarifRenderer}. */
    SARIF("sarif", "sarif", "application/sarif+json"),
    /** The checklist and the findings as a JUnit XML test report, for CI servers; see {@link JUnitRenderer}. */
    JUNIT("junit", "xml", "application/xml"),
    /** Findings and failed checklist items as GitHub Actions annotations; see {@link GitHubRenderer}. */
    GITHUB("github", "txt", "text/plain"),
    /** The report as one self-contained HTML page with the diagram drawn by Mermaid; see {@link HtmlRenderer}. */
    HTML("html", "html", "text/html");

    private final String id;
    private final String fileExtension;
    private final String mediaType;

    Format(String id, String fileExtension, String mediaType) {
        this.id = id;
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /** The format's name on the command line, such as {@code markdown}. */
    public String id() {
        return id;
    }

    /** The usual file extension, without the dot, such as {@code md}. */
    public String fileExtension() {
        return fileExtension;
    }

    /** The media type, such as {@code application/sarif+json}. */
    public String mediaType() {
        return mediaType;
    }

    /** The default renderer of this format. */
    public Renderer renderer() {
        return switch (this) {
            case MARKDOWN -> MarkdownRenderer.standard();
            case MERMAID -> MermaidRenderer.standard();
            case JSON -> GraphJson.standard();
            case SARIF -> SarifRenderer.standard();
            case JUNIT -> JUnitRenderer.standard();
            case GITHUB -> GitHubRenderer.standard();
            case HTML -> HtmlRenderer.standard();
        };
    }

    /** The graph in this format. */
    public String render(RecommendationGraph graph) {
        return renderer().render(graph);
    }

    /**
     * Writes the graph in this format to {@code out}.
     *
     * @throws IOException when {@code out} fails
     */
    public void render(RecommendationGraph graph, Appendable out) throws IOException {
        renderer().render(graph, out);
    }

    /**
     * The format with this name or file extension, ignoring case: {@code markdown} or {@code md}, {@code mermaid} or
     * {@code mmd}, {@code json}, {@code sarif}, {@code junit} or {@code xml}, {@code github} or {@code txt},
     * {@code html}.
     *
     * @throws UnknownFormatException naming the accepted names when there is no such format
     */
    public static Format parse(@Nullable String name) {
        if (name != null) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (f.id.equals(n) || f.fileExtension.equals(n)) {
                    return f;
                }
            }
        }
        List<String> names = Arrays.stream(values()).map(Format::id).toList();
        String hint = name == null
                ? ""
                : Suggestions.best(name.strip(), names)
                        .map(n -> " Did you mean `" + n + "`?")
                        .orElse("");
        throw new UnknownFormatException("Unknown output format `" + name + "`: choose one of "
                + String.join(", ", names) + " (or the file extensions md, mmd)." + hint);
    }

    @Override
    public String toString() {
        return id;
    }
}
