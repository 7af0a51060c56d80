package io.archadvisor.imports;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.facts.Values;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Two sources that state different values for the same thing. archadvisor never picks one silently: the value stays
 * unknown and the conflict is reported with every location, until the files agree or the overlay settles it.
 *
 * @param path the requirements path, such as {@code proposal.datastores[0].technology}
 * @param what the thing in words, such as {@code the technology of datastore db}
 * @param values each value with where it was found, in source order
 */
public record Conflict(String path, String what, List<Claimed> values) {

    /**
     * One of the disagreeing values.
     *
     * @param value the value
     * @param origin where it came from
     */
    public record Claimed(Object value, Origin origin) {}

    /** Validates the conflict. */
    public Conflict {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(what, "what");
        values = List.copyOf(values);
        if (values.size() < 2) {
            throw new InvalidValueException("A conflict needs two values");
        }
    }

    /**
     * A sentence starting with the first location, such as: {@code compose.yaml:12:12: the technology of datastore
     * db is stated as postgresql here and as mysql at k8s/db.yaml:20:16; make the files agree or state it in the
     * overlay}.
     */
    public String message() {
        Claimed first = values.get(0);
        return first.origin().location() + ": " + what + " is " + describe(first) + " here and "
                + values.subList(1, values.size()).stream()
                        .map(c -> describe(c) + " at " + c.origin().location())
                        .collect(Collectors.joining(" and "))
                + "; make the files agree, or state the value in the overlay file, which wins";
    }

    private static String describe(Claimed c) {
        String v = Values.display(c.value());
        return c.origin().stated()
                ? "stated as " + v
                : v + " (inferred from " + c.origin().evidence() + ")";
    }

    @Override
    public String toString() {
        return message();
    }
}
