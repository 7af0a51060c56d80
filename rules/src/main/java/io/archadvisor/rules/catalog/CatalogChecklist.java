package io.archadvisor.rules.catalog;

import io.archadvisor.catalog.Deprecation;
import io.archadvisor.catalog.Exposure;
import io.archadvisor.catalog.ReleaseLine;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.catalog.TechnologyReview;
import io.archadvisor.catalog.TechnologyReview.Outcome;
import io.archadvisor.catalog.Version;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Decides the five data-backed items of the seed's pre-response checklist from the stack under review (recommended,
 * existing and proposed technologies) and the technology catalog. Each method returns exactly one result: FAIL when
 * the data shows a problem, UNKNOWN when the catalog has no entry (or no release data) for something or a named
 * technology has no version to check, naming it, and PASS otherwise. Evidence names every technology checked, the
 * catalog's sources and the date their data is as of.
 */
public final class CatalogChecklist {

    // the PASS, FAIL and UNKNOWN rules of an item each ask the same question of the same stack: answer it once
    private static final int REMEMBERED = 16;
    private static final ThreadLocal<Map<Question, ChecklistResult>> ANSWERS =
            ThreadLocal.withInitial(() -> new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Question, ChecklistResult> eldest) {
                    return size() > REMEMBERED;
                }
            });

    // the rules of an item collect the very same stack entries from working memory: compare them by identity
    @SuppressWarnings("ArrayRecordComponent") // equals and hashCode below compare the array by identity, on purpose
    private record Question(String item, Object[] stack, LocalDate at) {

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Question q)
                    || !item.equals(q.item)
                    || !at.equals(q.at)
                    || stack.length != q.stack.length) {
                return false;
            }
            for (int i = 0; i < stack.length; i++) {
                if (stack[i] != q.stack[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = item.hashCode() * 31 + at.hashCode();
            for (Object o : stack) {
                h = h * 31 + System.identityHashCode(o);
            }
            return h;
        }
    }

    /** What "no advisory in the catalog" covers, so a PASS is not read as more than it checked. */
    static final String ADVISORY_SCOPE =
            "the advisories of its snapshot (see its header) and of the last" + " `archadvisor catalog update`";

    private CatalogChecklist() {}

    private static ChecklistResult remembered(
            String item,
            Collection<?> stack,
            LocalDate at,
            BiFunction<Collection<?>, LocalDate, ChecklistResult> decide) {
        Question question = new Question(item, stack.toArray(), at);
        Map<Question, ChecklistResult> answers = ANSWERS.get();
        ChecklistResult answer = answers.get(question);
        if (answer == null) {
            answer = decide.apply(stack, at);
            answers.put(question, answer);
        }
        return answer;
    }

    /** "All recommended technologies verified against current documentation": catalog entries exist and are fresh. */
    public static ChecklistResult technologiesVerified(Collection<?> stack, LocalDate at) {
        return remembered("technologiesVerified", stack, at, CatalogChecklist::technologiesVerifiedUncached);
    }

    private static ChecklistResult technologiesVerifiedUncached(Collection<?> stack, LocalDate at) {
        List<StackEntry> entries = entries(stack);
        List<String> stale = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (StackEntry e : entries) {
            TechnologyReview r = e.review();
            if (r.entry() == null) {
                missing.add(e.label());
            } else if (r.entry().staleAt(at, TechnologyCatalog.MAX_VERIFICATION_AGE_DAYS)) {
                stale.add(e.label() + ": catalog entry `" + r.entry().name() + "` is data as of "
                        + r.entry().verifiedOn() + ", " + r.entry().verificationAgeDays(at) + " days before " + at);
            } else {
                fresh.add(r.displayName() + " (" + r.entry().source() + ", as of "
                        + r.entry().verifiedOn() + ")");
            }
        }
        ChecklistItem item = ChecklistItem.TECHNOLOGIES_VERIFIED;
        if (!stale.isEmpty()) {
            return new ChecklistResult(
                    item,
                    CheckStatus.FAIL,
                    "Catalog data is older than "
                            + TechnologyCatalog.MAX_VERIFICATION_AGE_DAYS + " days for " + join(stale)
                            + "; run `archadvisor catalog update` (or layer a current catalog over them) before relying on"
                            + " them");
        }
        if (!missing.isEmpty()) {
            return new ChecklistResult(
                    item,
                    CheckStatus.UNKNOWN,
                    "The technology catalog has no entry for "
                            + join(missing)
                            + ", so they cannot be verified against documentation; add them to the catalog"
                            + (fresh.isEmpty() ? "" : ". Verified: " + join(distinct(fresh))));
        }
        return new ChecklistResult(
                item,
                CheckStatus.PASS,
                entries.isEmpty()
                        ? "No technology is recommended or named, so there is nothing to verify"
                        : "Every technology is backed by catalog data at most "
                                + TechnologyCatalog.MAX_VERIFICATION_AGE_DAYS + " days old on " + at + ": "
                                + join(distinct(fresh)));
    }

    /** "Version numbers confirmed from current documentation": every version is on a known, supported line. */
    public static ChecklistResult versionsConfirmed(Collection<?> stack, LocalDate at) {
        return remembered("versionsConfirmed", stack, at, CatalogChecklist::versionsConfirmedUncached);
    }

    private static ChecklistResult versionsConfirmedUncached(Collection<?> stack, LocalDate at) {
        List<String> failed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        for (StackEntry e : entries(stack)) {
            TechnologyReview r = e.review();
            Outcome o = r.outcome();
            if (o == Outcome.NO_ENTRY || o == Outcome.NO_RELEASE_DATA) {
                unknown.add(e.label()
                        + (o == Outcome.NO_ENTRY ? " (no catalog entry)" : " (no release lines in" + " the catalog)"));
            } else if (o == Outcome.NO_VERSION && e.recommended()) {
                failed.add(e.label() + ": the catalog has no supported release line on " + at);
            } else if (o == Outcome.NO_VERSION) {
                unknown.add(e.label() + " (no version given; the open questions ask for it)");
            } else if (o == Outcome.MATCHED || o == Outcome.NOT_VERSIONED) {
                confirmed.add(r.summary());
            } else {
                failed.add(e.label() + ": " + r.summary());
            }
        }
        ChecklistItem item = ChecklistItem.VERSIONS_CONFIRMED;
        if (!failed.isEmpty()) {
            return new ChecklistResult(item, CheckStatus.FAIL, "Versions not confirmed: " + join(failed));
        }
        if (!unknown.isEmpty()) {
            return new ChecklistResult(
                    item,
                    CheckStatus.UNKNOWN,
                    "The catalog cannot confirm versions for " + join(unknown)
                            + (confirmed.isEmpty() ? "" : "; confirmed: " + join(confirmed)));
        }
        return new ChecklistResult(
                item,
                CheckStatus.PASS,
                confirmed.isEmpty()
                        ? "No technology is recommended or named, so there is no version to confirm"
                        : "Every version is on a release line the catalog knows: " + join(confirmed));
    }

    /** "No known security vulnerabilities in suggested stack": no catalog advisory affects any version. */
    public static ChecklistResult noKnownVulnerabilities(Collection<?> stack, LocalDate at) {
        return remembered("noKnownVulnerabilities", stack, at, CatalogChecklist::noKnownVulnerabilitiesUncached);
    }

    private static ChecklistResult noKnownVulnerabilitiesUncached(Collection<?> stack, LocalDate at) {
        List<String> failed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        List<String> unversioned = new ArrayList<>();
        for (StackEntry e : entries(stack)) {
            TechnologyReview r = e.review();
            if (r.entry() == null) {
                unknown.add(e.label() + " (no catalog entry, and so no advisories)");
            } else if (!r.advisories().isEmpty()) {
                failed.add(r.advisoryEvidence(e.where()));
            } else if (r.version().isEmpty() && !r.entry().versionless()) {
                unversioned.add(e.label()
                        + (r.versionText() == null
                                ? " (no version given)"
                                : " (`" + r.versionText() + "` is not a version)"));
            } else {
                clean.add(r.written());
            }
        }
        ChecklistItem item = ChecklistItem.NO_KNOWN_VULNERABILITIES;
        if (!failed.isEmpty()) {
            return new ChecklistResult(item, CheckStatus.FAIL, join(failed));
        }
        if (!unknown.isEmpty() || !unversioned.isEmpty()) {
            List<String> why = new ArrayList<>(unknown);
            why.addAll(unversioned);
            return new ChecklistResult(
                    item,
                    CheckStatus.UNKNOWN,
                    "Advisories cannot be matched for " + join(why)
                            + (clean.isEmpty() ? "" : "; no catalog advisory affects " + join(distinct(clean)))
                            + "; the catalog holds " + ADVISORY_SCOPE);
        }
        return new ChecklistResult(
                item,
                CheckStatus.PASS,
                (clean.isEmpty()
                        ? "No technology to check"
                        : "No advisory in the catalog affects " + join(distinct(clean)) + "; the catalog holds "
                                + ADVISORY_SCOPE));
    }

    /** "No deprecated features or patterns": nothing is past its end of life or relies on a deprecated feature. */
    public static ChecklistResult noDeprecatedFeatures(Collection<?> stack, LocalDate at) {
        return remembered("noDeprecatedFeatures", stack, at, CatalogChecklist::noDeprecatedFeaturesUncached);
    }

    private static ChecklistResult noDeprecatedFeaturesUncached(Collection<?> stack, LocalDate at) {
        List<String> failed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (StackEntry e : entries(stack)) {
            TechnologyReview r = e.review();
            if (r.entry() == null) {
                unknown.add(e.label());
                continue;
            }
            boolean bad = false;
            if (r.endOfLife()) {
                failed.add(r.endOfLifeEvidence(e.where()));
                bad = true;
            }
            if (!r.deprecations().isEmpty()) {
                failed.add(r.deprecationEvidence(e.where()));
                bad = true;
            }
            if (!bad) {
                current.add(r.written());
            }
        }
        ChecklistItem item = ChecklistItem.NO_DEPRECATED_FEATURES;
        if (!failed.isEmpty()) {
            return new ChecklistResult(item, CheckStatus.FAIL, join(failed));
        }
        if (!unknown.isEmpty()) {
            return new ChecklistResult(
                    item,
                    CheckStatus.UNKNOWN,
                    "The technology catalog has no entry for "
                            + join(unknown) + ", so their deprecations and end of life are not known"
                            + (current.isEmpty() ? "" : "; current: " + join(distinct(current))));
        }
        return new ChecklistResult(
                item,
                CheckStatus.PASS,
                current.isEmpty()
                        ? "No technology to check"
                        : "Nothing is past its end of life on " + at + " or relies on a deprecated feature the catalog"
                                + " records: " + join(distinct(current)));
    }

    /**
     * "API patterns match current library versions": no version relies on APIs the current line removed, and no two
     * technologies of the same stack are on incompatible versions.
     */
    public static ChecklistResult apiPatternsCurrent(Collection<?> stack, LocalDate at) {
        return remembered("apiPatternsCurrent", stack, at, CatalogChecklist::apiPatternsCurrentUncached);
    }

    @SuppressWarnings("ReferenceEquality") // a pair is two different entries of working memory
    private static ChecklistResult apiPatternsCurrentUncached(Collection<?> stack, LocalDate at) {
        List<StackEntry> entries = entries(stack);
        List<String> failed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (StackEntry e : entries) {
            TechnologyReview r = e.review();
            if (r.entry() == null) {
                unknown.add(e.label() + " (no catalog entry)");
                continue;
            }
            List<String> removed = removedApis(r);
            if (!removed.isEmpty()) {
                failed.add(e.label() + " predates API changes of the current " + r.displayName() + " line: "
                        + join(removed));
            } else if (r.version().isEmpty() && !r.entry().versionless() && !e.recommended()) {
                unknown.add(e.label()
                        + (r.versionText() == null
                                ? " (no version given)"
                                : " (`" + r.versionText() + "` is not a version)"));
            } else {
                current.add(r.written());
            }
        }
        for (StackEntry a : entries) {
            TechnologyReview ra = a.review();
            Optional<ReleaseLine> line = ra.line();
            if (line.isEmpty() || line.get().requires().isEmpty()) {
                continue; // a line without compatibility requirements conflicts with nothing; skip the pair scan
            }
            for (StackEntry b : entries) {
                if (a != b && a.group().equals(b.group())) {
                    for (String c : ra.conflictsWith(b.review())) {
                        failed.add(c + " [" + a.where() + ", " + b.where() + "]");
                    }
                }
            }
        }
        ChecklistItem item = ChecklistItem.API_PATTERNS_CURRENT;
        if (!failed.isEmpty()) {
            return new ChecklistResult(item, CheckStatus.FAIL, join(failed));
        }
        if (!unknown.isEmpty()) {
            return new ChecklistResult(
                    item,
                    CheckStatus.UNKNOWN,
                    "API changes and compatibility cannot be checked"
                            + " for " + join(unknown)
                            + (current.isEmpty() ? "" : "; current: " + join(distinct(current))));
        }
        return new ChecklistResult(
                item,
                CheckStatus.PASS,
                current.isEmpty()
                        ? "No technology to check"
                        : "No version predates an API removal the catalog records and every recorded compatibility"
                                + " requirement holds: " + join(distinct(current)));
    }

    /** Deprecations whose removal already shipped in the line the catalog recommends, and that the version predates. */
    static List<String> removedApis(TechnologyReview r) {
        Optional<Version> v = r.version();
        Optional<ReleaseLine> target = r.target();
        if (v.isEmpty() || target.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Deprecation d : r.deprecations()) {
            if (d.removedIn() != null
                    && d.exposure(v.get()) != Exposure.NOT_AFFECTED
                    && target.get().cycle().compareNumerically(d.removedIn()) >= 0) {
                out.add(d.describe() + (d.guide() == null ? "" : " (guide: " + d.guide() + ")"));
            }
        }
        return out;
    }

    private static List<StackEntry> entries(Collection<?> stack) {
        List<StackEntry> out = new ArrayList<>();
        for (Object o : stack) {
            if (o instanceof StackEntry e) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing(StackEntry::group).thenComparing(StackEntry::where));
        return out;
    }

    private static List<String> distinct(List<String> l) {
        return l.stream().distinct().toList();
    }

    private static String join(List<String> parts) {
        return parts.stream().collect(Collectors.joining("; "));
    }
}
