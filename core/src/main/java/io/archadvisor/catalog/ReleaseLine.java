package io.archadvisor.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One release line (cycle) of a technology, with the fields endoflife.date uses. Every field but the cycle may be
 * {@code null} when the catalog does not know it.
 *
 * @param cycle the line, such as {@code 3.2}, {@code 17} or {@code 20}
 * @param releaseDate when the line was first released
 * @param lts whether (or from when) the line is a long-term-support line
 * @param endOfActiveSupport when active support ends (security fixes may continue)
 * @param endOfLife when all support from the project ends
 * @param endOfExtendedSupport when paid or extended support ends
 * @param latest the latest release of the line
 * @param latestReleaseDate when the latest release came out
 * @param releaseNotes a link to the line's release notes or changelog
 * @param requires what the line requires of other technologies
 * @param source where this line's data comes from, or {@code null} for the entry's source
 */
public record ReleaseLine(
        Version cycle,
        @Nullable LocalDate releaseDate,
        @Nullable Milestone lts,
        @Nullable Milestone endOfActiveSupport,
        @Nullable Milestone endOfLife,
        @Nullable Milestone endOfExtendedSupport,
        @Nullable Version latest,
        @Nullable LocalDate latestReleaseDate,
        @Nullable String releaseNotes,
        List<Compatibility> requires,
        @Nullable String source) {

    /** Validates and copies. */
    public ReleaseLine {
        Objects.requireNonNull(cycle, "cycle");
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** A line with only a cycle, a release date and an end of life, for tests and simple overlays. */
    public static ReleaseLine of(String cycle, @Nullable LocalDate releaseDate, @Nullable LocalDate endOfLife) {
        return new ReleaseLine(
                Version.parse(cycle),
                releaseDate,
                null,
                null,
                endOfLife == null ? null : Milestone.on(endOfLife),
                null,
                null,
                null,
                null,
                List.of(),
                null);
    }

    /** Whether the version lies in this line. */
    public boolean contains(Version version) {
        return version.isIn(cycle);
    }

    /** Where the line stands on {@code at}. */
    public Support statusAt(LocalDate at) {
        if (releaseDate != null && at.isBefore(releaseDate)) {
            return Support.UNRELEASED;
        }
        if (endOfLife == null) {
            return Support.UNKNOWN;
        }
        if (endOfLife.reachedBy(at)) {
            return Support.END_OF_LIFE;
        }
        if (endOfActiveSupport != null && endOfActiveSupport.reachedBy(at)) {
            return Support.MAINTENANCE;
        }
        return Support.ACTIVE;
    }

    /** Whether the line is a long-term-support line on {@code at}. */
    public boolean ltsAt(LocalDate at) {
        return lts != null && lts.reachedBy(at);
    }

    /**
     * The line in words on {@code at}, such as {@code 26 (LTS, latest 26.7.0, in active support until 2027-10-27,
     * end of life 2029-04-30)}: active support is dated by its own end, not by the end of life.
     */
    public String describe(LocalDate at) {
        return describe(at, null);
    }

    /**
     * The line in words on {@code at}, with the "latest" release flagged as possibly stale when the data dates from
     * {@code asOf} more than {@link TechnologyReview#MAX_LATEST_AGE_DAYS} days earlier.
     */
    public String describe(LocalDate at, @Nullable LocalDate asOf) {
        StringBuilder sb = new StringBuilder(cycle.toString()).append(" (");
        if (ltsAt(at)) {
            sb.append("LTS, ");
        }
        if (latest != null) {
            sb.append("latest ").append(latest);
            if (asOf != null
                    && java.time.temporal.ChronoUnit.DAYS.between(asOf, at) > TechnologyReview.MAX_LATEST_AGE_DAYS) {
                sb.append(" as of ").append(asOf).append(", a newer release may exist");
            }
            sb.append(", ");
        }
        Support status = statusAt(at);
        sb.append(status.label());
        String eol = endOfLife == null ? null : endOfLife.dateText();
        switch (status) {
            case ACTIVE -> {
                String eoas = endOfActiveSupport == null ? null : endOfActiveSupport.dateText();
                if (eoas != null) {
                    sb.append(" until ").append(eoas);
                }
                if (eol != null) {
                    sb.append(", end of life ").append(eol);
                }
            }
            case MAINTENANCE -> {
                if (eol != null) {
                    sb.append(" until ").append(eol);
                }
            }
            case END_OF_LIFE -> {
                if (eol != null) {
                    sb.append(" since ").append(eol);
                }
            }
            default -> {}
        }
        return sb.append(')').toString();
    }
}
