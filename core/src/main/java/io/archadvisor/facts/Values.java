package io.archadvisor.facts;

import io.archadvisor.base.EnumNames;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Formats fact values for people: enums in lower kebab case, whole doubles without a fraction. */
public final class Values {

    private Values() {}

    /** The value as a person would write it in the requirements file. */
    public static String display(@Nullable Object value) {
        if (value == null) {
            return "unknown";
        }
        if (value instanceof Enum<?> e) {
            return EnumNames.kebab(e);
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Values::display).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
