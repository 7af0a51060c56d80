package io.archadvisor.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The standard streams a run reads and writes, so that it can run inside another program or a test.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 */
public record Streams(InputStream in, PrintStream out, PrintStream err) {

    /** Validates. */
    public Streams {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** The process's own streams. */
    public static Streams system() {
        return new Streams(System.in, System.out, System.err);
    }
}
