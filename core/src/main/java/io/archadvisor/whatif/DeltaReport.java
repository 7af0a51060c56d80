package io.archadvisor.whatif;

import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.Provenance;
import java.util.List;

/** Renders a {@link GraphDelta} as Markdown: what changed, and why. */
public final class DeltaReport {

    private DeltaReport() {}

    /** The delta as a Markdown section; {@code title} heads it, such as "What if the team grows to 80?". */
    public static String markdown(String title, GraphDelta delta) {
        StringBuilder md = new StringBuilder("## ").append(escape(title)).append("\n\n");
        if (delta.isEmpty()) {
            return md.append("Nothing changes: the advice is the same.\n").toString();
        }
        String before =
                delta.before().primaryPattern().map(PatternAssessment::summary).orElse("none");
        String after =
                delta.after().primaryPattern().map(PatternAssessment::summary).orElse("none");
        md.append(
                        delta.primaryPatternChanged()
                                ? "**Primary pattern:** " + escape(before) + " → " + escape(after)
                                : "**Primary pattern:** unchanged (" + escape(after) + ")")
                .append("\n\n");
        section(md, "Added", delta.added(), delta, true);
        section(md, "Removed", delta.removed(), delta, false);
        if (!delta.changed().isEmpty()) {
            md.append("### Changed\n\n");
            for (NodeChange c : delta.changed()) {
                md.append("- **")
                        .append(escape(c.after().summary()))
                        .append("** (`")
                        .append(c.id())
                        .append("`)\n");
                for (NodeChange.FieldChange f : c.fields()) {
                    md.append("  - ")
                            .append(escape(f.field()))
                            .append(": ")
                            .append(escape(String.valueOf(f.before())))
                            .append(" → ")
                            .append(escape(String.valueOf(f.after())))
                            .append('\n');
                }
                md.append("  - why: ").append(why(c.provenanceAfter())).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String title, List<Node> nodes, GraphDelta delta, boolean after) {
        if (nodes.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n");
        for (Node n : nodes) {
            Provenance p = (after ? delta.after() : delta.before()).provenance(n);
            md.append("- ")
                    .append(escape(n.summary()))
                    .append(" (`")
                    .append(n.id())
                    .append("`) — ")
                    .append(after ? "" : "was ")
                    .append(why(p))
                    .append('\n');
        }
        md.append('\n');
    }

    private static String why(Provenance p) {
        return "rule `" + p.ruleId() + "`"
                + (p.facts().isEmpty()
                        ? ""
                        : " because "
                                + escape(String.join(
                                        ", ",
                                        p.facts().stream().map(Object::toString).toList())));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("`", "\\`")
                .replace("<", "&lt;")
                .replace("\n", " ");
    }
}
