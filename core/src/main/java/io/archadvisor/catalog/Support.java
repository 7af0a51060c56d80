package io.archadvisor.catalog;

/** Where a release line stands on a given date. */
public enum Support {
    /** Not yet released on that date. */
    UNRELEASED,
    /** Released and in active support. */
    ACTIVE,
    /** Active support has ended; it still gets security and critical fixes until its end of life. */
    MAINTENANCE,
    /** Its end of life has passed: no more fixes from the project. */
    END_OF_LIFE,
    /** Released, but the catalog does not record when its support ends. */
    UNKNOWN;

    /** Whether the project still fixes it (active or maintenance). */
    public boolean isSupported() {
        return this == ACTIVE || this == MAINTENANCE;
    }

    /** The status in words, such as {@code end of life}. */
    public String label() {
        return switch (this) {
            case UNRELEASED -> "not yet released";
            case ACTIVE -> "in active support";
            case MAINTENANCE -> "in maintenance (security fixes only)";
            case END_OF_LIFE -> "end of life";
            case UNKNOWN -> "support status unknown";
        };
    }
}
