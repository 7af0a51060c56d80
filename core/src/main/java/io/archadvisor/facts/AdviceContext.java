package io.archadvisor.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The one fact about the advice itself that every session holds: the date the advice is given for, from the
 * advisor's clock. Rules that depend on time (end of life, stale data) match it.
 *
 * @param date the advice date
 */
public record AdviceContext(LocalDate date) {

    /** Requires a date. */
    public AdviceContext {
        Objects.requireNonNull(date, "date");
    }
}
