package io.archadvisor.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The entry point of {@code archadvisor.jar}. */
public final class Main {

    private Main() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        configureLogging(Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v"));
        int status = execute(args, Streams.system());
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command on these streams and returns its exit status; nothing calls {@link System#exit}. */
    public static int execute(String[] args, Streams streams) {
        return commandLine(streams).execute(args);
    }

    /** The configured command line: one-line usage errors, exit statuses by error kind, output on these streams. */
    public static CommandLine commandLine(Streams streams) {
        CommandLine cl = new CommandLine(new ArchAdvisorCommand(streams));
        cl.setOut(new PrintWriter(streams.out(), true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(streams.err(), true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof ParameterException pe) {
                return usageError(pe, parsed.originalArgs().toArray(String[]::new));
            }
            line.getErr().println("archadvisor: " + Errors.message(e));
            if (!(e instanceof io.archadvisor.ArchAdvisorException)) {
                org.slf4j.LoggerFactory.getLogger(Main.class).debug("the error in full", e);
            }
            line.getErr().flush();
            return Errors.exitCode(e);
        });
        return cl;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        StringBuilder sb = new StringBuilder(name).append(": ").append(oneLine(e.getMessage()));
        if (e instanceof UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                sb.append("; did you mean ").append(String.join(" or ", suggestions.stream()
                        .limit(3).map(s -> "`" + s + "`").toList())).append('?');
            }
        }
        sb.append(" (see `").append(name).append(" --help`)");
        cl.getErr().println(sb);
        cl.getErr().flush();
        return ExitCode.USAGE;
    }

    private static String oneLine(String message) {
        String m = message == null ? "invalid usage" : message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    /**
     * Sets up the SLF4J binding before the first logger is made: warnings only, or with {@code verbose} archadvisor's
     * own steps at debug and everything else at info, on standard error.
     */
    static void configureLogging(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.archadvisor", verbose ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        if (!verbose) {
            // Drools reports its own start-up at info; a one-shot command does not need it
            System.setProperty("org.slf4j.simpleLogger.log.org.drools", "error");
            System.setProperty("org.slf4j.simpleLogger.log.org.kie", "error");
        }
    }
}
