package io.archadvisor.yaml;

import io.archadvisor.Location;
import io.archadvisor.Problem;
import io.archadvisor.RequirementsException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found while reading one document; rendered in source order and capped so a message stays readable. */
final class Problems {

    /** The most problems listed one by one; the rest are summarised in one line. */
    static final int MAX_LISTED = 100;

    private static final Comparator<Problem> SOURCE_ORDER = Comparator
            .comparingInt((Problem p) -> p.location() == null ? Integer.MAX_VALUE : p.location().line())
            .thenComparingInt(p -> p.location() == null ? Integer.MAX_VALUE : p.location().column());

    private final List<Problem> found = new ArrayList<>();
    private final String source;

    Problems(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    void add(String path, String value, Location location, String constraint) {
        found.add(new Problem(path, value, location, constraint));
    }

    void add(Problem problem) {
        found.add(problem);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    /** The exception listing every problem in source order, with the underlying cause attached when there is one. */
    RequirementsException exception(Throwable cause) {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(SOURCE_ORDER);
        if (sorted.size() > MAX_LISTED) {
            int more = sorted.size() - MAX_LISTED;
            Location last = sorted.get(MAX_LISTED - 1).location();
            sorted = new ArrayList<>(sorted.subList(0, MAX_LISTED));
            sorted.add(new Problem("", null, last == null ? new Location(source, 1, 0) : last,
                    "has " + more + " more problem" + (more == 1 ? "" : "s") + " after this point; fix the ones above first"));
        }
        RequirementsException e = new RequirementsException(sorted);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }
}
