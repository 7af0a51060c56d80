package io.archadvisor.policy;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.model.Pattern;
import java.util.Objects;

/**
 * The weight of one pattern signal: the pattern, the signal's criterion (such as {@code team-under-20}) and how much
 * it counts for or against the pattern.
 *
 * @param pattern the pattern the signal is about
 * @param criterion the criterion of the signal, as in {@code PatternSignal.criterion}
 * @param weight how much it counts, 0 to 10
 */
public record Weight(Pattern pattern, String criterion, Integer weight) {

    /** Requires all three, and a weight from 0 to 10. */
    public Weight {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(weight, "weight");
        if (criterion.isBlank()) {
            throw new InvalidValueException("criterion must not be blank");
        }
        if (weight < 0 || weight > 10) {
            throw new InvalidValueException("weight must be from 0 to 10, got " + weight);
        }
    }
}
