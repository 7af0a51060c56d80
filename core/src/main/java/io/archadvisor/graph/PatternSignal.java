package io.archadvisor.graph;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.model.Pattern;
import java.util.Objects;

/**
 * One argument for or against a pattern, from one cell of the seed's table.
 *
 * @param pattern the pattern
 * @param stance whether it is a "best for" or an "avoid when" reason
 * @param criterion a short stable key for the reason, such as {@code small-team}
 * @param weight how strongly it counts, 0 to 10 (the calibration policy's range; a signal of weight 0 is recorded
 *     but does not count)
 * @param rationale the reason in words, naming the facts
 */
public record PatternSignal(Pattern pattern, Stance stance, String criterion, int weight, String rationale)
        implements Node {

    /** Validates the node. */
    public PatternSignal {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(rationale, "rationale");
        if (weight < 0 || weight > 10) {
            throw new InvalidValueException("weight must be 0 to 10, got " + weight);
        }
    }

    @Override
    public String id() {
        return "signal:" + pattern + ":" + stance + ":" + criterion;
    }

    @Override
    public String summary() {
        return pattern.label() + (stance == Stance.BEST_FOR ? " fits: " : " avoid: ") + rationale;
    }
}
