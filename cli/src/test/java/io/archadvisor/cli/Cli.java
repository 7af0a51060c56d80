package io.archadvisor.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the command in-process with captured streams. */
final class Cli {

    /** The advice date every test pins, so that end-of-life findings do not move with the calendar. */
    static final String DATE = "2026-08-22";

    /** The bundled examples. */
    static final Path EXAMPLES = Path.of("..", "samples", "src", "main", "resources", "examples");
    /** One high finding (a shared datastore), nothing critical, every checklist item passes on {@link #DATE}. */
    static final Path ORDER_PLATFORM = EXAMPLES.resolve("order-platform.yaml");
    /** A critical and a high finding, two failed checklist items. */
    static final Path STARTUP_MVP = EXAMPLES.resolve("startup-mvp.yaml");

    /** Longer than the default 10 s: the first advice in a cold JVM on a busy shared machine can take that long. */
    static final String TIMEOUT = "120s";

    private Cli() {}

    /** What a run printed and returned. */
    record Result(int exit, String out, String err) {
        /** The error output's lines. */
        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    static Result run(String... args) {
        return runWithInput("", args);
    }

    static Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = Main.execute(
                    args,
                    new Streams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e),
                    SharedAdvisors.INSTANCE);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * The arguments with {@code --date} and {@code --no-config} added, for reproducible runs, and a timeout that a
     * loaded machine's cold JVM does not reach.
     */
    static String[] pinned(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--date=" + DATE);
        all.add("--timeout=" + TIMEOUT);
        all.add("--no-config");
        return all.toArray(String[]::new);
    }
}
