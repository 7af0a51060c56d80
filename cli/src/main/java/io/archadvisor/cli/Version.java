package io.archadvisor.cli;

/** The version of archadvisor this command belongs to. */
public final class Version {

    private Version() {
    }

    /** The version from the jar's manifest, or {@code development} when run from classes. */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
