package io.archadvisor.cli;

/** The version of archadvisor this command belongs to. */
public final class Version {

    private Version() {}

    /**
     * Prints the version and nothing else: a main that loads no rules, so that the wall time of a command can be set
     * beside the JVM's own start-up ({@code benchmarks/cli-wall-time.sh}).
     */
    public static void main(String[] args) {
        System.out.println(get());
    }

    /** The version from the jar's manifest, or {@code development} when run from classes. */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
