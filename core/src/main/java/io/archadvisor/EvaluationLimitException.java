package io.archadvisor;

import java.time.Duration;

/**
 * Rule evaluation was stopped because it exceeded a limit: usually a rule that keeps re-activating itself. The advisor
 * stays usable; the next call starts from a fresh session.
 */
public final class EvaluationLimitException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    /** Which limit was exceeded. */
    public enum Limit {
        /** The maximum number of rule firings per advice. */
        RULE_FIRINGS,
        /** The maximum wall-clock time per advice. */
        WALL_CLOCK
    }

    private final Limit limit;
    private final String ruleId;

    EvaluationLimitException(Limit limit, String ruleId, String message) {
        super(message);
        this.limit = limit;
        this.ruleId = ruleId;
    }

    static EvaluationLimitException firings(int max, String ruleId, int ruleFirings) {
        return new EvaluationLimitException(Limit.RULE_FIRINGS, ruleId, "Rule evaluation stopped after " + max
                + " rule firings; rule `" + ruleId + "` fired " + ruleFirings + " times. A rule that modifies or inserts"
                + " what it matches re-activates itself: add a guard (`not ...`) or use insertLogical. If the input"
                + " really needs more firings, raise Advisor.builder().maxRuleFirings(...).");
    }

    static EvaluationLimitException timeout(Duration limit, String ruleId) {
        return new EvaluationLimitException(Limit.WALL_CLOCK, ruleId, "Rule evaluation stopped after " + limit.toMillis()
                + " ms" + (ruleId == null ? "" : " while rule `" + ruleId + "` was running") + ". A consequence that"
                + " blocks, sleeps or loops holds the session: fix the rule, or raise Advisor.builder().timeout(...).");
    }

    /** Which limit was exceeded. */
    public Limit limit() {
        return limit;
    }

    /** The rule that was firing or fired most when evaluation stopped, or {@code null} if none was. */
    public String ruleId() {
        return ruleId;
    }
}
