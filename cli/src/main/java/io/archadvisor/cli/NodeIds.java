package io.archadvisor.cli;

import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * Finds the nodes a person means by an id as printed in the JSON or Markdown output: the exact node id
 * ({@code anti-pattern:AP-SPOF:payments}), the same with Markdown escapes or backticks, any case, without the kind
 * prefix ({@code MODULAR_MONOLITH}, {@code modular-monolith}), or a finding code or rule id ({@code AP-SPOF}) that may
 * match several nodes.
 */
final class NodeIds {

    private NodeIds() {}

    /**
     * The nodes the text names, from the most exact match that finds any.
     *
     * @throws CliException naming close ids when nothing matches
     */
    static List<Node> resolve(RecommendationGraph graph, String text, String input) {
        String q = clean(text);
        List<BiPredicate<Node, String>> tiers = List.of(
                (n, s) -> n.id().equals(s),
                (n, s) -> n.id().equalsIgnoreCase(s),
                (n, s) ->
                        local(n.id()).equalsIgnoreCase(s) || fold(local(n.id())).equals(fold(s)),
                (n, s) -> n instanceof Finding f && f.code().equalsIgnoreCase(s),
                (n, s) -> graph.provenance(n).ruleId().equalsIgnoreCase(s));
        for (BiPredicate<Node, String> tier : tiers) {
            List<Node> found =
                    graph.nodes().stream().filter(n -> tier.test(n, q)).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        List<String> close = new ArrayList<>();
        String lower = q.toLowerCase(Locale.ROOT);
        for (Node n : graph.nodes()) {
            if (n.id().toLowerCase(Locale.ROOT).contains(lower) && close.size() < 5) {
                close.add("`" + n.id() + "`");
            }
        }
        throw new CliException("no node `" + text + "` in the advice on " + Inputs.display(input)
                + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?")
                + "; node ids are printed by `archadvisor advise " + input + " --format json`");
    }

    /** The text without surrounding quotes or backticks and without Markdown backslash escapes. */
    static String clean(String text) {
        String s = text.strip();
        while (s.length() >= 2
                && (s.startsWith("`") && s.endsWith("`")
                        || s.startsWith("\"") && s.endsWith("\"")
                        || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "\\`*_{}[]()#+-.!|<>~".indexOf(s.charAt(i + 1)) >= 0) {
                c = s.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String local(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
