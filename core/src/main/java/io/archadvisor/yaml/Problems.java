package io.archadvisor.yaml;

import io.archadvisor.base.Location;
import io.archadvisor.base.Problem;
import io.archadvisor.base.ProblemsException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The problems found while reading one document; rendered in source order and capped so a message stays readable. */
final class Problems {

    /** The most problems listed one by one; the rest are summarised in one line. */
    static final int MAX_LISTED = 100;

    private static final Comparator<Problem> SOURCE_ORDER = Comparator.comparingInt((Problem p) ->
                    p.location() == null ? Integer.MAX_VALUE : p.location().line())
            .thenComparingInt(
                    p -> p.location() == null ? Integer.MAX_VALUE : p.location().column());

    private final List<Problem> found = new ArrayList<>();
    private final String source;
    private final String document;
    private final String tuning;
    private final Function<List<Problem>, ? extends ProblemsException> failure;
    private final String rootKey;
    private final String rootKeys;

    /**
     * @param document what the document is, for messages ("a requirements file")
     * @param tuning the builder that sets the limits, for messages ("RequirementsReader.builder()")
     * @param failure the exception that lists the problems
     * @param rootKey what one top-level key is ("a section of the requirements")
     * @param rootKeys what the top-level keys are called ("sections")
     */
    Problems(
            String source,
            String document,
            String tuning,
            Function<List<Problem>, ? extends ProblemsException> failure,
            String rootKey,
            String rootKeys) {
        this.source = source;
        this.document = document;
        this.tuning = tuning;
        this.failure = failure;
        this.rootKey = rootKey;
        this.rootKeys = rootKeys;
    }

    /** What one top-level key is, for messages ("a section of the requirements"). */
    String rootKey() {
        return rootKey;
    }

    /** What the top-level keys are called, for messages ("sections"). */
    String rootKeys() {
        return rootKeys;
    }

    String document() {
        return document;
    }

    String tuning() {
        return tuning;
    }

    String source() {
        return source;
    }

    void add(String path, @Nullable String value, @Nullable Location location, String constraint) {
        found.add(new Problem(path, value, location, constraint));
    }

    void add(Problem problem) {
        found.add(problem);
    }

    /** Whether a problem was recorded at exactly this path. */
    boolean has(String path) {
        return found.stream().anyMatch(p -> p.path().equals(path));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    /** The exception listing every problem in source order, with the underlying cause attached when there is one. */
    ProblemsException exception(@Nullable Throwable cause) {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(SOURCE_ORDER);
        if (sorted.size() > MAX_LISTED) {
            int more = sorted.size() - MAX_LISTED;
            Location last = sorted.get(MAX_LISTED - 1).location();
            sorted = new ArrayList<>(sorted.subList(0, MAX_LISTED));
            sorted.add(new Problem(
                    "",
                    null,
                    last == null ? new Location(source, 1, 0) : last,
                    "has " + more + " more problem" + (more == 1 ? "" : "s")
                            + " after this point; fix the ones above first"));
        }
        ProblemsException e = failure.apply(sorted);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }
}
