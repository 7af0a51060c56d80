package io.archadvisor.rules.support;

import io.archadvisor.base.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Wording helpers for rule evidence: sorted, de-duplicated and bounded lists of names. */
public final class Evidence {

    /** How many names a list shows before it says how many more there are. */
    public static final int SHOWN = 10;

    private Evidence() {}

    /** The distinct names, sorted, joined with ", ", and cut after {@value #SHOWN} with " and N more". */
    public static String names(Collection<?> names) {
        Objects.requireNonNull(names, "names");
        TreeSet<String> sorted = new TreeSet<>();
        for (Object name : names) {
            sorted.add(String.valueOf(name));
        }
        return bounded(new ArrayList<>(sorted), ", ");
    }

    /** The items in the given order, joined with {@code separator}, cut after {@value #SHOWN} with " and N more". */
    public static String bounded(List<?> items, String separator) {
        return bounded(items, separator, SHOWN);
    }

    /**
     * The items in the given order, joined with {@code separator}, cut after {@code limit} with " and N more".
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    public static String bounded(List<?> items, String separator, int limit) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(separator, "separator");
        if (limit < 1) {
            throw new InvalidValueException("limit must be ≥ 1, got " + limit);
        }
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(limit, items.size());
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : separator).append(items.get(i));
        }
        if (items.size() > shown) {
            sb.append(" and ").append(items.size() - shown).append(" more");
        }
        return sb.toString();
    }

    /** {@code count} followed by the noun, in the plural unless the count is one: "1 service", "3 services". */
    public static String count(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
