package io.archadvisor.pack;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One error in a DRL file.
 *
 * @param source the file's name as the caller gave it
 * @param line the line, 1-based, or 0 when the engine gave none
 * @param column the column, 1-based, or 0 when the engine gave none
 * @param message the rule compiler's message
 * @param hint what usually causes this and how to fix it, or {@code null}
 */
public record RuleError(
        String source,
        int line,
        int column,
        String message,
        @Nullable String hint) {

    /** Validates the error. */
    public RuleError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        String where = line > 0 ? source + ":" + line + (column > 0 ? ":" + column : "") : source;
        return where + ": " + message + (hint == null ? "" : "\n    hint: " + hint);
    }
}
