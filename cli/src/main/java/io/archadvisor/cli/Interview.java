package io.archadvisor.cli;

import io.archadvisor.model.Edits;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.model.TechnologyRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The questions of {@code archadvisor init}, over the context dimensions the seed says to gather before recommending:
 * scale, team, budget and timeline, existing infrastructure, critical NFRs and the deployment environment. An empty
 * answer leaves the value unknown; an invalid one is explained and asked again.
 */
final class Interview {

    /** One question: the requirement it answers and how to ask. */
    record Question(String section, String path, String prompt) {}

    /** The questions in the order they are asked. */
    static final List<Question> QUESTIONS = List.of(
            new Question("System", "system", "What is the system called?"),
            new Question("Scale", "scale.currentRequestsPerSecond", "Requests per second today"),
            new Question("Scale", "scale.projectedRequestsPerSecond", "Requests per second expected at the horizon"),
            new Question("Scale", "scale.projectedUsers", "Users expected at the horizon"),
            new Question("Scale", "scale.horizonMonths", "Planning horizon in months"),
            new Question("Team", "team.size", "Engineers who build and run it"),
            new Question(
                    "Team",
                    "team.expertise",
                    "What the team knows well (comma-separated, such as java," + " postgresql)"),
            new Question("Team", "team.opsMaturity", "Operations maturity"),
            new Question("Budget and timeline", "budget.monthlyUsd", "Monthly infrastructure budget in USD"),
            new Question("Budget and timeline", "budget.costSensitivity", "Cost sensitivity"),
            new Question("Budget and timeline", "timeline.monthsToFirstRelease", "Months to the first release"),
            new Question("Budget and timeline", "timeline.stage", "Product stage"),
            new Question(
                    "Existing infrastructure",
                    "existing.technologies",
                    "Technologies already in use, with"
                            + " versions (comma-separated, such as postgresql 16, node 20.11)"),
            new Question("Existing infrastructure", "existing.techDebt", "Technical debt"),
            new Question("Critical NFRs", "nfrs.latencyP99Ms", "p99 latency target in milliseconds"),
            new Question("Critical NFRs", "nfrs.availabilityPercent", "Availability target in percent, such as 99.9"),
            new Question(
                    "Critical NFRs",
                    "nfrs.rpoMinutes",
                    "Recovery point objective in minutes (data loss" + " tolerated)"),
            new Question(
                    "Critical NFRs", "nfrs.rtoMinutes", "Recovery time objective in minutes (downtime" + " tolerated)"),
            new Question("Critical NFRs", "nfrs.compliance", "Compliance regimes (comma-separated, none for none)"),
            new Question(
                    "Critical NFRs",
                    "nfrs.dataResidency",
                    "Where data must stay (comma-separated regions, such as" + " eu; none for no constraint)"),
            new Question("Deployment", "deployment.environment", "Deployment environment"),
            new Question("Deployment", "deployment.provider", "Cloud provider, such as aws, gcp or azure"),
            new Question("Deployment", "deployment.kubernetes", "Do you run Kubernetes?"),
            new Question("Deployment", "deployment.regions", "How many regions"));

    private static final int MAX_TRIES = 3;

    private final BufferedReader in;
    private final PrintStream out;
    private boolean eof;

    Interview(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    /**
     * Asks every question whose path is not in {@code answered}, starting from {@code start}; stops asking (leaving
     * the rest unknown) at the end of the input.
     */
    Requirements run(Requirements start, Set<String> answered) {
        out.println("Describe the system; press Enter to leave an answer unknown (the advisor will ask about it).");
        Requirements r = start;
        String section = null;
        for (Question q : QUESTIONS) {
            if (eof) {
                break;
            }
            if (answered.contains(q.path())) {
                continue;
            }
            if (!q.section().equals(section)) {
                section = q.section();
                out.println();
                out.println("## " + section);
            }
            r = ask(r, q);
        }
        out.println();
        return r;
    }

    private Requirements ask(Requirements r, Question q) {
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            out.print(q.prompt() + hint(q.path()) + ": ");
            out.flush();
            String line = readLine();
            if (line == null || line.isBlank()) {
                return r;
            }
            try {
                return Edits.set(r, q.path(), parse(q.path(), line.strip()));
            } catch (RequirementsException | CliException e) {
                out.println("  " + e.getMessage().lines().findFirst().orElse("") + " Try again, or press Enter to"
                        + " skip.");
            }
        }
        out.println("  Left unknown.");
        return r;
    }

    private String readLine() {
        try {
            String line = in.readLine();
            if (line == null) {
                eof = true;
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer as the value {@link Edits#set} takes for the field at {@code path}. */
    static Object parse(String path, String answer) {
        Type type = fieldType(path);
        Class<?> raw = raw(type);
        if (raw == List.class) {
            if (answer.equalsIgnoreCase("none") || answer.equals("[]")) {
                return List.of();
            }
            Class<?> item = raw(((ParameterizedType) type).getActualTypeArguments()[0]);
            List<Object> items = new ArrayList<>();
            for (String part : answer.replaceAll("^\\[|]$", "").split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                items.add(item == TechnologyRef.class ? technology(part.strip()) : scalar(item, part.strip()));
            }
            return items;
        }
        return scalar(raw, answer);
    }

    private static Object scalar(Class<?> type, String text) {
        if (type == Boolean.class) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "y", "yes", "true" -> true;
                case "n", "no", "false" -> false;
                default -> throw new CliException("`" + text + "` is not yes or no.");
            };
        }
        if (type == Integer.class || type == Long.class || type == Double.class) {
            try {
                return type == Double.class
                        ? (Object) Double.parseDouble(text.replace(",", ""))
                        : (Object) Long.parseLong(text.replace(",", "").replace("_", ""));
            } catch (NumberFormatException e) {
                throw new CliException(
                        "`" + text + "` is not " + (type == Double.class ? "a number." : "a whole" + " number."));
            }
        }
        return text;
    }

    private static TechnologyRef technology(String text) {
        String[] parts = text.split("\\s+|@", 2);
        return new TechnologyRef(parts[0], parts.length > 1 ? parts[1].strip() : null);
    }

    private static String hint(String path) {
        Type type = fieldType(path);
        Class<?> raw = raw(type);
        if (raw == List.class) {
            raw = raw(((ParameterizedType) type).getActualTypeArguments()[0]);
        }
        if (raw.isEnum()) {
            return " ["
                    + Arrays.stream(raw.getEnumConstants())
                            .map(c -> ((Enum<?>) c)
                                    .name()
                                    .toLowerCase(Locale.ROOT)
                                    .replace('_', '-'))
                            .collect(Collectors.joining("/"))
                    + "]";
        }
        if (raw == Boolean.class) {
            return " [yes/no]";
        }
        return "";
    }

    /** The declared type of the requirements field at a dotted path. */
    static Type fieldType(String path) {
        Type type = Requirements.class;
        for (String segment : path.split("\\.")) {
            Class<?> record = raw(type);
            RecordComponent c = Arrays.stream(record.getRecordComponents())
                    .filter(x -> x.getName().equals(segment))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No field " + path));
            type = c.getGenericType();
        }
        return type;
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }
}
