package io.archadvisor.cli;

import io.archadvisor.base.ArchAdvisorException;

/**
 * A command-line mistake that is the user's to fix (a bad flag value, a missing file, a bad configuration): its
 * message is one line naming the thing and the fix; the command exits with {@link ExitCode#USAGE}.
 */
public final class CliException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    /** An error with a message a person can act on. */
    public CliException(String message) {
        super(message);
    }

    /** An error with a message a person can act on and its cause. */
    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
