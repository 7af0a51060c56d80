package io.archadvisor.base;

import java.util.List;

/** An error that lists every problem found in one document at once, each with its field path and place. */
public abstract class ProblemsException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    /** An exception with its rendered message. */
    protected ProblemsException(String message) {
        super(message);
    }

    /** Every problem, in source order. */
    public abstract List<Problem> problems();
}
