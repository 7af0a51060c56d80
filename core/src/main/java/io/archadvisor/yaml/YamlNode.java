package io.archadvisor.yaml;

import io.archadvisor.base.Location;
import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A YAML value with the place it was written, as read from the event stream (aliases already resolved). Read one with
 * {@link YamlDocuments}; {@code RequirementsReader} binds it to records.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** Where the value starts. */
    Location location();

    /** The number of values in this subtree, counting every alias expansion, saturating at {@link Long#MAX_VALUE}. */
    long size();

    /** The value as a reader would recognise it in a message: scalars as written, collections by kind. */
    String display();

    /**
     * What a resolved plain or tagged scalar is; {@code INVALID} stands for a value already reported as a problem
     * (an undefined alias, an unsupported tag, an over-long string), which binding skips without further messages.
     */
    enum Kind {
        NULL,
        BOOLEAN,
        INTEGER,
        FLOAT,
        STRING,
        INVALID
    }

    /**
     * A scalar.
     *
     * @param kind what the scalar resolved to under the YAML 1.2 core schema
     * @param text the scalar's text (after unquoting and unescaping)
     * @param integer the value when {@code kind} is {@code INTEGER}
     * @param floating the value when {@code kind} is {@code FLOAT}
     * @param bool the value when {@code kind} is {@code BOOLEAN}
     * @param plain whether it was written without quotes (or block indicators)
     * @param location where it starts
     */
    record Scalar(
            Kind kind,
            String text,
            @Nullable BigInteger integer,
            double floating,
            boolean bool,
            boolean plain,
            Location location)
            implements YamlNode {

        @Override
        public long size() {
            return 1;
        }

        @Override
        public String display() {
            return plain ? Display.of(text) : Display.quoted(text);
        }

        /** Whether the scalar is a YAML null ({@code ~}, {@code null} or empty). */
        public boolean isNull() {
            return kind == Kind.NULL;
        }

        /** Whether the scalar stands for a value already reported as a problem. */
        public boolean isInvalid() {
            return kind == Kind.INVALID;
        }
    }

    /**
     * A mapping entry.
     *
     * @param key the key's text
     * @param keyLocation where the key starts
     * @param value the value
     */
    record Entry(String key, Location keyLocation, YamlNode value) {}

    /**
     * A mapping, entries in source order.
     *
     * @param entries the entries
     * @param location where it starts
     * @param size the expanded size
     */
    record Mapping(List<Entry> entries, Location location, long size) implements YamlNode {

        /** The entry with this key, or {@code null}. */
        public @Nullable Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        /** The value under this key, or {@code null} when the key is absent. */
        public @Nullable YamlNode get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        @Override
        public String display() {
            return "a mapping";
        }
    }

    /**
     * A sequence.
     *
     * @param items the items
     * @param location where it starts
     * @param size the expanded size
     */
    record Sequence(List<YamlNode> items, Location location, long size) implements YamlNode {

        @Override
        public String display() {
            return "a list";
        }
    }

    /** Rendering of values in messages. */
    final class Display {

        private static final int MAX = 60;

        private Display() {}

        /** The text as written, quoted when blank or when it has surrounding spaces or control characters. */
        static String of(String text) {
            return render(text, text.isBlank() || !text.equals(text.strip()));
        }

        /** The text in double quotes, as a quoted YAML string is shown. */
        static String quoted(String text) {
            return render(text, true);
        }

        private static String render(String text, boolean alwaysQuote) {
            boolean quote = alwaysQuote;
            StringBuilder sb = new StringBuilder();
            int shown = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (shown == MAX) {
                    sb.append('…');
                    break;
                }
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                    quote = true;
                    sb.append(
                            switch (c) {
                                case '\n' -> "\\n";
                                case '\t' -> "\\t";
                                case '\r' -> "\\r";
                                default -> String.format("\\u%04x", (int) c);
                            });
                } else if (c == '"' && quote) {
                    sb.append("\\\"");
                } else {
                    sb.append(c);
                }
                shown++;
            }
            return quote ? '"' + sb.toString() + '"' : sb.toString();
        }
    }
}
