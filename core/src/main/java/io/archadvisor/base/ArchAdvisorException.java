package io.archadvisor.base;

import org.jspecify.annotations.Nullable;

/** The base of every exception archadvisor throws on purpose; its message says what is wrong and what to do. */
public abstract class ArchAdvisorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message a person can act on. */
    protected ArchAdvisorException(String message) {
        super(message);
    }

    /** An exception with a message a person can act on and the underlying cause. */
    protected ArchAdvisorException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
