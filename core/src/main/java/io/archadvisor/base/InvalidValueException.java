package io.archadvisor.base;

import org.jspecify.annotations.Nullable;

/**
 * A value built in Java is outside its domain — a version with a negative number, a waiver without a reason, a graph
 * node without provenance; the message names the value, what was given and what it must be. Values read from files
 * are reported by their readers instead, with {@code file:line:column}.
 */
public final class InvalidValueException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    /** An exception saying which value is wrong and what it must be. */
    public InvalidValueException(String message) {
        super(message);
    }

    /** An exception saying which value is wrong and what it must be, with the underlying cause. */
    public InvalidValueException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
