package io.archadvisor.imports.formats;

import com.structurizr.Workspace;
import com.structurizr.dsl.StructurizrDslParser;
import com.structurizr.dsl.StructurizrDslParserException;
import com.structurizr.model.Container;
import com.structurizr.model.ContainerInstance;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.model.SoftwareSystem;
import io.archadvisor.base.Location;
import io.archadvisor.imports.ImportSettings;
import io.archadvisor.imports.Importer;
import io.archadvisor.imports.Origin;
import io.archadvisor.imports.PartialRequirements;
import io.archadvisor.imports.SourceFile;
import io.archadvisor.model.CallMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Structurizr DSL workspaces ({@code workspace { model { ... } }}) with the official parser in restricted mode:
 * {@code !script}, {@code !plugin}, {@code !include}, {@code !components} and {@code workspace extends} are refused
 * before parsing with their location, and the {@code views} block (whose image views, themes and branding the parser
 * would fetch from URLs) is not parsed, so reading a workspace runs no code and touches no file or network; {@code !docs} and {@code !adrs}, which
 * only attach documentation and decision records to the model, are skipped with a note. Containers
 * become services or, by their technology and tags, datastores and brokers; relationships with a technology become
 * calls (HTTP, gRPC: synchronous; AMQP, Kafka, messages: asynchronous); container instances of the production
 * deployment environment give instances.
 */
public final class StructurizrImporter implements Importer {

    private static final Pattern REFUSED = Pattern.compile(
            "^\\s*(!script|!plugin|!include|!components|!extends|!ref|workspace\\s+extends)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VIEWS = Pattern.compile("^\\s*(views)\\s*\\{.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENTATION = Pattern.compile("^\\s*(!docs|!adrs)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORKSPACE =
            Pattern.compile("(?s)^\\s*(?:(?://|#)[^\\n]*\\n\\s*|/\\*.*?\\*/\\s*)*" + "workspace\\b[^{\\n]*\\{.*");
    private static final Pattern SYNC = Pattern.compile(
            ".*\\b(https?|rest|grpc|graphql|json|xml|soap|rpc|api" + "|jdbc|sql|tcp)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASYNC = Pattern.compile(
            ".*\\b(amqp|kafka|jms|mqtt|async|asynchronous|message|"
                    + "messages|messaging|event|events|queue|pub/?sub|sqs|sns|nats|stomp)\\b.*",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String format() {
        return "structurizr";
    }

    @Override
    public boolean accepts(SourceFile file) {
        String n = file.fileName();
        if (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml")) {
            return false;
        }
        return WORKSPACE.matcher(file.text()).matches();
    }

    @Override
    public PartialRequirements read(List<SourceFile> files, ImportSettings settings) {
        PartialRequirements out = new PartialRequirements(format());
        for (SourceFile f : files) {
            read(f, out, settings);
        }
        return out;
    }

    /** Lines that would run code or read other files, with their locations; empty when the workspace is safe. */
    static List<Location> refused(SourceFile f) {
        List<Location> out = new ArrayList<>();
        String[] lines = f.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = REFUSED.matcher(lines[i]);
            if (m.matches()) {
                out.add(f.at(i + 1, m.start(1) + 1));
            }
        }
        return out;
    }

    /**
     * Blanks the {@code views} block, whose image views and themes the parser would fetch from URLs and which says
     * nothing about the model; braces inside quoted text do not count.
     */
    private static void blankViews(SourceFile f, String[] lines, PartialRequirements out) {
        for (int i = 0; i < lines.length; i++) {
            Matcher start = VIEWS.matcher(lines[i]);
            if (!start.matches()) {
                continue;
            }
            int depth = 0;
            int end = lines.length - 1;
            int endColumn = lines[end].length() - 1; // the closing brace, kept out of what follows it
            outer:
            for (int j = i; j < lines.length; j++) {
                boolean quoted = false;
                for (int k = j == i ? start.start(1) : 0; k < lines[j].length(); k++) {
                    char c = lines[j].charAt(k);
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted && c == '{') {
                        depth++;
                    } else if (!quoted && c == '}' && --depth == 0) {
                        end = j;
                        endColumn = k;
                        break outer;
                    }
                }
            }
            out.note(
                    f.at(i + 1, start.start(1) + 1),
                    "`views` is skipped: views, themes and images are not read, only the model");
            String head = lines[i].substring(0, start.start(1));
            String tail = endColumn + 1 < lines[end].length() ? lines[end].substring(endColumn + 1) : "";
            if (i == end) {
                lines[i] = head + " ".repeat(endColumn + 1 - head.length()) + tail;
            } else {
                lines[i] = head;
                for (int j = i + 1; j < end; j++) {
                    lines[j] = "";
                }
                lines[end] = " ".repeat(endColumn + 1) + tail;
            }
            i = end;
        }
    }

    private static void read(SourceFile f, PartialRequirements out, ImportSettings settings) {
        List<Location> refused = refused(f);
        if (!refused.isEmpty()) {
            for (Location at : refused) {
                Matcher m = REFUSED.matcher(f.text().split("\n", -1)[at.line() - 1]);
                String what = m.matches() ? m.group(1).replaceAll("\\s+", " ") : "this line";
                out.note(
                        at,
                        "`" + what + "` is refused: archadvisor reads workspaces without"
                                + " running scripts or plugins or reading other files or URLs; the workspace "
                                + f.name()
                                + " is left out (inline what it includes to import it)");
            }
            return;
        }
        // documentation, decision records and views are not part of the model: their lines are blanked, keeping line
        // numbers
        String[] lines = f.text().split("\n", -1);
        blankViews(f, lines, out);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = DOCUMENTATION.matcher(lines[i]);
            if (m.matches()) {
                out.note(
                        f.at(i + 1, m.start(1) + 1),
                        "`" + m.group(1) + "` is skipped: documentation and decision records are not read, only the"
                                + " model");
                lines[i] = "";
            }
        }
        StructurizrDslParser parser = new StructurizrDslParser();
        parser.setRestricted(true);
        Workspace workspace;
        try {
            parser.parse(String.join("\n", lines));
            workspace = parser.getWorkspace();
        } catch (StructurizrDslParserException e) {
            out.note(
                    f.at(Math.max(1, e.getLineNumber()), 1),
                    "is not a valid Structurizr DSL workspace: " + firstLine(e.getMessage()) + "; it is left out");
            return;
        } catch (RuntimeException e) {
            out.note(f.at(1, 1), "could not be parsed as a Structurizr DSL workspace (" + e + "); it is left out");
            return;
        }
        Map<String, String> roles = new LinkedHashMap<>();
        List<SoftwareSystem> systems = workspace.getModel().getSoftwareSystems().stream()
                .filter(s -> !s.getContainers().isEmpty())
                .sorted(Comparator.comparing(Element::getName))
                .toList();
        if (systems.size() == 1) {
            out.value(
                    "system",
                    systems.get(0).getName(),
                    Origin.stated(locate(f, systems.get(0).getName())));
        }
        List<Container> containers = new ArrayList<>();
        systems.forEach(s -> containers.addAll(s.getContainers()));
        containers.sort(Comparator.comparing(c -> locate(f, c.getName()).line()));
        for (Container c : containers) {
            roles.put(c.getId(), container(f, c, out, settings));
        }
        List<Relationship> relationships = new ArrayList<>(workspace.getModel().getRelationships());
        relationships.sort(Comparator.comparing(Relationship::getId, Comparator.comparingInt(StructurizrImporter::id)));
        for (Relationship r : relationships) {
            String from = roles.get(r.getSource().getId());
            String to = roles.get(r.getDestination().getId());
            if (!"service".equals(from) || to == null || r.getSource() == r.getDestination()) {
                continue; // implied relationships (from components) count: they are the containers' dependencies
            }
            Location at = locate(f, r.getSource().getName(), r.getDestination().getName());
            String name = r.getSource().getName();
            String target = r.getDestination().getName();
            if (to.equals("datastore")) {
                out.uses(name, target, Origin.stated(at));
            } else if (to.equals("service")) {
                String t = String.join(
                        " ",
                        Optional.ofNullable(r.getTechnology()).orElse(""),
                        Optional.ofNullable(r.getDescription()).orElse(""));
                CallMode mode = ASYNC.matcher(t).matches()
                        ? CallMode.ASYNC
                        : SYNC.matcher(t).matches() ? CallMode.SYNC : null;
                out.call(
                        name,
                        target,
                        mode,
                        mode == null
                                ? Origin.stated(at)
                                : Origin.inferred(at, "the relationship \"" + t.strip() + "\""));
            }
        }
        instances(f, workspace, roles, out);
    }

    private static String container(SourceFile f, Container c, PartialRequirements out, ImportSettings settings) {
        Location at = locate(f, c.getName());
        String technology = Optional.ofNullable(c.getTechnology()).orElse("");
        Optional<Images.Identified> id = Optional.empty();
        for (String word : technology.split("[,;/()\\s]+")) {
            id = Images.identify(word.toLowerCase(Locale.ROOT), settings);
            if (id.isPresent() && id.get().role() != Images.Role.OTHER) {
                break;
            }
        }
        boolean database = c.hasTag("Database") || c.hasTag("Datastore") || c.hasTag("Data Store");
        boolean queue = c.hasTag("Queue") || c.hasTag("Topic") || c.hasTag("Message Broker");
        Origin o = Origin.inferred(at, "the container " + c.getName() + " [" + technology + "]");
        if (queue || id.isPresent() && (id.get().role() == Images.Role.BROKER)) {
            id.ifPresent(i -> out.technology(i.technology(), null, o));
            out.value("workload.asyncWorkflows", true, o);
            return "broker";
        }
        if (database || id.isPresent() && id.get().role() != Images.Role.OTHER) {
            out.datastore(c.getName(), Origin.stated(at));
            id.ifPresent(i -> {
                out.datastoreTechnology(c.getName(), i.technology(), o);
                out.technology(i.technology(), versionIn(technology), o);
                if (i.kind() != null) {
                    out.datastoreKind(c.getName(), i.kind(), o);
                }
            });
            return "datastore";
        }
        out.service(c.getName(), Origin.stated(at));
        for (String word : technology.split("[,;/()\\s]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && settings.catalog().find(w).isPresent()) {
                out.technology(settings.canonical(w), versionAfter(technology, word), o);
            }
        }
        return "service";
    }

    private static void instances(
            SourceFile f, Workspace workspace, Map<String, String> roles, PartialRequirements out) {
        List<String> environments = new ArrayList<>();
        for (DeploymentNode n : workspace.getModel().getDeploymentNodes()) {
            if (!environments.contains(n.getEnvironment())) {
                environments.add(n.getEnvironment());
            }
        }
        String env = environments.stream()
                .filter(e -> e.toLowerCase(Locale.ROOT).matches(".*(live|prod).*"))
                .findFirst()
                .orElse(environments.size() == 1 ? environments.get(0) : null);
        if (env == null) {
            return;
        }
        Map<Container, Integer> counts = new LinkedHashMap<>();
        for (DeploymentNode n : workspace.getModel().getDeploymentNodes()) {
            if (n.getEnvironment().equals(env)) {
                count(n, 1, counts);
            }
        }
        List<String> regions = new ArrayList<>();
        List<String> zones = new ArrayList<>();
        for (DeploymentNode n : workspace.getModel().getDeploymentNodes()) {
            if (n.getEnvironment().equals(env)) {
                places(n, regions, zones);
            }
        }
        if (!regions.isEmpty()) {
            out.value(
                    "deployment.regions",
                    regions.size(),
                    Origin.inferred(
                            locate(f, regions.get(0)),
                            "the deployment nodes tagged as regions: " + String.join(", ", regions)));
        }
        if (!zones.isEmpty()) {
            out.value(
                    "deployment.availabilityZones",
                    zones.size(),
                    Origin.inferred(
                            locate(f, zones.get(0)),
                            "the deployment nodes tagged as availability zones: " + String.join(", ", zones)));
        }
        counts.forEach((c, n) -> {
            if ("service".equals(roles.get(c.getId())) && n >= 1) {
                out.instances(
                        c.getName(),
                        n,
                        Origin.inferred(
                                locate(f, env),
                                n + " container instance" + (n == 1 ? "" : "s") + " of " + c.getName()
                                        + " in the deployment environment " + env));
            }
        });
    }

    /** Deployment nodes whose tags (or, failing tags, names) say they are a region or an availability zone. */
    private static void places(DeploymentNode node, List<String> regions, List<String> zones) {
        String tags = Optional.ofNullable(node.getTags()).orElse("").toLowerCase(Locale.ROOT);
        if (tags.contains("availability zone") || tags.contains("zone")) {
            zones.add(node.getName());
        } else if (tags.contains("region")) {
            regions.add(node.getName());
        }
        for (DeploymentNode child : node.getChildren()) {
            places(child, regions, zones);
        }
    }

    private static void count(DeploymentNode node, int multiplier, Map<Container, Integer> counts) {
        int m = multiplier * instances(node.getInstances());
        for (ContainerInstance ci : node.getContainerInstances()) {
            counts.merge(ci.getContainer(), m, Integer::sum);
        }
        for (DeploymentNode child : node.getChildren()) {
            count(child, m, counts);
        }
    }

    /** {@code "3"} is 3; a range such as {@code "1..N"} counts its lower bound. */
    private static int instances(String text) {
        if (text == null) {
            return 1;
        }
        Matcher m = Pattern.compile("(\\d+)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** The first line that names {@code first} (and then {@code second}, in quotes), for a location. */
    private static Location locate(SourceFile f, String first, String... then) {
        String[] lines = f.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int col = lines[i].indexOf('"' + first + '"');
            if (col < 0) {
                col = lines[i].indexOf(first);
            }
            if (col >= 0 && (then.length == 0 || lines[i].contains(then[0]))) {
                return f.at(i + 1, col + 1);
            }
        }
        return then.length > 0 ? locate(f, first) : f.at(1, 1);
    }

    private static String versionIn(String technology) {
        Matcher m = Pattern.compile("\\b(\\d+(?:\\.\\d+){0,2})\\b").matcher(technology);
        return m.find() ? m.group(1) : null;
    }

    private static String versionAfter(String technology, String word) {
        Matcher m = Pattern.compile(Pattern.quote(word) + "\\s*v?(\\d+(?:\\.\\d+){0,2})\\b")
                .matcher(technology);
        return m.find() ? m.group(1) : null;
    }

    private static int id(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String firstLine(String message) {
        return message == null
                ? "unknown error"
                : message.strip().lines().findFirst().orElse(message);
    }
}
