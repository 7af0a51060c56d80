package io.archadvisor.imports.formats;

import io.archadvisor.yaml.YamlNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** Lenient reading of located YAML trees: a missing key or a value of another shape reads as absent. */
final class Nodes {

    private Nodes() {}

    /** The mapping, or {@code null} when {@code node} is not one. */
    static YamlNode.Mapping map(YamlNode node) {
        return node instanceof YamlNode.Mapping m ? m : null;
    }

    /** The value at {@code keys} below {@code node}, or {@code null}. */
    static YamlNode get(YamlNode node, String... keys) {
        YamlNode at = node;
        for (String key : keys) {
            if (!(at instanceof YamlNode.Mapping m)) {
                return null;
            }
            at = m.get(key);
        }
        return at;
    }

    /** The entries of a mapping, or none. */
    static List<YamlNode.Entry> entries(YamlNode node) {
        return node instanceof YamlNode.Mapping m ? m.entries() : List.of();
    }

    /** The items of a list, or none. */
    static List<YamlNode> items(YamlNode node) {
        return node instanceof YamlNode.Sequence s ? s.items() : List.of();
    }

    /** The text of a scalar that is not null, or {@code null}. */
    static String text(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.isInvalid()) {
            return s.text();
        }
        return null;
    }

    /** The text at {@code keys}, or {@code null}. */
    static String text(YamlNode node, String... keys) {
        return text(get(node, keys));
    }

    /** A whole number written as a number or as digits in a string, or {@code null}. */
    static Integer integer(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.isInvalid()) {
            if (s.kind() == YamlNode.Kind.INTEGER && s.integer().bitLength() < 32) {
                return s.integer().intValue();
            }
            String t = s.text().strip();
            if (t.matches("[+-]?\\d{1,9}")) {
                return new BigInteger(t.startsWith("+") ? t.substring(1) : t).intValue();
            }
        }
        return null;
    }

    /** A boolean written as {@code true}/{@code false} (or as those words in a string), or {@code null}. */
    static Boolean bool(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.isInvalid()) {
            if (s.kind() == YamlNode.Kind.BOOLEAN) {
                return s.bool();
            }
            String t = s.text().strip().toLowerCase(Locale.ROOT);
            if (t.equals("true")) {
                return true;
            }
            if (t.equals("false")) {
                return false;
            }
        }
        return null;
    }

    /** Whether the node is present and not a null scalar. */
    static boolean present(YamlNode node) {
        return node != null && !(node instanceof YamlNode.Scalar s && (s.isNull() || s.isInvalid()));
    }
}
