package io.archadvisor.pack;

import io.archadvisor.base.ArchAdvisorException;

/** A rule failed while it ran: its consequence threw, or it derived conflicting nodes. */
public final class RuleExecutionException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final boolean engineFailure;

    /** An exception naming the rule and what went wrong. */
    public RuleExecutionException(String ruleId, String message, Throwable cause) {
        this(ruleId, message, cause, false);
    }

    /** An exception naming the rule, and whether the failure came from inside the rule engine. */
    public RuleExecutionException(String ruleId, String message, Throwable cause, boolean engineFailure) {
        super(message, cause);
        this.ruleId = ruleId;
        this.engineFailure = engineFailure;
    }

    /** Whether the failure came from inside the rule engine rather than from a rule's own code. */
    public boolean engineFailure() {
        return engineFailure;
    }

    /** The rule that failed, or {@code null} if the failure was not in one rule. */
    public String ruleId() {
        return ruleId;
    }
}
