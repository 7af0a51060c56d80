package io.archadvisor.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * @param identifiers package URLs the technology is published under, without versions, such as
 *     {@code pkg:maven/org.apache.logging.log4j/log4j-core} or {@code pkg:docker/bitnami/postgresql}; a name written
 *     as a container image, a package coordinate or a purl resolves to the entry through them
 */
public record TechnologyEntry(
        String name,
        String displayName,
        Category category,
        String docs,
        List<String> aliases,
        LocalDate verifiedOn,
        String source,
        @Nullable String policy,
        @Nullable String unversioned,
        List<ReleaseLine> releases,
        List<Deprecation> deprecations,
        List<Advisory> advisories,
        List<String> identifiers) {

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
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** An entry without package identifiers. */
    public TechnologyEntry(
            String name,
            String displayName,
            Category category,
            String docs,
            List<String> aliases,
            LocalDate verifiedOn,
            String source,
            @Nullable String policy,
            @Nullable String unversioned,
            List<ReleaseLine> releases,
            List<Deprecation> deprecations,
            List<Advisory> advisories) {
        this(
                name,
                displayName,
                category,
                docs,
                aliases,
                verifiedOn,
                source,
                policy,
                unversioned,
                releases,
                deprecations,
                advisories,
                List.of());
    }

    /**
     * Every key the entry is found by: its name, display name and aliases normalized, and the keys of its package
     * identifiers ({@link TechnologyReference#identifierKeys}). Computed once per entry.
     */
    public java.util.Set<String> keys() {
        return KEYS.get(this, TechnologyEntry::computeKeys);
    }

    private static java.util.Set<String> computeKeys(TechnologyEntry e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        out.add(normalize(e.name));
        out.add(normalize(e.displayName));
        for (String a : e.aliases) {
            out.add(normalize(a));
        }
        for (String id : e.identifiers) {
            out.addAll(TechnologyReference.identifierKeys(id));
        }
        out.remove("");
        return java.util.Set.copyOf(out);
    }

    // keys are derived from the components: computed once per entry (equality checks identity first, hashing is
    // cheap)
    private static final Memo<TechnologyEntry, java.util.Set<String>> KEYS = new Memo<>(16_384);

    /**
     * Hashes the name and verification date only: rules put reviews of an entry in hash maps on every advice, and
     * hashing every release line, deprecation and advisory each time cost a fifth of an advice. Equal entries still
     * hash alike.
     */
    @Override
    public int hashCode() {
        return 31 * name.hashCode() + verifiedOn.hashCode();
    }

    private static volatile @Nullable TechnologyReference lastReference;

    /** A name as the catalog compares names: lower case, without spaces, dashes or underscores. */
    public static String normalize(@Nullable String name) {
        if (name == null) {
            return "";
        }
        // rules join on knownAs for every technology and catalog entry pair: no regular expression per call
        String lower = name.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean drop = c == ' '
                    || c == '\t'
                    || c == '\n'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\r'
                    || c == '_'
                    || c == '-';
            if (drop && out == null) {
                out = new StringBuilder(lower.length()).append(lower, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? lower : out.toString();
    }

    /**
     * Whether the technology goes by this name: its name, display name or an alias (case, spaces, dashes and
     * underscores ignored), or a container image, package coordinate or purl of one of its identifiers, with or
     * without a version ({@code bitnami/postgresql:15.4.0}, {@code org.apache.logging.log4j:log4j-core:2.14.1},
     * {@code pkg:npm/express@4.17.1}).
     */
    @SuppressWarnings("ReferenceEquality") // the one-slot memo answers for the very same string object only
    public boolean knownAs(@Nullable String nameOrAlias) {
        if (nameOrAlias == null) {
            return false;
        }
        java.util.Set<String> mine = keys();
        // rules join one technology name with every entry in turn: read that name once, not once per entry
        TechnologyReference last = lastReference;
        TechnologyReference ref =
                last != null && last.written() == nameOrAlias ? last : TechnologyReference.of(nameOrAlias);
        lastReference = ref;
        for (String key : ref.keys()) {
            if (mine.contains(key)) {
                return true;
            }
        }
        return false;
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
            if (l.contains(version)
                    && (best == null || l.cycle().precision() > best.cycle().precision())) {
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
        boolean hasLts = false;
        for (ReleaseLine l : releases) {
            if (l.lts() != null && (l.lts().date() != null || l.lts().reached())) {
                hasLts = true;
                break;
            }
        }
        // each line's support on the date, worked out once for the tiers below
        Support[] status = new Support[releases.size()];
        for (int i = 0; i < status.length; i++) {
            status[i] = releases.get(i).statusAt(at);
        }
        if (hasLts) {
            for (int i = 0; i < status.length; i++) {
                if (releases.get(i).ltsAt(at) && status[i].isSupported()) {
                    return Optional.of(releases.get(i));
                }
            }
        }
        for (Support tier : RECOMMENDED_TIERS) {
            for (int i = 0; i < status.length; i++) {
                if (status[i] == tier) {
                    return Optional.of(releases.get(i));
                }
            }
        }
        return Optional.empty();
    }

    private static final List<Support> RECOMMENDED_TIERS =
            List.of(Support.ACTIVE, Support.MAINTENANCE, Support.UNKNOWN);

    /** Advisories that affect (or may affect) the version. */
    public List<Advisory> advisoriesFor(Version version) {
        return advisories.stream()
                .filter(a -> a.exposure(version) != Exposure.NOT_AFFECTED)
                .toList();
    }

    /** Deprecations the version relies on (or may rely on). */
    public List<Deprecation> deprecationsFor(Version version) {
        return deprecations.stream()
                .filter(d -> d.exposure(version) != Exposure.NOT_AFFECTED)
                .toList();
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
