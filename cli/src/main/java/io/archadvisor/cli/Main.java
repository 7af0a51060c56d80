package io.archadvisor.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The entry point of {@code archadvisor.jar}. */
public final class Main {

    private Main() {}

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        configureLogging(
                Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v"));
        int status = execute(args, Streams.system());
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command on these streams and returns its exit status; nothing calls {@link System#exit}. */
    public static int execute(String[] args, Streams streams) {
        return execute(args, streams, AdvisorFactory.BUILD);
    }

    /** Runs the command on these streams with advisors from the factory; returns the exit status. */
    public static int execute(String[] args, Streams streams, AdvisorFactory advisors) {
        try {
            int status = commandLine(streams, advisors, named(args)).execute(args);
            if (streams.out().checkError()) {
                // a PrintStream swallows write errors: a report lost to a full disk or a closed pipe must not pass
                streams.err()
                        .println("archadvisor: standard output could not be written (a full disk, or a pipe"
                                + " closed before the end); the report is incomplete");
                streams.err().flush();
                return ExitCode.worst(status, ExitCode.EVALUATION);
            }
            return status;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // not a finding (exit 1) and not a stack trace: one line and the evaluation-failure status
            streams.err()
                    .println("archadvisor: internal error: "
                            + (e instanceof OutOfMemoryError
                                    ? "the JVM ran out of memory (" + e.getMessage() + "); give it more with"
                                            + " ARCHADVISOR_JAVA_OPTS=-Xmx2g, or split the input"
                                    : "the stack overflowed, which an input or rule nested this deeply causes;"
                                            + " flatten it, or give the JVM a larger stack with"
                                            + " ARCHADVISOR_JAVA_OPTS=-Xss8m"));
            streams.err().flush();
            return ExitCode.EVALUATION;
        }
    }

    /** The configured command line: one-line usage errors, exit statuses by error kind, output on these streams. */
    public static CommandLine commandLine(Streams streams, AdvisorFactory advisors) {
        return commandLine(streams, advisors, ArchAdvisorCommand.COMMANDS);
    }

    /**
     * The subcommand the arguments start with, alone, when the run needs no other: a command line with every
     * subcommand otherwise (no command, an option or an argument file first, an unknown or misspelt command, which
     * help and suggestions list the others for, or the completion script, which covers them all).
     */
    static List<Class<?>> named(String[] args) {
        if (args.length == 0) {
            return ArchAdvisorCommand.COMMANDS;
        }
        for (Class<?> c : ArchAdvisorCommand.COMMANDS) {
            CommandLine.Command command = c.getAnnotation(CommandLine.Command.class);
            if (command != null
                    && c != picocli.AutoComplete.GenerateCompletion.class
                    && (command.name().equals(args[0])
                            || Arrays.asList(command.aliases()).contains(args[0]))) {
                return List.of(c);
            }
        }
        return ArchAdvisorCommand.COMMANDS;
    }

    private static CommandLine commandLine(Streams streams, AdvisorFactory advisors, List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new ArchAdvisorCommand(streams, advisors));
        for (Class<?> c : commands) {
            cl.addSubcommand(c);
        }
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
            if (!(e instanceof io.archadvisor.base.ArchAdvisorException)) {
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
        StringBuilder sb = new StringBuilder(name).append(": ");
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            boolean option = arg.startsWith("-") && !arg.equals("-");
            String bare = option && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            List<String> candidates = option
                    ? new ArrayList<>(cl.getCommandSpec().optionsMap().keySet())
                    : new ArrayList<>(cl.getSubcommands().keySet());
            if (option) {
                sb.append("unknown option `").append(bare).append('`');
            } else if (!candidates.isEmpty()) {
                sb.append("unknown command `").append(arg).append('`');
            } else {
                sb.append("unexpected argument `").append(arg).append('`');
            }
            List<String> close = closest(bare, candidates);
            if (!close.isEmpty()) {
                sb.append("; did you mean ")
                        .append(String.join(
                                " or ", close.stream().map(c -> "`" + c + "`").toList()))
                        .append('?');
            } else if (!option && !candidates.isEmpty()) {
                sb.append("; the commands are ")
                        .append(String.join(
                                ", ",
                                candidates.stream()
                                        .filter(c -> !cl.getSubcommands()
                                                .get(c)
                                                .getCommandSpec()
                                                .usageMessage()
                                                .hidden())
                                        .toList()));
            }
        } else {
            sb.append(oneLine(e.getMessage()));
        }
        sb.append(" (see `").append(name).append(" --help`)");
        cl.getErr().println(sb);
        cl.getErr().flush();
        return ExitCode.USAGE;
    }

    /** The candidates within a small edit distance of {@code word}, closest first, at most three. */
    static List<String> closest(String word, List<String> candidates) {
        int limit = Math.max(2, word.length() / 3);
        return candidates.stream()
                .map(c -> Map.entry(c, distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT))))
                .filter(en -> en.getValue() <= limit)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
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
            // the rule engine's own messages only with --verbose: its compile errors come back as archadvisor's
            // located messages, and its start-up notes are noise for a one-shot command
            System.setProperty("org.slf4j.simpleLogger.log.org.drools", "off");
            System.setProperty("org.slf4j.simpleLogger.log.org.kie", "off");
        }
    }
}
