package io.archadvisor.catalog;

import io.archadvisor.base.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A published security advisory and the versions of one technology it affects.
 *
 * @param id the advisory's id, such as {@code GHSA-jfh8-c2jp-5v3q} or {@code CVE-2025-49844}
 * @param severity its severity as published
 * @param summary what it is, in one sentence
 * @param affected the affected version ranges, at least one, as the advisory states them
 * @param source where it is published (the advisory's URL)
 * @param aliases the other ids it goes by, such as {@code CVE-2021-44228}; may be empty
 * @param published when it was published, or {@code null} when not recorded
 */
public record Advisory(
        String id,
        AdvisorySeverity severity,
        String summary,
        List<VersionRange> affected,
        String source,
        List<String> aliases,
        @Nullable LocalDate published) {

    /** Validates and copies. */
    public Advisory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        affected = List.copyOf(affected);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (affected.isEmpty()) {
            throw new InvalidValueException("Advisory " + id + " needs at least one affected range");
        }
    }

    /** An advisory without aliases or publication date. */
    public Advisory(String id, AdvisorySeverity severity, String summary, List<VersionRange> affected, String source) {
        this(id, severity, summary, affected, source, List.of(), null);
    }

    /** Whether the version (or the line it stands for) is affected. */
    public Exposure exposure(Version version) {
        Exposure e = Exposure.NOT_AFFECTED;
        for (VersionRange r : affected) {
            e = e.or(r.exposure(version));
        }
        return e;
    }

    /** The fixed versions, in range order. */
    public List<Version> fixedIn() {
        return affected.stream()
                .map(VersionRange::fixed)
                .filter(Objects::nonNull)
                .toList();
    }

    /** The first fixed version at or after the given one, or {@code null} when none is recorded. */
    public @Nullable Version fixFor(Version version) {
        return affected.stream()
                .filter(r -> r.exposure(version) != Exposure.NOT_AFFECTED && r.fixed() != null)
                .map(VersionRange::fixed)
                .findFirst()
                .orElse(null);
    }

    /** The id with its aliases, such as {@code GHSA-jfh8-c2jp-5v3q (CVE-2021-44228)}. */
    public String label() {
        return aliases.isEmpty() ? id : id + " (" + String.join(", ", aliases) + ")";
    }

    /** The advisory in words, such as {@code CVE-2025-49844 (CRITICAL, fixed in 7.2.11, 7.4.6)}. */
    public String describe() {
        List<Version> fixed = fixedIn();
        return label() + " (" + severity
                + (fixed.isEmpty()
                        ? ", no fix recorded"
                        : ", fixed in "
                                + String.join(
                                        ", ",
                                        fixed.stream().map(Version::toString).toList()))
                + ")";
    }
}
