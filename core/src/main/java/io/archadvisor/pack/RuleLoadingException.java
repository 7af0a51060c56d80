package io.archadvisor.pack;

import io.archadvisor.base.ArchAdvisorException;
import org.jspecify.annotations.Nullable;

/** A rule file or pack could not be found or read. */
public final class RuleLoadingException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    /** An exception naming what could not be loaded and what to do. */
    public RuleLoadingException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
