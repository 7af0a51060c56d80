package io.archadvisor.render;

import io.archadvisor.base.InvalidSettingException;
import io.archadvisor.graph.Component;
import io.archadvisor.graph.ComponentKind;
import io.archadvisor.graph.Flow;
import io.archadvisor.graph.RecommendationGraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The architecture diagram as a Mermaid flowchart, from the graph's {@link Component} and {@link Flow} nodes: one box
 * per component, shaped by its {@link ComponentKind} (clients as stadiums, edge as hexagons, gateways as trapezoids,
 * services as rectangles, modules as subroutines, functions as parallelograms, datastores as cylinders, caches as
 * circles, queues as flags, observability as reversed parallelograms, externals as dashed rounded boxes), and one
 * labelled arrow per flow, dotted when the flow is asynchronous. A flow to a name that is no component gets a dashed
 * box of its own.
 *
 * <p>Node ids are generated ({@code c1}, {@code c2}, ...), and every label is quoted with Mermaid's entity codes for
 * any character that Mermaid, HTML or Markdown could read as syntax, so any component name renders as written. Line
 * breaks in names become spaces. A graph without components gives a one-box diagram that says so.
 */
public final class MermaidRenderer implements Renderer {

    private static final MermaidRenderer STANDARD = new MermaidRenderer("LR");

    /** Characters written as themselves in a label; every other non-letter, non-digit becomes an entity code. */
    private static final String PLAIN = " -_.,/()[]{}'+=?!@*^";

    /**
     * Mermaid's lexer drops a whole line that contains {@code direction TB} (or BT, RL, LR, TD), even inside a quoted
     * label; the space after "direction" is written as an entity code so no label can match.
     */
    private static final java.util.regex.Pattern DIRECTION = java.util.regex.Pattern.compile("(?i)(direction) ");

    private final String direction;

    private MermaidRenderer(String direction) {
        this.direction = direction;
    }

    /** The default renderer: a left-to-right flowchart. */
    public static MermaidRenderer standard() {
        return STANDARD;
    }

    /**
     * A renderer with another flowchart direction.
     *
     * @param direction {@code LR}, {@code RL}, {@code TB} or {@code BT}
     */
    public MermaidRenderer direction(String direction) {
        Objects.requireNonNull(direction, "direction");
        if (!List.of("LR", "RL", "TB", "TD", "BT").contains(direction)) {
            throw new InvalidSettingException(
                    "MermaidRenderer.direction",
                    "Unknown flowchart direction `" + direction + "`: use LR, RL, TB (or TD) or BT.");
        }
        return new MermaidRenderer(direction);
    }

    @Override
    public void render(RecommendationGraph graph, Appendable out) throws IOException {
        out.append(diagram(graph));
    }

    /** Whether the graph has anything to draw. */
    static boolean hasDiagram(RecommendationGraph graph) {
        return !graph.nodes(Component.class).isEmpty()
                || !graph.nodes(Flow.class).isEmpty();
    }

    private String diagram(RecommendationGraph graph) {
        List<Component> components = byKind(graph);
        List<Flow> flows = graph.nodes(Flow.class);
        StringBuilder sb = new StringBuilder();
        sb.append("flowchart ").append(direction).append('\n');
        if (components.isEmpty() && flows.isEmpty()) {
            sb.append("  accTitle: Architecture diagram\n");
            sb.append("  accDescr: No components were derived\n");
            sb.append("  empty[\"")
                    .append(label("No components were derived, so there is nothing to draw yet"))
                    .append("\"]\n");
            return sb.toString();
        }
        sb.append("  accTitle: Architecture diagram\n");
        sb.append("  accDescr: ")
                .append(components.size())
                .append(components.size() == 1 ? " component and " : " components and ")
                .append(flows.size())
                .append(flows.size() == 1 ? " flow" : " flows")
                .append('\n');
        Map<String, String> ids = new LinkedHashMap<>();
        Map<ComponentKind, List<String>> byKind = new EnumMap<>(ComponentKind.class);
        for (Component c : components) {
            String id = "c" + (ids.size() + 1);
            ids.put(c.name(), id);
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(id);
            sb.append("  ").append(shape(c.kind(), id, label(c.name()))).append('\n');
        }
        List<String> unknown = new ArrayList<>();
        for (Flow f : flows) {
            for (String name : List.of(f.from(), f.to())) {
                if (!ids.containsKey(name)) {
                    String id = "x" + (unknown.size() + 1);
                    ids.put(name, id);
                    unknown.add(id);
                    sb.append("  ").append(id).append("(\"").append(label(name)).append("\")\n");
                }
            }
        }
        for (Flow f : flows) {
            sb.append("  ").append(ids.get(f.from())).append(f.async() ? " -.->" : " -->");
            String text = MarkdownText.oneLine(f.label()).strip();
            if (!text.isEmpty()) {
                sb.append("|\"").append(label(text)).append("\"|");
            }
            sb.append(' ').append(ids.get(f.to())).append('\n');
        }
        List<String> dashed = new ArrayList<>(byKind.getOrDefault(ComponentKind.EXTERNAL, List.of()));
        dashed.addAll(unknown);
        if (!dashed.isEmpty()) {
            sb.append("  classDef external stroke-dasharray: 5 5\n");
            sb.append("  class ").append(String.join(",", dashed)).append(" external\n");
        }
        return sb.toString();
    }

    /** The components in diagram order: by kind (clients first, externals last), then by name. */
    static List<Component> byKind(RecommendationGraph graph) {
        List<Component> components = new ArrayList<>(graph.nodes(Component.class));
        components.sort(java.util.Comparator.comparing(Component::kind).thenComparing(Component::name));
        return components;
    }

    private static String shape(ComponentKind kind, String id, String label) {
        String q = "\"" + label + "\"";
        return id
                + switch (kind) {
                    case CLIENT -> "([" + q + "])";
                    case EDGE -> "{{" + q + "}}";
                    case GATEWAY -> "[/" + q + "\\]";
                    case SERVICE -> "[" + q + "]";
                    case MODULE -> "[[" + q + "]]";
                    case FUNCTION -> "[/" + q + "/]";
                    case DATASTORE -> "[(" + q + ")]";
                    case CACHE -> "((" + q + "))";
                    case QUEUE -> ">" + q + "]";
                    case OBSERVABILITY -> "[\\" + q + "\\]";
                    case EXTERNAL -> "(" + q + ")";
                };
    }

    /**
     * A label for use between double quotes: letters, digits, spaces and harmless punctuation stay; everything else,
     * including quotes, {@code #}, {@code ;}, {@code %}, {@code <}, {@code >}, {@code &}, {@code |}, {@code `},
     * {@code :}, {@code $} and {@code ~}, becomes a Mermaid entity code such as {@code #35;}; so does the space in
     * "direction TB" and the like, which Mermaid would read as a statement.
     */
    static String label(String text) {
        String flat = MarkdownText.oneLine(text);
        StringBuilder sb = new StringBuilder(flat.length() + 8);
        flat.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || (cp < 128 && PLAIN.indexOf(cp) >= 0)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('#').append(cp).append(';');
            }
        });
        return DIRECTION.matcher(sb).replaceAll("$1#32;");
    }
}
