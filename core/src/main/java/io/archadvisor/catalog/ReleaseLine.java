package io.archadvisor.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
public record ReleaseLine(Version cycle, LocalDate releaseDate, Milestone lts, Milestone endOfActiveSupport,
        Milestone endOfLife, Milestone endOfExtendedSupport, Version latest, LocalDate latestReleaseDate,
        String releaseNotes, List<Compatibility> requires, String source) {

    /** Validates and copies. */
    public ReleaseLine {
        Objects.requireNonNull(cycle, "cycle");
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** A line with only a cycle, a release date and an end of life, for tests and simple overlays. */
    public static ReleaseLine of(String cycle, LocalDate releaseDate, LocalDate endOfLife) {
        return new ReleaseLine(Version.parse(cycle), releaseDate, null, null,
                endOfLife == null ? null : Milestone.on(endOfLife), null, null, null, null, List.of(), null);
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

    /** The line in words, such as {@code 25 (LTS, latest 25.0.4.1+1, end of life 2031-09-30)}. */
    public String describe(LocalDate at) {
        StringBuilder sb = new StringBuilder(cycle.toString()).append(" (");
        if (ltsAt(at)) {
            sb.append("LTS, ");
        }
        if (latest != null) {
            sb.append("latest ").append(latest).append(", ");
        }
        sb.append(statusAt(at).label());
        if (endOfLife != null && endOfLife.date() != null) {
            sb.append(endOfLife.reachedBy(at) ? " since " : " until ").append(endOfLife.date());
        }
        return sb.append(')').toString();
    }
}
