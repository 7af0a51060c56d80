package io.archadvisor.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the catalog says about one version of one technology on one date: which release line it is on, whether that
 * line is supported, which advisories and deprecations apply, and the upgrade path. Rules build their findings'
 * evidence from it; every sentence names the version, the line, the date and the source.
 *
 * @param technology the technology as named in the requirements
 * @param versionText the version as written, or {@code null} when none was given
 * @param entry the catalog entry, or {@code null} when the catalog has none
 * @param at the advice date
 */
public record TechnologyReview(
        String technology,
        @Nullable String versionText,
        @Nullable TechnologyEntry entry,
        LocalDate at) {

    /** What the catalog could make of the technology and version. */
    public enum Outcome {
        /** The catalog has no entry for the technology. */
        NO_ENTRY,
        /** The technology has no versions by nature (a managed service); there is no version to check. */
        NOT_VERSIONED,
        /** The technology has versions, but the catalog records no release lines for it. */
        NO_RELEASE_DATA,
        /** No version was given. */
        NO_VERSION,
        /** The version text is not a version. */
        UNPARSEABLE,
        /** The version is on no release line the catalog knows. */
        UNKNOWN_LINE,
        /** The version is written too broadly and spans several release lines. */
        AMBIGUOUS,
        /** The version is on exactly one known release line. */
        MATCHED
    }

    /** Validates the review. */
    public TechnologyReview {
        java.util.Objects.requireNonNull(technology, "technology");
        java.util.Objects.requireNonNull(at, "at");
    }

    /** How many days a "latest" version stays current: after that it is flagged as possibly stale. */
    public static final int MAX_LATEST_AGE_DAYS = 30;

    /**
     * A review of {@code version} of {@code technology} against {@code entry} (which may be {@code null}). Without a
     * version, the one the name carries is used: the tag of {@code bitnami/postgresql:15.4.0}, the version of
     * {@code pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1}.
     */
    public static TechnologyReview of(
            String technology, @Nullable TechnologyEntry entry, @Nullable String version, LocalDate at) {
        String v = version == null || version.isBlank() ? null : version.strip();
        if (v == null && technology != null) {
            v = TechnologyReference.of(technology).version();
        }
        return new TechnologyReview(technology, v, entry, at);
    }

    /** The parsed version, if one was given and it parses. */
    public Optional<Version> version() {
        return Version.tryParse(versionText);
    }

    /** The release lines the version is on: one when matched, several when ambiguous. */
    public List<ReleaseLine> lines() {
        return entry == null ? List.of() : derived(entry).lines();
    }

    /** What the catalog could make of it. */
    public Outcome outcome() {
        return entry == null ? Outcome.NO_ENTRY : derived(entry).outcome();
    }

    // What a review derives from its entry and version alone (not from the date): computed once per entry and version
    // and shared by every review of them, since rules ask a review for its lines, advisories and deprecations many
    // times in one advice. Entries compare by identity first and hash cheaply.
    private record Derived(
            List<ReleaseLine> lines, Outcome outcome, List<Advisory> advisories, List<Deprecation> deprecations) {}

    private record DerivedKey(
            TechnologyEntry entry, @Nullable String versionText) {}

    private static final Memo<DerivedKey, Derived> DERIVED = new Memo<>(16_384);

    private Derived derived(TechnologyEntry e) {
        return DERIVED.get(new DerivedKey(e, versionText), k -> derive(k.entry(), k.versionText()));
    }

    private static Derived derive(TechnologyEntry entry, @Nullable String versionText) {
        Optional<Version> version = Version.tryParse(versionText);
        List<ReleaseLine> lines = version.map(entry::linesFor).orElse(List.of());
        List<Advisory> advisories = version.map(entry::advisoriesFor).orElse(List.of());
        List<Deprecation> deprecations = version.map(entry::deprecationsFor).orElse(List.of());
        Outcome outcome;
        if (entry.versionless()) {
            outcome = Outcome.NOT_VERSIONED;
        } else if (!entry.versioned()) {
            outcome = Outcome.NO_RELEASE_DATA;
        } else if (versionText == null) {
            outcome = Outcome.NO_VERSION;
        } else if (version.isEmpty()) {
            outcome = Outcome.UNPARSEABLE;
        } else if (lines.isEmpty()) {
            outcome = Outcome.UNKNOWN_LINE;
        } else {
            outcome = lines.size() == 1 && lines.get(0).contains(version.get()) ? Outcome.MATCHED : Outcome.AMBIGUOUS;
        }
        return new Derived(lines, outcome, advisories, deprecations);
    }

    /** The release line, when matched. */
    public Optional<ReleaseLine> line() {
        return outcome() == Outcome.MATCHED ? Optional.of(lines().get(0)) : Optional.empty();
    }

    /** Whether the catalog confirms the version: it is on exactly one known line (or the technology has none). */
    public boolean versionConfirmed() {
        return outcome() == Outcome.MATCHED || outcome() == Outcome.NOT_VERSIONED;
    }

    /** Whether every line the version is on has reached its end of life on the advice date. */
    public boolean endOfLife() {
        List<ReleaseLine> lines = lines();
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.statusAt(at) == Support.END_OF_LIFE);
    }

    /** The line to move to on the advice date. */
    public Optional<ReleaseLine> target() {
        return entry == null ? Optional.empty() : entry.recommendedLine(at);
    }

    /** Advisories that affect or may affect the version. */
    public List<Advisory> advisories() {
        return entry == null ? List.of() : derived(entry).advisories();
    }

    /** Whether some advisory certainly affects the version (not only possibly). */
    public boolean vulnerable() {
        return version()
                .map(v -> advisories().stream().anyMatch(a -> a.exposure(v) == Exposure.AFFECTED))
                .orElse(false);
    }

    /**
     * The severity a finding about the advisories deserves: the highest severity among advisories that certainly
     * apply, or at most MEDIUM when they only possibly apply (the patch level decides).
     */
    public AdvisorySeverity advisorySeverity() {
        Version v = version().orElse(null);
        AdvisorySeverity worst = null;
        for (Advisory a : advisories()) {
            AdvisorySeverity s = v != null && a.exposure(v) == Exposure.AFFECTED
                    ? a.severity()
                    : a.severity().compareTo(AdvisorySeverity.MEDIUM) > 0 ? AdvisorySeverity.MEDIUM : a.severity();
            worst = worst == null || s.compareTo(worst) > 0 ? s : worst;
        }
        return worst == null ? AdvisorySeverity.INFO : worst;
    }

    /** Deprecations the version relies on or may rely on. */
    public List<Deprecation> deprecations() {
        return entry == null ? List.of() : derived(entry).deprecations();
    }

    /** The name to show: the catalog's display name, or the name as written. */
    public String displayName() {
        return entry == null ? technology : entry.displayName();
    }

    /** The technology and version as written, such as {@code java 8} or {@code bitnami/postgresql:15.4.0}. */
    public String written() {
        if (versionText == null
                || versionText.equals(TechnologyReference.of(technology).version())) {
            return technology;
        }
        return technology + " " + versionText;
    }

    /**
     * Where the facts come from and as of when, such as {@code https://endoflife.date/nodejs (as of 2026-08-22)}; data
     * older than {@link TechnologyCatalog#MAX_VERIFICATION_AGE_DAYS} days on the advice date says so.
     */
    public String citation() {
        if (entry == null) {
            return "no catalog entry";
        }
        long age = entry.verificationAgeDays(at);
        return entry.source() + " (as of " + entry.verifiedOn()
                + (age > TechnologyCatalog.MAX_VERIFICATION_AGE_DAYS
                        ? "; " + age + " days old on " + at + ", so support dates may have changed since"
                        : "")
                + ")";
    }

    /** The release line in words on the advice date, flagging a "latest" version that may be stale. */
    String describeLine(ReleaseLine line) {
        return line.describe(at, entry == null ? null : entry.verifiedOn());
    }

    /** Why the version is end of life, naming the line, the date and the source. */
    public String endOfLifeEvidence(String where) {
        List<ReleaseLine> lines = lines();
        String lineText = lines.stream()
                .map(l -> l.cycle()
                        + (l.endOfLife() != null && l.endOfLife().date() != null
                                ? " (end of life " + l.endOfLife().dateText() + ")"
                                : " (end of life)"))
                .collect(Collectors.joining(", "));
        return written() + " (" + where + ") is on " + (lines.size() == 1 ? "release line " : "release lines ")
                + lineText + ", past its end of life on " + at + ", so it gets no more fixes from the project; source "
                + citation();
    }

    /** The upgrade path: the target line, its support, its release notes and what to handle on the way. */
    public String upgradePath() {
        Optional<ReleaseLine> target = target();
        TechnologyEntry e = entry;
        if (target.isEmpty() || e == null) { // without an entry there is no target
            return "The catalog has no supported " + displayName() + " line on " + at
                    + "; plan a replacement and check " + (e == null ? "the vendor" : e.docs());
        }
        ReleaseLine t = target.get();
        StringBuilder sb = new StringBuilder("Upgrade ")
                .append(displayName())
                .append(' ')
                .append(versionText == null ? "" : versionText + " ")
                .append("→ ")
                .append(describeLine(t))
                .append(" (catalog as of ")
                .append(e.verifiedOn())
                .append(", ")
                .append(e.source())
                .append(").");
        if (t.releaseNotes() != null) {
            sb.append(" Release notes: ").append(t.releaseNotes()).append('.');
        }
        List<Deprecation> deprecations = deprecations();
        if (!deprecations.isEmpty()) {
            sb.append(" On the way, migrate: ")
                    .append(deprecations.stream()
                            .map(d -> d.describe() + (d.guide() == null ? "" : " (guide: " + d.guide() + ")"))
                            .collect(Collectors.joining("; ")))
                    .append('.');
        }
        if (!t.requires().isEmpty()) {
            sb.append(" The target line requires ")
                    .append(t.requires().stream().map(Compatibility::describe).collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (e.policy() != null) {
            sb.append(" Support policy: ").append(e.policy()).append('.');
        }
        return sb.toString();
    }

    /** The advisories in words, naming whether each certainly or possibly applies and the fix. */
    public String advisoryEvidence(String where) {
        Version v = version().orElse(null);
        List<String> parts = new ArrayList<>();
        for (Advisory a : advisories()) {
            Version fix = v == null ? null : a.fixFor(v);
            parts.add(a.label() + " (" + a.severity() + ", " + a.summary() + "; "
                    + (v != null && a.exposure(v) == Exposure.AFFECTED
                            ? "affected"
                            : "possibly affected, the patch" + " level decides")
                    + (fix == null ? "; no fix recorded" : "; fixed in " + fix) + "; " + a.source()
                    + ")");
        }
        return written() + " (" + where + ") is exposed to " + String.join("; ", parts) + "; catalog " + citation();
    }

    /** The remediation for the advisories: the fixed versions to move to. */
    public String advisoryRemediation() {
        Version v = version().orElse(null);
        List<String> fixes = new ArrayList<>();
        for (Advisory a : advisories()) {
            Version fix = v == null ? null : a.fixFor(v);
            fixes.add(a.id()
                    + (fix == null
                            ? ": no fix recorded, mitigate per the advisory (" + a.source() + ")"
                            : ": upgrade to " + fix + " or later"));
        }
        Version all = null;
        boolean everyFixed = v != null;
        for (Advisory a : advisories()) {
            Version fix = v == null ? null : a.fixFor(v);
            if (fix == null) {
                everyFixed = false;
            } else if (all == null || all.compareNumerically(fix) < 0) {
                all = fix;
            }
        }
        return "Patch " + displayName() + " — " + String.join("; ", fixes) + "."
                + (everyFixed && fixes.size() > 1
                        ? " Upgrading to " + all + " or later fixes all " + fixes.size() + "."
                        : "");
    }

    /** The deprecations in words. */
    public String deprecationEvidence(String where) {
        return written() + " (" + where + ") relies on what " + displayName() + " has deprecated or removed: "
                + deprecations().stream()
                        .map(d -> d.describe() + " [" + d.source() + "]")
                        .collect(Collectors.joining("; "))
                + "; catalog " + citation();
    }

    /** The compatibility problems between this technology's line and another technology's version, if any. */
    public List<String> conflictsWith(TechnologyReview other) {
        Optional<ReleaseLine> line = line();
        Optional<Version> otherVersion = other.version();
        if (line.isEmpty() || otherVersion.isEmpty() || other.entry == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Compatibility c : line.get().requires()) {
            if (other.entry.knownAs(c.technology()) && c.accepts(otherVersion.get()) == Exposure.NOT_AFFECTED) {
                out.add(displayName() + " " + line.get().cycle() + " requires " + c.describe() + ", but "
                        + other.written() + " is outside that range (source "
                        + (c.source() != null
                                ? c.source()
                                : line.get().source() != null ? line.get().source() : known().source())
                        + ")");
            }
        }
        return out;
    }

    // the entry, where an outcome other than NO_ENTRY (a matched line, a known line set) shows there is one
    private TechnologyEntry known() {
        return java.util.Objects.requireNonNull(entry, "an outcome other than NO_ENTRY has a catalog entry");
    }

    /** The review in one line, for checklist evidence. */
    public String summary() {
        return switch (outcome()) {
            case NO_ENTRY -> written() + ": no catalog entry";
            case NOT_VERSIONED ->
                written() + ": no versions to check, " + known().unversioned() + " (" + citation() + ")";
            case NO_RELEASE_DATA -> written() + ": the catalog records no release lines for " + displayName();
            case NO_VERSION -> written() + ": no version given";
            case UNPARSEABLE -> written() + ": `" + versionText + "` is not a version";
            case UNKNOWN_LINE ->
                written() + ": not a release line the catalog knows (known: "
                        + known().releases().stream()
                                .map(l -> l.cycle().toString())
                                .collect(Collectors.joining(", "))
                        + ")";
            case AMBIGUOUS ->
                written() + ": spans lines "
                        + lines().stream().map(l -> l.cycle().toString()).collect(Collectors.joining(", "))
                        + "; give the exact line";
            case MATCHED -> written() + ": line " + describeLine(line().orElseThrow());
        };
    }
}
