package io.archadvisor.adr;

import io.archadvisor.base.ArchAdvisorException;

/** An ADR folder cannot be read or written; the message names the folder or file, the problem and the fix. */
public final class AdrException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message a person can act on. */
    public AdrException(String message) {
        super(message);
    }

    /** An exception with a message a person can act on and the underlying cause. */
    public AdrException(String message, Throwable cause) {
        super(message, cause);
    }
}
