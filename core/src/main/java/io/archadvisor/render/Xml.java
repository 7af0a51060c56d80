package io.archadvisor.render;

/** Escaping for XML 1.0 text and attribute values. */
final class Xml {

    private Xml() {}

    /** Text content: {@code &}, {@code <} and {@code >} escaped, characters XML 1.0 cannot hold written as {@code \\uXXXX}. */
    static String text(String s) {
        return escape(s, false);
    }

    /** A double-quoted attribute value: as {@link #text}, plus quotes, and line breaks and tabs as references. */
    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        sb.append(String.format("\\u%04x", (int) c)); // not allowed in XML 1.0, even as a reference
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
