package io.archadvisor.catalog;

import java.time.LocalDate;

/**
 * A point in a release line's life (LTS start, end of active support, end of life), as endoflife.date records it:
 * a date, or {@code true} (reached, date not given), or {@code false} (not reached and not scheduled). A milestone
 * that is not known at all is {@code null} where it is used.
 *
 * @param date the date, or {@code null} when only the flag is known
 * @param reached for a milestone without a date: whether it has been reached
 */
public record Milestone(LocalDate date, boolean reached) {

    /** Normalizes: a dated milestone carries no flag. */
    public Milestone {
        if (date != null) {
            reached = false;
        }
    }

    /** A milestone on a date. */
    public static Milestone on(LocalDate date) {
        return new Milestone(java.util.Objects.requireNonNull(date, "date"), false);
    }

    /** A milestone reached on a date that is not recorded. */
    public static Milestone reachedUndated() {
        return new Milestone(null, true);
    }

    /** A milestone not reached and not scheduled. */
    public static Milestone notScheduled() {
        return new Milestone(null, false);
    }

    /** Whether the milestone has been reached on {@code at}: on or after its date, or flagged as reached. */
    public boolean reachedBy(LocalDate at) {
        return date != null ? !at.isBefore(date) : reached;
    }

    /** The milestone in words: its date, {@code yes} or {@code not scheduled}. */
    public String describe() {
        return date != null ? date.toString() : reached ? "yes (date not recorded)" : "not scheduled";
    }
}
