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
import io.archadvisor.rules.support.Messages;
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

    /** What "no advisory in the catalog" covers (texts of the checklist-catalog bundle), so a PASS is not read as more than it checked. */
    static String advisoryScope() {
        return Messages.text("checklist-catalog", "advisories", "scope", Messages.none());
    }

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
                stale.add(Messages.text(
                        "checklist-catalog",
                        "verified",
                        "staleEntry",
                        Messages.with("label", e.label())
                                .and("name", r.entry().name())
                                .and("verifiedOn", r.entry().verifiedOn())
                                .and("age", r.entry().verificationAgeDays(at))
                                .and("at", at)));
            } else {
                fresh.add(Messages.text(
                        "checklist-catalog",
                        "verified",
                        "freshEntry",
                        Messages.with("name", r.displayName())
                                .and("source", r.entry().source())
                                .and("verifiedOn", r.entry().verifiedOn())));
            }
        }
        ChecklistItem item = ChecklistItem.TECHNOLOGIES_VERIFIED;
        if (!stale.isEmpty()) {
            return new ChecklistResult(
                    item,
                    CheckStatus.FAIL,
                    Messages.text(
                            "checklist-catalog",
                            "verified",
                            "fail",
                            Messages.with("maxAge", TechnologyCatalog.MAX_VERIFICATION_AGE_DAYS)
                                    .and("stale", join(stale))));
        }
        if (!missing.isEmpty()) {
            return new ChecklistResult(
                    item,
                    CheckStatus.UNKNOWN,
                    Messages.text(
                            "checklist-catalog",
                            "verified",
                            "unknown",
                            Messages.with("missing", join(missing))
                                    .and(
                                            "verified",
                                            (fresh.isEmpty()
                                                    ? ""
                                                    : Messages.text(
                                                            "checklist-catalog",
                                                            "verified",
                                                            "unknownVerified",
                                                            Messages.with("fresh", join(distinct(fresh))))))));
        }
        return new ChecklistResult(
                item,
                CheckStatus.PASS,
                entries.isEmpty()
                        ? Messages.text("checklist-catalog", "verified", "none", Messages.none())
                        : Messages.text(
                                "checklist-catalog",
                                "verified",
                                "pass",
                                Messages.with("maxAge", TechnologyCatalog.MAX_VERIFICATION_AGE_DAYS)
                                        .and("at", at)
                                        .and("fresh", join(distinct(fresh)))));
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
                unknown.add(
                        o == Outcome.NO_ENTRY
                                ? Messages.text(
                                        "checklist-catalog", "entry", "noEntry", Messages.with("label", e.label()))
                                : Messages.text(
                                        "checklist-catalog",
                                        "entry",
                                        "noReleaseLines",
                                        Messages.with("label", e.label())));
            } else if (o == Outcome.NO_VERSION && e.recommended()) {
                failed.add(Messages.text(
                        "checklist-catalog",
                        "versions",
                        "noSupportedLine",
                        Messages.with("label", e.label()).and("at", at)));
            } else if (o == Outcome.NO_VERSION) {
                unknown.add(
                        Messages.text("checklist-catalog", "versions", "noVersion", Messages.with("label", e.label())));
            } else if (o == Outcome.MATCHED || o == Outcome.NOT_VERSIONED) {
                confirmed.add(r.summary());
            } else {
                failed.add(Messages.text(
                        "checklist-catalog",
                        "versions",
                        "failedEntry",
                        Messages.with("label", e.label()).and("summary", r.summary())));
            }
        }
        ChecklistItem item = ChecklistItem.VERSIONS_CONFIRMED;
        if (!failed.isEmpty()) {
            return new ChecklistResult(
                    item,
                    CheckStatus.FAIL,
                    Messages.text("checklist-catalog", "versions", "fail", Messages.with("failed", join(failed))));
        }
        if (!unknown.isEmpty()) {
            return new ChecklistResult(
                    item,
                    CheckStatus.UNKNOWN,
                    Messages.text(
                            "checklist-catalog",
                            "versions",
                            "unknown",
                            Messages.with("unknown", join(unknown))
                                    .and(
                                            "confirmed",
                                            (confirmed.isEmpty()
                                                    ? ""
                                                    : Messages.text(
                                                            "checklist-catalog",
                                                            "versions",
                                                            "unknownConfirmed",
                                                            Messages.with("confirmed", join(confirmed)))))));
        }
        return new ChecklistResult(
                item,
                CheckStatus.PASS,
                confirmed.isEmpty()
                        ? Messages.text("checklist-catalog", "versions", "none", Messages.none())
                        : Messages.text(
                                "checklist-catalog", "versions", "pass", Messages.with("confirmed", join(confirmed))));
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
                unknown.add(
                        Messages.text("checklist-catalog", "advisories", "noEntry", Messages.with("label", e.label())));
            } else if (!r.advisories().isEmpty()) {
                failed.add(r.advisoryEvidence(e.where()));
            } else if (r.version().isEmpty() && !r.entry().versionless()) {
                unversioned.add(unversioned(e, r));
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
                    Messages.text(
                            "checklist-catalog",
                            "advisories",
                            "unknown",
                            Messages.with("why", join(why))
                                    .and(
                                            "clean",
                                            (clean.isEmpty()
                                                    ? ""
                                                    : Messages.text(
                                                            "checklist-catalog",
                                                            "advisories",
                                                            "unknownClean",
                                                            Messages.with("clean", join(distinct(clean))))))
                                    .and("scope", advisoryScope())));
        }
        return new ChecklistResult(
                item,
                CheckStatus.PASS,
                (clean.isEmpty()
                        ? Messages.text("checklist-catalog", "entry", "nothingToCheck", Messages.none())
                        : Messages.text(
                                "checklist-catalog",
                                "advisories",
                                "pass",
                                Messages.with("clean", join(distinct(clean))).and("scope", advisoryScope()))));
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
                    Messages.text(
                            "checklist-catalog",
                            "deprecations",
                            "unknown",
                            Messages.with("unknown", join(unknown)).and("current", currentClause(current))));
        }
        return new ChecklistResult(
                item,
                CheckStatus.PASS,
                current.isEmpty()
                        ? Messages.text("checklist-catalog", "entry", "nothingToCheck", Messages.none())
                        : Messages.text(
                                "checklist-catalog",
                                "deprecations",
                                "pass",
                                Messages.with("at", at).and("current", join(distinct(current)))));
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
                unknown.add(Messages.text("checklist-catalog", "entry", "noEntry", Messages.with("label", e.label())));
                continue;
            }
            List<String> removed = removedApis(r);
            if (!removed.isEmpty()) {
                failed.add(Messages.text(
                        "checklist-catalog",
                        "api",
                        "predates",
                        Messages.with("label", e.label())
                                .and("name", r.displayName())
                                .and("removed", join(removed))));
            } else if (r.version().isEmpty() && !r.entry().versionless() && !e.recommended()) {
                unknown.add(unversioned(e, r));
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
                        failed.add(Messages.text(
                                "checklist-catalog",
                                "api",
                                "conflict",
                                Messages.with("conflict", c).and("a", a.where()).and("b", b.where())));
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
                    Messages.text(
                            "checklist-catalog",
                            "api",
                            "unknown",
                            Messages.with("unknown", join(unknown)).and("current", currentClause(current))));
        }
        return new ChecklistResult(
                item,
                CheckStatus.PASS,
                current.isEmpty()
                        ? Messages.text("checklist-catalog", "entry", "nothingToCheck", Messages.none())
                        : Messages.text(
                                "checklist-catalog", "api", "pass", Messages.with("current", join(distinct(current)))));
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
                out.add(
                        d.guide() == null
                                ? d.describe()
                                : Messages.text(
                                        "checklist-catalog",
                                        "api",
                                        "removedWithGuide",
                                        Messages.with("deprecation", d.describe())
                                                .and("guide", d.guide())));
            }
        }
        return out;
    }

    /** A technology whose version is missing or not a version, for evidence. */
    private static String unversioned(StackEntry e, TechnologyReview r) {
        return r.versionText() == null
                ? Messages.text("checklist-catalog", "entry", "noVersionGiven", Messages.with("label", e.label()))
                : Messages.text(
                        "checklist-catalog",
                        "entry",
                        "notAVersion",
                        Messages.with("label", e.label()).and("version", r.versionText()));
    }

    // the clause naming the technologies found current, for an UNKNOWN result; empty when there are none
    private static String currentClause(List<String> current) {
        return current.isEmpty()
                ? ""
                : Messages.text(
                        "checklist-catalog", "entry", "current", Messages.with("current", join(distinct(current))));
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
