package io.archadvisor.cli;

import io.archadvisor.graph.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lowest severity that fails {@code archadvisor check}, or {@link #NONE} to never fail on findings. */
public enum FailLevel {
    /** Every finding fails the check. */
    INFO,
    /** Low and above. */
    LOW,
    /** Medium and above. */
    MEDIUM,
    /** High and above (the default). */
    HIGH,
    /** Only critical findings. */
    CRITICAL,
    /** No finding fails the check (failed checklist items still do unless turned off). */
    NONE;

    /** Whether a finding of this severity fails the check. */
    public boolean fails(Severity severity) {
        return this != NONE && severity.compareTo(Severity.valueOf(name())) >= 0;
    }

    /** The level's name as written on the command line, such as {@code high}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The level with this name, ignoring case.
     *
     * @throws CliException naming the accepted names
     */
    public static FailLevel parse(String name) {
        for (FailLevel l : values()) {
            if (l.id().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return l;
            }
        }
        throw new CliException("`" + name + "` is not a severity: choose one of " + names());
    }

    /** The accepted names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(FailLevel::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id();
    }
}
