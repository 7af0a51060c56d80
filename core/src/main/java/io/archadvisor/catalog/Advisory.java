package io.archadvisor.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A published security advisory and the versions it affects.
 *
 * @param id the advisory's id, such as {@code CVE-2025-49844}
 * @param severity its severity as published
 * @param summary what it is, in one sentence
 * @param affected the affected version ranges, at least one
 * @param source where it is published
 */
public record Advisory(String id, AdvisorySeverity severity, String summary, List<VersionRange> affected, String source) {

    /** Validates and copies. */
    public Advisory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        affected = List.copyOf(affected);
        if (affected.isEmpty()) {
            throw new IllegalArgumentException("Advisory " + id + " needs at least one affected range");
        }
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
        return affected.stream().map(VersionRange::fixed).filter(Objects::nonNull).toList();
    }

    /** The first fixed version at or after the given one, or {@code null} when none is recorded. */
    public Version fixFor(Version version) {
        return affected.stream()
                .filter(r -> r.exposure(version) != Exposure.NOT_AFFECTED && r.fixed() != null)
                .map(VersionRange::fixed).findFirst().orElse(null);
    }

    /** The advisory in words, such as {@code CVE-2025-49844 (CRITICAL, fixed in 7.2.11, 7.4.6)}. */
    public String describe() {
        List<Version> fixed = fixedIn();
        return id + " (" + severity + (fixed.isEmpty() ? ", no fix recorded" : ", fixed in "
                + String.join(", ", fixed.stream().map(Version::toString).toList())) + ")";
    }
}
