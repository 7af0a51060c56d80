package io.archadvisor.catalog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A point in a release line's life (LTS start, end of active support, end of life), as endoflife.date records it:
 * a date, or {@code true} (reached, date not given), or {@code false} (not reached and not scheduled). A milestone
 * that is not known at all is {@code null} where it is used. A source that names only a month ("end of life in March
 * 2027") gives a month-precision milestone: it is shown as {@code 2027-03}, never as a made-up day, and counts as
 * reached only once that month is over.
 *
 * @param date the date (the first day of the month for a month-precision milestone), or {@code null} when only the
 *     flag is known
 * @param reached for a milestone without a date: whether it has been reached
 * @param monthOnly whether the source gives only the month
 */
public record Milestone(@Nullable LocalDate date, boolean reached, boolean monthOnly) {

    /** Normalizes: a dated milestone carries no flag; a month-precision one starts on the first of its month. */
    public Milestone {
        if (date != null) {
            reached = false;
            if (monthOnly) {
                date = date.withDayOfMonth(1);
            }
        } else {
            monthOnly = false;
        }
    }

    /** A milestone known to the day, or only flagged. */
    public Milestone(@Nullable LocalDate date, boolean reached) {
        this(date, reached, false);
    }

    /** A milestone on a date. */
    public static Milestone on(LocalDate date) {
        return new Milestone(java.util.Objects.requireNonNull(date, "date"), false, false);
    }

    /** A milestone in a month whose day the source does not give. */
    public static Milestone inMonth(java.time.YearMonth month) {
        return new Milestone(month.atDay(1), false, true);
    }

    /** A milestone reached on a date that is not recorded. */
    public static Milestone reachedUndated() {
        return new Milestone(null, true, false);
    }

    /** A milestone not reached and not scheduled. */
    public static Milestone notScheduled() {
        return new Milestone(null, false, false);
    }

    /**
     * Whether the milestone has been reached on {@code at}: on or after its date (after its month, for a
     * month-precision milestone), or flagged as reached.
     */
    public boolean reachedBy(LocalDate at) {
        if (date == null) {
            return reached;
        }
        return !at.isBefore(monthOnly ? date.plusMonths(1) : date);
    }

    /** The milestone as its source gives it: {@code 2027-04-30}, or {@code 2027-03} when only the month is known. */
    public @Nullable String dateText() {
        return date == null ? null : text(date);
    }

    private String text(LocalDate day) {
        return monthOnly ? java.time.YearMonth.from(day).toString() : day.toString();
    }

    /** The milestone in words: its date (or month), {@code yes} or {@code not scheduled}. */
    public String describe() {
        return date != null ? text(date) : reached ? "yes (date not recorded)" : "not scheduled";
    }
}
