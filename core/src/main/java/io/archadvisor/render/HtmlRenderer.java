package io.archadvisor.render;

import io.archadvisor.graph.RecommendationGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.jspecify.annotations.Nullable;

/**
 * The Markdown report as one self-contained HTML page: the same sections, with a table of contents that links to each,
 * and the architecture diagram drawn by Mermaid, whose script is bundled into archadvisor at build time and inlined
 * into the page. The page loads nothing: its Content-Security-Policy allows no network request, and only its own two
 * scripts (by hash) run. All text from the graph is escaped; raw HTML in it is shown as text. When archadvisor was
 * built without the Mermaid bundle, the diagram is shown as its Mermaid source with a note saying so.
 * Instances are immutable and thread-safe.
 */
public final class HtmlRenderer implements Renderer {

    /** The attribute the page sets on {@code <body>} once Mermaid has drawn the diagram ({@code rendered}) or not. */
    public static final String STATE_ATTRIBUTE = "data-mermaid";

    private static final HtmlRenderer STANDARD = new HtmlRenderer(MarkdownRenderer.standard());
    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final String STYLE = """
            :root{color-scheme:light dark;--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;--code:#f6f8fa}
            @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--code:#151b23}}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
            nav{position:fixed;top:0;left:0;bottom:0;width:17rem;overflow:auto;padding:1rem;border-right:1px solid var(--line);font-size:14px}
            nav ol{padding-left:1.2rem;margin:.5rem 0}nav li{margin:.2rem 0}nav a{color:inherit;text-decoration:none}
            nav a:hover{text-decoration:underline}nav .title{font-weight:600}
            main{margin-left:17rem;padding:1rem 2.5rem 3rem;max-width:78rem}
            h1,h2,h3{line-height:1.25}h2{border-bottom:1px solid var(--line);padding-bottom:.3rem;margin-top:2.2rem}
            table{border-collapse:collapse;display:block;overflow:auto;margin:1rem 0}
            th,td{border:1px solid var(--line);padding:.35rem .6rem;vertical-align:top}th{background:var(--code)}
            code{background:var(--code);padding:.1rem .3rem;border-radius:4px;font-size:90%}
            pre{background:var(--code);padding:.8rem;overflow:auto;border-radius:6px}pre code{padding:0;background:none}
            pre.mermaid{background:#fff;text-align:center}
            .note{color:var(--muted);font-style:italic}footer{color:var(--muted);font-size:13px;margin-top:3rem}
            @media print{nav{display:none}main{margin:0}}
            @media (max-width:60rem){nav{position:static;width:auto;border:0}main{margin:0;padding:1rem}}
            """;

    private final MarkdownRenderer markdown;

    private HtmlRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The default renderer: the standard Markdown report as a page. */
    public static HtmlRenderer standard() {
        return STANDARD;
    }

    /** The same renderer with this report title. */
    public HtmlRenderer withTitle(String title) {
        return new HtmlRenderer(markdown.withTitle(title));
    }

    /** Whether this build of archadvisor carries the Mermaid script that draws the diagram. */
    public static boolean mermaidBundled() {
        return MermaidBundle.get().isPresent();
    }

    /** The version of the bundled Mermaid, such as {@code 11.17.2}. */
    public static Optional<String> mermaidVersion() {
        return MermaidBundle.get().map(MermaidBundle::version);
    }

    @Override
    public void render(RecommendationGraph graph, Appendable out) throws IOException {
        render(graph, out, MermaidBundle.get());
    }

    /** Renders with this Mermaid bundle, or as a build without one does. */
    void render(RecommendationGraph graph, Appendable out, Optional<MermaidBundle> mermaid) throws IOException {
        String md = markdown.render(graph);
        Node document = PARSER.parse(md);
        Map<Heading, String> ids = headingIds(document);
        boolean[] hasDiagram = {false};
        org.commonmark.renderer.html.HtmlRenderer html = org.commonmark.renderer.html.HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading h && ids.containsKey(h)) {
                        attributes.put("id", ids.get(h));
                    }
                })
                .nodeRendererFactory(context -> new DiagramRenderer(context, mermaid.isPresent(), hasDiagram))
                .build();
        String body = html.render(document);

        String title = ids.keySet().stream()
                .filter(h -> h.getLevel() == 1)
                .findFirst()
                .map(HtmlRenderer::plain)
                .orElse("Architecture recommendation");
        StringBuilder sb = new StringBuilder(body.length() + 8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        String init = hasDiagram[0] && mermaid.isPresent() ? initScript() : null;
        sb.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                + " font-src data:; style-src 'unsafe-inline'; script-src ");
        if (init != null) {
            sb.append('\'')
                    .append(hash(mermaid.get().script()))
                    .append("' '")
                    .append(hash(init))
                    .append('\'');
        } else {
            sb.append("'none'");
        }
        sb.append("; base-uri 'none'; form-action 'none'\">\n");
        sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.append("<meta name=\"generator\" content=\"archadvisor ")
                .append(Xml.attribute(ToolVersion.current()))
                .append("\">\n");
        sb.append("<title>")
                .append(Xml.text(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n");
        sb.append("</head>\n<body>\n<nav aria-label=\"Contents\">\n<a class=\"title\" href=\"#")
                .append(ids.entrySet().stream()
                        .filter(e -> e.getKey().getLevel() == 1)
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse("top"))
                .append("\">")
                .append(Xml.text(title))
                .append("</a>\n<ol>\n");
        for (Map.Entry<Heading, String> e : ids.entrySet()) {
            if (e.getKey().getLevel() == 2) {
                sb.append("<li><a href=\"#")
                        .append(e.getValue())
                        .append("\">")
                        .append(Xml.text(plain(e.getKey())))
                        .append("</a></li>\n");
            }
        }
        sb.append("</ol>\n</nav>\n<main id=\"top\">\n").append(body);
        if (hasDiagram[0] && mermaid.isEmpty()) {
            sb.append("<p class=\"note\">This archadvisor was built without the Mermaid script, so the diagram is shown"
                    + " as its Mermaid source; paste it into any Mermaid viewer to draw it.</p>\n");
        }
        sb.append("<footer>Generated by archadvisor ").append(Xml.text(ToolVersion.current()));
        if (init != null) {
            sb.append("; diagram drawn by Mermaid ")
                    .append(Xml.text(mermaid.get().version()));
        }
        sb.append(".</footer>\n</main>\n");
        if (init != null) {
            sb.append("<script>").append(mermaid.get().script()).append("</script>\n");
            sb.append("<script>").append(init).append("</script>\n");
        }
        sb.append("</body>\n</html>\n");
        out.append(sb);
    }

    private static String initScript() {
        return "mermaid.initialize({startOnLoad:false,securityLevel:'strict'});"
                + "mermaid.run({querySelector:'pre.mermaid'})"
                + ".then(function(){document.body.setAttribute('" + STATE_ATTRIBUTE + "','rendered');},"
                + "function(e){document.body.setAttribute('" + STATE_ATTRIBUTE + "','failed');"
                + "var p=document.createElement('p');p.className='note';"
                + "p.textContent='The diagram could not be drawn: '+e;document.querySelector('main').appendChild(p);});";
    }

    static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Unique anchors for the headings, in document order, made the way GitHub makes them. */
    private static Map<Heading, String> headingIds(Node document) {
        Map<Heading, String> ids = new java.util.LinkedHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String slug = slug(plain(heading));
                int n = used.merge(slug, 1, Integer::sum);
                ids.put(heading, n == 1 ? slug : slug + "-" + (n - 1));
            }
        });
        return ids;
    }

    static String slug(String text) {
        String s = text.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
        return s.isEmpty() ? "section" : s;
    }

    private static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }

    /** Draws {@code ```mermaid} blocks as {@code <pre class="mermaid">} for the bundled Mermaid to replace. */
    private static final class DiagramRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final HtmlNodeRendererContext context;
        private final boolean bundled;
        private final boolean[] seen;

        DiagramRenderer(HtmlNodeRendererContext context, boolean bundled, boolean[] seen) {
            this.context = context;
            this.html = context.getWriter();
            this.bundled = bundled;
            this.seen = seen;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            FencedCodeBlock block = (FencedCodeBlock) node;
            String info = block.getInfo() == null ? "" : block.getInfo().strip();
            html.line();
            if (info.equals("mermaid")) {
                seen[0] = true;
                Map<String, String> attributes = new java.util.LinkedHashMap<>(); // in a stable order
                attributes.put("class", bundled ? "mermaid" : "mermaid-source");
                attributes.put("role", "img");
                attributes.put("aria-label", "Architecture diagram");
                html.tag("pre", attributes);
                html.text(block.getLiteral());
                html.tag("/pre");
            } else {
                html.tag("pre");
                Map<String, String> attributes =
                        info.isEmpty() ? Map.of() : Map.of("class", "language-" + info.split("\\s+")[0]);
                html.tag("code", context.extendAttributes(node, "code", attributes));
                html.text(block.getLiteral());
                html.tag("/code");
                html.tag("/pre");
            }
            html.line();
        }
    }

    /** The Mermaid script bundled at build time, ready to inline. */
    record MermaidBundle(String script, String version) {

        private static final String RESOURCE = "mermaid/mermaid.min.js";
        // read once on first use; the volatile flag, written last, publishes the bundle (or its absence)
        private static @Nullable MermaidBundle bundle;
        private static volatile boolean loaded;

        MermaidBundle {
            Objects.requireNonNull(script, "script");
            Objects.requireNonNull(version, "version");
        }

        static Optional<MermaidBundle> get() {
            if (!loaded) {
                bundle = load().orElse(null);
                loaded = true;
            }
            return Optional.ofNullable(bundle);
        }

        private static Optional<MermaidBundle> load() {
            try (InputStream js = HtmlRenderer.class.getResourceAsStream(RESOURCE);
                    InputStream pkg = HtmlRenderer.class.getResourceAsStream("mermaid/package.json")) {
                if (js == null || pkg == null) {
                    return Optional.empty();
                }
                String script = new String(js.readAllBytes(), StandardCharsets.UTF_8);
                String version = Json.MAPPER.readTree(pkg).path("version").asString();
                // inside <script> the HTML parser only looks for "</script" and "<!--": write their "<" as an escape,
                // which means the same in the string, template and regular expression literals they occur in
                script = script.replace("</script", "\\x3C/script")
                        .replace("<script", "\\x3Cscript")
                        .replace("<!--", "\\x3C!--");
                return Optional.of(new MermaidBundle(script, version));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled Mermaid script", e);
            }
        }
    }
}
