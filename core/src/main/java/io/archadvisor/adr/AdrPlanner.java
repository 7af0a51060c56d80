package io.archadvisor.adr;

import io.archadvisor.adr.AdrText.AdrRef;
import io.archadvisor.graph.RecommendationGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Compares the decisions of a graph with the records of an existing folder and plans what to write, as MADR
 * prescribes: a decision without a record gets a new one, numbered after the highest number in the folder; a record
 * that already says what the advice says is left alone, byte for byte; a decision whose outcome stands but whose
 * context changed is rewritten in place; a decision whose outcome changed gets a new record that supersedes the old
 * one, which is marked {@code superseded by}; a record of a decision the advice no longer makes is marked
 * {@code deprecated}. Records archadvisor did not write (no marker) only count for numbering; records it wrote and
 * someone edited since (checksum mismatch) are never overwritten, only reported. Immutable and deterministic.
 */
public final class AdrPlanner {

    private final AdrRenderer renderer;

    private AdrPlanner(AdrRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** A planner that renders and dates records with this renderer. */
    public static AdrPlanner of(AdrRenderer renderer) {
        return new AdrPlanner(renderer);
    }

    /** The plan for a graph's decisions against the files of a folder. */
    public AdrPlan plan(RecommendationGraph graph, List<AdrFile> files) {
        return plan(renderer.drafts(graph), files);
    }

    /** The plan for these decisions against the files of a folder. */
    public AdrPlan plan(List<AdrDraft> drafts, List<AdrFile> files) {
        Map<String, AdrFile> byName = new TreeMap<>();
        int next = 1;
        for (AdrFile f : files) {
            if (AdrFile.isRecordName(f.fileName())) {
                byName.put(f.fileName(), f);
                next = Math.max(next, f.number() + 1);
            }
        }
        Map<String, AdrFile> current = new TreeMap<>();
        for (AdrFile f : byName.values()) {
            f.key().ifPresent(key -> current.merge(key, f, (a, b) -> a.number() >= b.number() ? a : b));
        }
        String date = renderer.dateText();
        List<AdrChange> changes = new ArrayList<>();
        Set<String> decided = new HashSet<>();
        for (AdrDraft d : drafts) {
            decided.add(d.key());
            AdrFile cur = current.get(d.key());
            if (cur != null
                    && (cur.status().orElse(null) == AdrStatus.DEPRECATED
                            || cur.status().orElse(null) == AdrStatus.SUPERSEDED)) {
                cur = null;
            }
            if (cur == null) {
                changes.add(new AdrChange.Created(record(d, next++, date, null)));
                continue;
            }
            boolean sameOutcome =
                    AdrText.outcomeHash(d.outcome()).equals(cur.outcome().orElse(""));
            AdrRef previous = cur.supersedes().map(name -> ref(name, byName)).orElse(null);
            String regenerated = AdrText.compose(d, cur.date().orElse(null), previous);
            if (cur.editedByHand()) {
                if (!sameOutcome) {
                    AdrRecord by = record(d, next++, date, AdrRef.of(cur));
                    changes.add(new AdrChange.Created(by));
                    changes.add(new AdrChange.EditedByHand(
                            cur.fileName(),
                            d.key(),
                            "the decision changed and "
                                    + by.fileName() + " supersedes it; set its status to `superseded by " + by.label()
                                    + "` by hand"));
                } else if (cur.marker()
                        .orElseThrow()
                        .checksum()
                        .equals(AdrFile.sha256(new AdrFile(cur.fileName(), regenerated)
                                .marker()
                                .orElseThrow()
                                .above()))) {
                    changes.add(new AdrChange.EditedByHand(
                            cur.fileName(), d.key(), "the advice for it is unchanged, so nothing is lost"));
                } else {
                    changes.add(new AdrChange.EditedByHand(
                            cur.fileName(),
                            d.key(),
                            "the advice for it changed"
                                    + " (its context, status or consequences), but the new text was not written; merge it"
                                    + " by hand, or delete the file and run again to regenerate it"));
                }
            } else if (sameOutcome && regenerated.equals(cur.content())) {
                changes.add(new AdrChange.Unchanged(cur.fileName(), d.key()));
            } else if (sameOutcome) {
                String content =
                        AdrText.compose(d, date != null ? date : cur.date().orElse(null), previous);
                changes.add(new AdrChange.Updated(
                        new AdrRecord(cur.number(), cur.slug(), d.key(), d.title(), d.status(), content)));
            } else {
                AdrRecord by = record(d, next++, date, AdrRef.of(cur));
                String notice = "**Superseded** by "
                        + AdrRef.of(by.number(), by.fileName(), d).link() + ".";
                AdrRecord replaced = new AdrRecord(
                        cur.number(),
                        cur.slug(),
                        d.key(),
                        cur.title(),
                        AdrStatus.SUPERSEDED,
                        AdrText.restated(cur, "superseded by " + by.label(), notice));
                changes.add(new AdrChange.Superseded(replaced, by));
            }
        }
        for (AdrFile cur : current.values().stream()
                .sorted((a, b) -> a.fileName().compareTo(b.fileName()))
                .toList()) {
            String key = cur.key().orElseThrow();
            AdrStatus status = cur.status().orElse(null);
            if (decided.contains(key) || status == AdrStatus.DEPRECATED || status == AdrStatus.SUPERSEDED) {
                continue;
            }
            if (cur.editedByHand()) {
                changes.add(new AdrChange.EditedByHand(
                        cur.fileName(),
                        key,
                        "the advice no longer makes this" + " decision; set its status to `deprecated` by hand"));
            } else {
                changes.add(new AdrChange.Withdrawn(new AdrRecord(
                        cur.number(),
                        cur.slug(),
                        key,
                        cur.title(),
                        AdrStatus.DEPRECATED,
                        AdrText.restated(
                                cur, "deprecated", "**Deprecated:** the advice no longer makes this decision."))));
            }
        }
        return new AdrPlan(changes);
    }

    private static AdrRecord record(AdrDraft d, int number, @Nullable String date, @Nullable AdrRef supersedes) {
        if (number > 9999) {
            throw new AdrException("The ADR folder already holds record 9999; adr-tools and Log4brains number"
                    + " records with four digits. Archive old records to another folder and run again.");
        }
        return new AdrRecord(number, d.slug(), d.key(), d.title(), d.status(), AdrText.compose(d, date, supersedes));
    }

    private static AdrRef ref(String fileName, Map<String, AdrFile> byName) {
        AdrFile f = byName.get(fileName);
        if (f != null) {
            return AdrRef.of(f);
        }
        AdrFile missing = new AdrFile(fileName, "");
        return new AdrRef(AdrFile.isRecordName(fileName) ? missing.number() : 0, fileName, missing.slug());
    }
}
