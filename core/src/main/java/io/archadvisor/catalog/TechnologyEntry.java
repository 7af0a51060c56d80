package io.archadvisor.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the catalog knows about one technology: its category, documentation, names, release lines, deprecations,
 * advisories, when the entry was last verified and where its facts come from.
 *
 * @param name the canonical name, lower case, such as {@code postgresql}
 * @param displayName the name as people write it, such as {@code PostgreSQL}
 * @param category its category
 * @param docs the official documentation
 * @param aliases other names it goes by, such as {@code postgres} and {@code pg}
 * @param verifiedOn when the entry was last checked against its source
 * @param source where the entry's facts come from
 * @param policy the project's release or support policy, or {@code null}
 * @param unversioned why the technology has no versions to check (a managed service, a specification), or
 *     {@code null} when it is versioned
 * @param releases its release lines, newest first; empty for services without versions or when not recorded
 * @param deprecations what it has deprecated
 * @param advisories known security advisories
 */
public record TechnologyEntry(String name, String displayName, Category category, String docs, List<String> aliases,
        LocalDate verifiedOn, String source, String policy, String unversioned, List<ReleaseLine> releases, List<Deprecation> deprecations,
        List<Advisory> advisories) {

    /** Validates, copies, and sorts the release lines newest first. */
    public TechnologyEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(docs, "docs");
        Objects.requireNonNull(verifiedOn, "verifiedOn");
        Objects.requireNonNull(source, "source");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        List<ReleaseLine> sorted = new ArrayList<>(releases == null ? List.of() : releases);
        sorted.sort(Comparator.comparing(ReleaseLine::cycle).reversed());
        releases = List.copyOf(sorted);
        deprecations = deprecations == null ? List.of() : List.copyOf(deprecations);
        advisories = advisories == null ? List.of() : List.copyOf(advisories);
    }

    /**
     * Hashes the name and verification date only: rules put reviews of an entry in hash maps on every advice, and
     * hashing every release line, deprecation and advisory each time cost a fifth of an advice. Equal entries still
     * hash alike.
     */
    @Override
    public int hashCode() {
        return 31 * name.hashCode() + verifiedOn.hashCode();
    }

    // a rule joins one technology name with every catalog entry in turn: normalize that name once, not per entry
    private record Normalized(String name, String key) {
    }

    private static volatile Normalized lastNormalized;

    /** A name as the catalog compares names: lower case, without spaces, dashes or underscores. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        // rules join on knownAs for every technology and catalog entry pair: no regular expression per call
        String lower = name.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean drop = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '_'
                    || c == '-';
            if (drop && out == null) {
                out = new StringBuilder(lower.length()).append(lower, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? lower : out.toString();
    }

    /** Whether the technology goes by this name (its name, display name or an alias, case and dashes ignored). */
    @SuppressWarnings("ReferenceEquality") // the one-slot memo answers for the very same string object only
    public boolean knownAs(String nameOrAlias) {
        Normalized last = lastNormalized;
        String n;
        if (last != null && last.name() == nameOrAlias) {
            n = last.key();
        } else {
            n = normalize(nameOrAlias);
            lastNormalized = new Normalized(nameOrAlias, n);
        }
        if (n.isEmpty()) {
            return false;
        }
        if (sameName(n, name) || sameName(n, displayName)) {
            return true;
        }
        for (String a : aliases) {
            if (sameName(n, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code normalize(candidate)} equals {@code normalized}, without building the normalized candidate while
     * it is printable ASCII (rules ask this for every technology and catalog entry pair, and most pairs differ in
     * their first letter). Up to the first other character, normalizing only drops spaces, dashes and underscores and
     * lowers A-Z, so a difference found there is final.
     */
    private static boolean sameName(String normalized, String candidate) {
        if (candidate == null) {
            return false;
        }
        int i = 0;
        for (int j = 0; j < candidate.length(); j++) {
            char c = candidate.charAt(j);
            if (c < 0x20 || c > 0x7E) {
                return normalize(candidate).equals(normalized);
            }
            if (c == ' ' || c == '_' || c == '-') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (i == normalized.length() || normalized.charAt(i) != c) {
                return false;
            }
            i++;
        }
        return i == normalized.length();
    }

    /** Whether the technology has release lines recorded; managed services such as SQS have none. */
    public boolean versioned() {
        return !releases.isEmpty();
    }

    /** Whether the technology has no versions to check by nature, such as a managed service. */
    public boolean versionless() {
        return unversioned != null;
    }

    /** The release line with exactly this cycle. */
    public Optional<ReleaseLine> line(String cycle) {
        Optional<Version> v = Version.tryParse(cycle);
        return v.flatMap(c -> releases.stream().filter(l -> l.cycle().equals(c)).findFirst());
    }

    /**
     * The release lines a version belongs to: the one line that contains it (the most specific when cycles nest), or
     * every line it spans when it is written too broadly ({@code 3} against lines {@code 3.0}…{@code 3.5}), or none.
     */
    public List<ReleaseLine> linesFor(Version version) {
        ReleaseLine best = null;
        for (ReleaseLine l : releases) {
            if (l.contains(version) && (best == null || l.cycle().precision() > best.cycle().precision())) {
                best = l;
            }
        }
        if (best != null) {
            return List.of(best);
        }
        return releases.stream().filter(l -> version.spans(l.cycle())).toList();
    }

    /**
     * The line to recommend on {@code at}: among released lines still supported (or whose end is not recorded), a
     * line that is LTS on that date if the technology has LTS lines, otherwise one in active support, then one in
     * maintenance, then one whose support is not recorded; the newest within the first group that has any.
     */
    public Optional<ReleaseLine> recommendedLine(LocalDate at) {
        boolean hasLts = releases.stream().anyMatch(l -> l.lts() != null && (l.lts().date() != null
                || l.lts().reached()));
        List<java.util.function.Predicate<ReleaseLine>> tiers = new ArrayList<>();
        if (hasLts) {
            tiers.add(l -> l.ltsAt(at) && l.statusAt(at).isSupported());
        }
        tiers.add(l -> l.statusAt(at) == Support.ACTIVE);
        tiers.add(l -> l.statusAt(at) == Support.MAINTENANCE);
        tiers.add(l -> l.statusAt(at) == Support.UNKNOWN);
        for (java.util.function.Predicate<ReleaseLine> tier : tiers) {
            Optional<ReleaseLine> found = releases.stream().filter(tier).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Advisories that affect (or may affect) the version. */
    public List<Advisory> advisoriesFor(Version version) {
        return advisories.stream().filter(a -> a.exposure(version) != Exposure.NOT_AFFECTED).toList();
    }

    /** Deprecations the version relies on (or may rely on). */
    public List<Deprecation> deprecationsFor(Version version) {
        return deprecations.stream().filter(d -> d.exposure(version) != Exposure.NOT_AFFECTED).toList();
    }

    /** How many days old the verification is on {@code at}. */
    public long verificationAgeDays(LocalDate at) {
        return ChronoUnit.DAYS.between(verifiedOn, at);
    }

    /** Whether the entry was verified more than {@code maxAgeDays} days before {@code at}. */
    public boolean staleAt(LocalDate at, int maxAgeDays) {
        return verificationAgeDays(at) > maxAgeDays;
    }
}
