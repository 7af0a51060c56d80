package io.archadvisor.render;

import io.archadvisor.base.ArchAdvisorException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Graph JSON that cannot be read: malformed JSON, a missing or mistyped field, an unknown node type, or content the
 * graph rejects. The message names the place as a JSON pointer, the value found and what was expected.
 */
public final class GraphJsonException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    private static final int MAX_VALUE_CHARS = 120;

    private final String pointer;

    GraphJsonException(String pointer, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.pointer = pointer;
    }

    /** Where in the document the problem is, as a JSON pointer such as {@code /nodes/3/score}; empty for the root. */
    public String pointer() {
        return pointer;
    }

    static GraphJsonException at(String pointer, String problem, @Nullable JsonNode found) {
        return at(pointer, problem, found, null);
    }

    static GraphJsonException at(String pointer, String problem, @Nullable JsonNode found, @Nullable Throwable cause) {
        String where = pointer.isEmpty() ? "The graph JSON" : "The graph JSON at `" + pointer + "`";
        String value = found == null ? "" : ", got " + shorten(found.toString());
        return new GraphJsonException(
                pointer,
                where + " " + problem + value + ". Graph JSON is what GraphJson (or"
                        + " Format.JSON) writes; graph.schema.json describes it.",
                cause);
    }

    private static String shorten(String s) {
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "…";
    }
}
