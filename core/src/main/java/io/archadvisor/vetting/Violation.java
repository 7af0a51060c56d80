package io.archadvisor.vetting;

import io.archadvisor.base.InvalidValueException;
import java.util.Comparator;
import java.util.Objects;

/**
 * One reason an untrusted rule file was rejected: where, which token, and why.
 *
 * @param source the file's name as the caller gave it
 * @param line the line, 1-based
 * @param column the column, 1-based
 * @param token the offending token as written, such as {@code java.io.File} or {@code getClass}
 * @param category what the token reaches, such as {@code file system} or {@code reflection}
 * @param reason what is wrong, as a sentence
 */
public record Violation(String source, int line, int column, String token, String category, String reason) {

    /** Orders violations by file, line and column. */
    public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::source)
            .thenComparingInt(Violation::line)
            .thenComparingInt(Violation::column)
            .thenComparing(Violation::token);

    /** Validates the violation. */
    public Violation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
        if (line < 1 || column < 1) {
            throw new InvalidValueException("A violation needs line ≥ 1 and column ≥ 1, got " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": `" + token + "` (" + category + ") " + reason;
    }
}
