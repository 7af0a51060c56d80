package io.archadvisor.adr;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The MADR status of a record. */
public enum AdrStatus {
    /** The decision is provisional: an open question may still change it. */
    PROPOSED,
    /** No open question blocks the decision. */
    ACCEPTED,
    /** The advice no longer makes this decision. */
    DEPRECATED,
    /** A newer record replaces this one. */
    SUPERSEDED;

    /** The status as MADR writes it in the front matter, without the superseding record: {@code proposed}. */
    public String madr() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status named by a front-matter value such as {@code accepted} or {@code superseded by ADR-0005}, or
     * {@code null} for anything else.
     */
    static @Nullable AdrStatus parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
            v = v.substring(1, v.length() - 1).strip();
        }
        for (AdrStatus s : values()) {
            if (v.equals(s.madr()) || (s == SUPERSEDED && v.startsWith("superseded"))) {
                return s;
            }
        }
        return null;
    }
}
