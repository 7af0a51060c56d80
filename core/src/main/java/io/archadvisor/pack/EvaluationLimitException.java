package io.archadvisor.pack;

import io.archadvisor.base.ArchAdvisorException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

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
        WALL_CLOCK,
        /** The maximum number of facts rules may insert per advice. */
        INSERTED_FACTS,
        /** The maximum number of abandoned evaluations whose threads have not returned. */
        STUCK_EVALUATIONS
    }

    private final Limit limit;
    private final @Nullable String ruleId;

    EvaluationLimitException(Limit limit, @Nullable String ruleId, String message) {
        super(message);
        this.limit = limit;
        this.ruleId = ruleId;
    }

    /** The fire limit was exceeded; names the rule that fired most. */
    public static EvaluationLimitException firings(int max, String ruleId, int ruleFirings) {
        return new EvaluationLimitException(
                Limit.RULE_FIRINGS,
                ruleId,
                "Rule evaluation stopped after " + max
                        + " rule firings; rule `" + ruleId + "` fired " + ruleFirings
                        + " times. A rule that modifies or inserts"
                        + " what it matches re-activates itself: add a guard (`not ...`) or use insertLogical. If the input"
                        + " really needs more firings, raise Advisor.builder().maxRuleFirings(...).");
    }

    /** The wall-clock limit was exceeded. */
    public static EvaluationLimitException timeout(Duration limit, String ruleId) {
        return new EvaluationLimitException(
                Limit.WALL_CLOCK,
                ruleId,
                "Rule evaluation stopped after " + limit.toMillis()
                        + " ms" + (ruleId == null ? "" : " while rule `" + ruleId + "` was running")
                        + ". A consequence that"
                        + " blocks, sleeps or loops holds the session: fix the rule, or raise Advisor.builder().timeout(...).");
    }

    /** The wall-clock limit was exceeded and the worker thread was abandoned. */
    public static EvaluationLimitException timeout(
            Duration limit, String ruleId, String abandonedThread, int stuck, int maxStuck) {
        if (abandonedThread == null) {
            return timeout(limit, ruleId);
        }
        if (ruleId == null) {
            // no consequence was running: the engine was still matching facts, which the input's size decides
            return new EvaluationLimitException(
                    Limit.WALL_CLOCK,
                    null,
                    "Rule evaluation stopped after " + limit.toMillis() + " ms while the rule engine was still matching"
                            + " facts (no rule's consequence was running), and did not stop when halted and"
                            + " interrupted. Its thread " + abandonedThread + " is abandoned (" + stuck + " of at most "
                            + maxStuck + ", see Advisor.stuckEvaluations()). The input is likely too large for the"
                            + " time allowed: give the advice more time (--timeout on the command line,"
                            + " Advisor.builder().timeout(...)) or describe fewer technologies or services at once.");
        }
        return new EvaluationLimitException(
                Limit.WALL_CLOCK,
                ruleId,
                "Rule evaluation stopped after "
                        + limit.toMillis() + " ms" + (ruleId == null ? "" : " while rule `" + ruleId + "` was running")
                        + ", but the rule did not stop when halted and interrupted: a consequence that loops without blocking"
                        + " cannot be stopped inside the JVM. Its thread " + abandonedThread + " is abandoned (" + stuck
                        + " of at most " + maxStuck
                        + ", see Advisor.stuckEvaluations()) and its session will be destroyed if"
                        + " it ever returns. Fix or remove the rule; a pack you do not trust belongs in a separate process.");
    }

    /** The inserted-facts limit was exceeded. */
    public static EvaluationLimitException insertedFacts(int max, String ruleId) {
        return new EvaluationLimitException(
                Limit.INSERTED_FACTS,
                ruleId,
                "Rule evaluation stopped after rules"
                        + " inserted " + max + " facts"
                        + (ruleId == null ? "" : "; rule `" + ruleId + "` inserted the last")
                        + ". A consequence that inserts in a loop, or rules that keep deriving new facts, exhaust memory: fix"
                        + " the rule, or raise Advisor.builder().maxInsertedFacts(...) if the input really needs more.");
    }

    /** Too many evaluations are stuck to take more work. */
    public static EvaluationLimitException stuck(int max, java.util.List<StuckEvaluation> stuck) {
        String rule = stuck.isEmpty() ? null : stuck.get(0).ruleId();
        return new EvaluationLimitException(
                Limit.STUCK_EVALUATIONS,
                rule,
                "This advisor refuses work: " + stuck.size()
                        + " earlier rule evaluation(s) did not stop at their deadline and still hold their threads (at most "
                        + max + " are tolerated): " + stuck
                        + ". Fix or remove the rule and build a new advisor; the threads"
                        + " are released when the rules return, or when the JVM exits.");
    }

    /**
     * The same error led by the rule's place ({@code acme.drl:12: }) and naming its pack, for the rule it names; this
     * exception becomes the cause.
     */
    public EvaluationLimitException locatedAt(@Nullable RuleInfo rule) {
        String text = getMessage();
        if (rule == null || ruleId == null || text == null || !rule.id().equals(ruleId)) {
            return this;
        }
        String where = rule.line() > 0 ? rule.source() + ":" + rule.line() + ": " : rule.source() + ": ";
        String named = "rule `" + ruleId + "`";
        String message = text.contains(named)
                ? text.replace(named, named + " (pack " + rule.pack() + ")")
                : text + " The rule is `" + ruleId + "` of pack " + rule.pack() + ".";
        EvaluationLimitException located = new EvaluationLimitException(limit, ruleId, where + message);
        located.initCause(this);
        return located;
    }

    /** Which limit was exceeded. */
    public Limit limit() {
        return limit;
    }

    /** The rule that was firing or fired most when evaluation stopped, or {@code null} if none was. */
    public @Nullable String ruleId() {
        return ruleId;
    }
}
