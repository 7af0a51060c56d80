package io.archadvisor.cli;

import io.archadvisor.base.ArchAdvisorException;
import io.archadvisor.pack.EvaluationLimitException;
import io.archadvisor.pack.RuleExecutionException;
import java.util.concurrent.CancellationException;

/** Maps what went wrong to an exit status and a message for people. */
public final class Errors {

    private Errors() {}

    /** The exit status for a failure: 3 when the rules could not be evaluated, 2 for anything the user can fix. */
    public static int exitCode(Throwable t) {
        if (t instanceof EvaluationLimitException
                || t instanceof RuleExecutionException
                || t instanceof CancellationException) {
            return ExitCode.EVALUATION;
        }
        if (t instanceof ArchAdvisorException || t instanceof IllegalArgumentException) {
            return ExitCode.USAGE;
        }
        return ExitCode.EVALUATION;
    }

    /** The message to print; an unexpected exception is named, as it is a bug. */
    public static String message(Throwable t) {
        if (t instanceof ArchAdvisorException || t instanceof IllegalArgumentException) {
            return t.getMessage() == null ? t.getClass().getSimpleName() : Terminal.clean(t.getMessage());
        }
        return "internal error: " + t + " (rerun with --verbose for the stack trace, and report it)";
    }
}
