package io.archadvisor.pack;

import java.time.Instant;
import java.util.Objects;

/**
 * A rule evaluation that did not stop at its deadline: its consequence neither returned nor reacted to being halted
 * and interrupted (typically a loop that never blocks). Its worker thread is abandoned and the advisor serves the next
 * call with a fresh one; if the thread ever returns, its session is destroyed and the entry disappears.
 *
 * @param ruleId the rule that was running at the deadline, or {@code null} if none was
 * @param thread the name of the abandoned worker thread
 * @param since when the evaluation was abandoned
 */
public record StuckEvaluation(String ruleId, String thread, Instant since) {

    /** Validates the report. */
    public StuckEvaluation {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(since, "since");
    }

    @Override
    public String toString() {
        return "rule `" + ruleId + "` on thread " + thread + " since " + since;
    }
}
