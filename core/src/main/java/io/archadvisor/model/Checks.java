package io.archadvisor.model;

import io.archadvisor.base.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validation shared by the requirement records' compact constructors. */
final class Checks {

    private Checks() {}

    static void atLeast(String field, @Nullable Number value, long min) {
        if (value != null && !Double.isFinite(value.doubleValue())) {
            throw fail(field, value, "must be a finite number ≥ " + min);
        }
        if (value != null && value.doubleValue() < min) {
            throw fail(field, value, "must be ≥ " + min);
        }
    }

    static void percentage(String field, @Nullable Double value) {
        if (value != null && !(value > 0 && value <= 100)) {
            throw fail(field, value, "must be a percentage greater than 0 and at most 100 (e.g. 99.9)");
        }
    }

    static void notBlank(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw fail(field, value, "is required and must not be blank");
        }
    }

    static void required(String field, @Nullable Object value) {
        if (value == null) {
            throw fail(field, null, "is required");
        }
    }

    /** An unmodifiable copy of {@code list}, keeping {@code null} (unknown) as {@code null}. */
    static <T> @Nullable List<T> list(String field, @Nullable List<T> list) {
        if (list == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            T item = list.get(i);
            if (item == null || (item instanceof String s && s.isBlank())) {
                throw fail(field + "[" + i + "]", item, "must not be empty");
            }
            copy.add(item);
        }
        return Collections.unmodifiableList(copy);
    }

    private static RequirementsException fail(String field, @Nullable Object value, String constraint) {
        return new RequirementsException(List.of(Problem.of(field, value, constraint)));
    }
}
