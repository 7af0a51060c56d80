package io.archadvisor;

/** A rule failed while it ran: its consequence threw, or it derived conflicting nodes. */
public final class RuleExecutionException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    /** An exception naming the rule and what went wrong. */
    public RuleExecutionException(String ruleId, String message, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
    }

    /** The rule that failed, or {@code null} if the failure was not in one rule. */
    public String ruleId() {
        return ruleId;
    }
}
