package io.archadvisor.rules.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the team's existing estate names, recognized whatever the spelling ({@code eks} is Kubernetes, {@code Postgres}
 * is PostgreSQL): the decision topic a technology belongs to, the technology roles it fills in the recommendation
 * (the roles of {@code TechnologyChoice}), its catalog name, and what moving away from it costs.
 */
public final class Estate {

    /** A technology the estate may hold: its catalog name, its decision topic and the roles it fills. */
    private record Known(String catalogName, String topic, List<String> roles) {}

    private static final Map<String, Known> KNOWN = new LinkedHashMap<>();

    private static final Map<String, String> ROLE_TOPICS = Map.ofEntries(
            Map.entry("language", "LANGUAGE"),
            Map.entry("framework", "FRAMEWORK"),
            Map.entry("datastore-relational", "DATABASE"),
            Map.entry("datastore-document", "DATABASE"),
            Map.entry("datastore-key-value", "DATABASE"),
            Map.entry("datastore-analytics", "DATABASE"),
            Map.entry("cache", "DATABASE"),
            Map.entry("event-stream", "MESSAGING"),
            Map.entry("task-queue", "MESSAGING"),
            Map.entry("cloud", "CLOUD_PROVIDER"),
            Map.entry("orchestration", "ORCHESTRATION"),
            Map.entry("ci-cd", "CI_CD"),
            Map.entry("metrics", "OBSERVABILITY"),
            Map.entry("dashboards", "OBSERVABILITY"),
            Map.entry("error-tracking", "OBSERVABILITY"),
            Map.entry("telemetry", "OBSERVABILITY"));

    static {
        load("io/archadvisor/rules/data/estate.txt");
    }

    private static final Set<String> EVENT_LOGS = Set.of("kafka", "pulsar", "kinesis");

    private Estate() {}

    /** Reads the table of known technologies: name, topic, roles and spellings per line (see the file). */
    private static void load(String resource) {
        try (java.io.InputStream in = Estate.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("No estate table " + resource + " on the class path");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int line = 0;
            for (String row : text.split("\n")) {
                line++;
                String r = row.strip();
                if (r.isEmpty() || r.startsWith("#")) {
                    continue;
                }
                String[] cols = r.split("\\s+");
                if (cols.length != 4 || !ROLE_TOPICS.containsValue(cols[1])) {
                    throw new IllegalStateException(resource + ":" + line + ": expected `name topic roles spellings`"
                            + " with a known topic, found `" + r + "`");
                }
                Known k = new Known(cols[0], cols[1], List.of(cols[2].split(",")));
                KNOWN.put(cols[0], k);
                for (String spelling : cols[3].split(",")) {
                    KNOWN.put(spelling, k);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Known find(String name) {
        return name == null ? null : KNOWN.get(normal(name));
    }

    /** Whether a technology name or decision choice names Kubernetes or a distribution of it. */
    public static boolean kubernetes(String name) {
        Known k = find(name);
        return k != null && k.catalogName().equals("kubernetes");
    }

    /** Whether a technology name or decision choice names a distributed event log (Kafka class). */
    public static boolean eventLog(String name) {
        Known k = find(name);
        return k != null && EVENT_LOGS.contains(k.catalogName());
    }

    /** Whether a technology as written carries messages or events: an event log or a message queue. */
    public static boolean carriesEvents(String name) {
        return topic(name) != null && topic(name).equals("MESSAGING");
    }

    /** The catalog name of a technology as written ({@code Postgres} → {@code postgresql}), or the name normalized. */
    public static String catalogName(String name) {
        Known k = find(name);
        return k == null ? normal(name) : k.catalogName();
    }

    /** The decision topic ({@code DATABASE}) of a technology as written, or {@code null} when it is not known. */
    public static String topic(String name) {
        Known k = find(name);
        return k == null ? null : k.topic();
    }

    /** The recommendation roles a technology as written fills ({@code mysql} → datastore-relational); maybe none. */
    public static List<String> roles(String name) {
        Known k = find(name);
        return k == null ? List.of() : k.roles();
    }

    /** The decision topic a recommendation role belongs to ({@code task-queue} → {@code MESSAGING}), or {@code null}. */
    public static String topicOfRole(String role) {
        return ROLE_TOPICS.get(role);
    }

    /**
     * Whether the design needs the role a technology the team knows would fill: a data set of the access pattern
     * the role serves, background work for a task queue, a recommended design for observability and pipelines, a
     * service language the framework is written for. Expertise alone never adds a technology nobody needs.
     *
     * @param facts the collected facts and nodes that speak for needs: {@code DataAccess}, {@code AsyncWorkflows}
     *     and {@code LongRunningJobs} that are true, primary {@code PatternAssessment}s, and the service language
     *     as a catalog name
     */
    public static boolean needed(String role, String name, java.util.Collection<?> facts) {
        java.util.Set<io.archadvisor.model.AccessKind> kinds =
                java.util.EnumSet.noneOf(io.archadvisor.model.AccessKind.class);
        boolean background = false;
        boolean designed = false;
        boolean serverless = false;
        java.util.Set<String> languages = new java.util.HashSet<>();
        for (Object o : facts) {
            if (o instanceof io.archadvisor.facts.DataAccess d) {
                kinds.add(d.kind());
            } else if (o instanceof io.archadvisor.facts.AsyncWorkflows a) {
                background |= a.value();
            } else if (o instanceof io.archadvisor.facts.LongRunningJobs l) {
                background |= l.value();
            } else if (o instanceof io.archadvisor.graph.PatternAssessment p && p.primary()) {
                designed = true;
                serverless |= p.pattern() == io.archadvisor.model.Pattern.SERVERLESS;
            } else if (o instanceof String language) {
                languages.add(language);
            }
        }
        boolean transactional = kinds.contains(io.archadvisor.model.AccessKind.TRANSACTIONAL);
        return switch (role) {
            case "datastore-relational" -> transactional;
            case "datastore-document" -> kinds.contains(io.archadvisor.model.AccessKind.DOCUMENT) && !transactional;
            case "datastore-key-value" -> kinds.contains(io.archadvisor.model.AccessKind.KEY_VALUE);
            case "cache" -> kinds.contains(io.archadvisor.model.AccessKind.CACHE);
            case "datastore-analytics" ->
                kinds.contains(io.archadvisor.model.AccessKind.ANALYTICAL)
                        || kinds.contains(io.archadvisor.model.AccessKind.TIME_SERIES);
            case "event-stream" -> kinds.contains(io.archadvisor.model.AccessKind.STREAMING);
            case "task-queue" -> background;
            case "metrics" -> designed && !serverless;
            case "dashboards", "error-tracking", "telemetry", "ci-cd" -> designed;
            case "framework" -> languages.contains(Frameworks.languageOf(name));
            default -> false;
        };
    }

    private static final Set<Set<String>> SUBSTITUTES = Set.of(
            Set.of("datastore-relational", "datastore-document"),
            Set.of("datastore-document", "datastore-key-value"),
            Set.of("cache", "datastore-key-value"),
            Set.of("event-stream", "task-queue"),
            Set.of("metrics", "dashboards"));

    /**
     * Whether a technology in one role could do the job of another, so that choosing another technology for it is a
     * departure from the estate: the same role, a relational or document store for primary data, a log or a queue
     * for messaging. A cache next to a relational store is not a departure.
     */
    public static boolean substitutes(String estateRole, String chosenRole) {
        return estateRole.equals(chosenRole) || SUBSTITUTES.contains(Set.of(estateRole, chosenRole));
    }

    /** Whether any role a technology as written fills could do the job of the chosen role. */
    public static boolean substitutesAny(String name, String chosenRole) {
        return roles(name).stream().anyMatch(r -> substitutes(r, chosenRole));
    }

    /** A decision topic in words: {@code CLOUD_PROVIDER} → {@code cloud provider}. */
    public static String topicLabel(String topic) {
        return topic.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** What moving away from the estate costs on a topic, in words (texts estate-cost.* of the technology bundle). */
    public static String migrationCost(String topic) {
        Messages.Params none = Messages.none();
        return switch (topic) {
            case "LANGUAGE" -> Messages.text("technology", "estate-cost", "language", none);
            case "FRAMEWORK" -> Messages.text("technology", "estate-cost", "framework", none);
            case "DATABASE" -> Messages.text("technology", "estate-cost", "database", none);
            case "MESSAGING" -> Messages.text("technology", "estate-cost", "messaging", none);
            case "CLOUD_PROVIDER" -> Messages.text("technology", "estate-cost", "cloudProvider", none);
            case "ORCHESTRATION" -> Messages.text("technology", "estate-cost", "orchestration", none);
            case "CI_CD" -> Messages.text("technology", "estate-cost", "ciCd", none);
            case "OBSERVABILITY" -> Messages.text("technology", "estate-cost", "observability", none);
            default -> Messages.text("technology", "estate-cost", "other", none);
        };
    }

    /** Whether a recommended technology (display or catalog name) is the estate's technology. */
    public static boolean same(String estateName, String chosen) {
        if (estateName == null || chosen == null) {
            return false;
        }
        String a = catalogName(estateName);
        String b = catalogName(chosen);
        return a.equals(b) || normal(chosen).startsWith(a) || a.startsWith(b);
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
