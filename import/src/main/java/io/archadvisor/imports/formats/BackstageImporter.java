package io.archadvisor.imports.formats;

import io.archadvisor.base.Location;
import io.archadvisor.imports.ImportSettings;
import io.archadvisor.imports.Importer;
import io.archadvisor.imports.Origin;
import io.archadvisor.imports.PartialRequirements;
import io.archadvisor.imports.SourceFile;
import io.archadvisor.model.AccessKind;
import io.archadvisor.model.CallMode;
import io.archadvisor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Backstage catalog files ({@code catalog-info.yaml} and the like, several documents and several files read
 * together): Components become services, database-like Resources datastores; {@code dependsOn} and
 * {@code consumesApis} against {@code providesApis} become dependencies (an {@code asyncapi} API makes the call
 * asynchronous, {@code openapi}, {@code grpc}, {@code graphql} synchronous); the single System names the system; the
 * Users of the Groups that own the services give the team's size; tags that name technologies give technologies.
 */
public final class BackstageImporter implements Importer {

    private static final Set<String> DATASTORE_TYPES = Set.of(
            "database",
            "db",
            "datastore",
            "data-store",
            "cache",
            "storage",
            "bucket",
            "s3-bucket",
            "object-storage",
            "search-index",
            "table");
    private static final Set<String> BROKER_TYPES = Set.of(
            "queue",
            "topic",
            "kafka-topic",
            "message-broker",
            "broker",
            "sqs-queue",
            "sns-topic",
            "pubsub-topic",
            "event-bus",
            "stream",
            "message-queue");
    private static final Set<String> SYNC_APIS = Set.of("openapi", "grpc", "graphql", "trpc", "rest", "soap", "http");

    @Override
    public String format() {
        return "backstage";
    }

    @Override
    public boolean accepts(SourceFile file) {
        if (!file.parses() || file.documents().isEmpty()) {
            return false;
        }
        for (YamlNode doc : file.documents()) {
            String api = Nodes.text(doc, "apiVersion");
            if (api == null || !api.startsWith("backstage.io/") || Nodes.text(doc, "kind") == null) {
                return false;
            }
        }
        return true;
    }

    /** An entity: its kind, reference and document. */
    private record Entity(String kind, String ref, String name, YamlNode doc, Location at) {
        YamlNode spec(String key) {
            return Nodes.get(doc, "spec", key);
        }

        String specText(String key) {
            return Nodes.text(spec(key));
        }
    }

    @Override
    public PartialRequirements read(List<SourceFile> files, ImportSettings settings) {
        PartialRequirements out = new PartialRequirements(format());
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (SourceFile f : files) {
            for (YamlNode doc : f.documents()) {
                String kind = Nodes.text(doc, "kind");
                String name = Nodes.text(doc, "metadata", "name");
                if (kind == null || name == null) {
                    continue;
                }
                String ns = Optional.ofNullable(Nodes.text(doc, "metadata", "namespace"))
                        .orElse("default");
                String ref = ref(kind, ns, name);
                entities.putIfAbsent(
                        ref,
                        new Entity(
                                kind.toLowerCase(Locale.ROOT),
                                ref,
                                name,
                                doc,
                                Nodes.get(doc, "metadata", "name").location()));
            }
        }
        Map<String, String> roles = new LinkedHashMap<>(); // entity ref -> service | datastore | broker
        List<Entity> services = new ArrayList<>();
        for (Entity e : entities.values()) {
            switch (e.kind()) {
                case "component" -> {
                    String type = lower(e.specText("type"));
                    if (type.equals("library") || type.equals("documentation")) {
                        out.note(
                                e.at(), "the component " + e.name() + " is a " + type + ", not a deployable; left out");
                        continue;
                    }
                    out.service(e.name(), Origin.stated(e.at()));
                    roles.put(e.ref(), "service");
                    services.add(e);
                    tags(e, out, settings);
                }
                case "resource" -> roles.put(e.ref(), resource(e, out, settings));
                case "api" -> {
                    if ("asyncapi".equals(lower(e.specText("type")))) {
                        out.value(
                                "workload.asyncWorkflows",
                                true,
                                Origin.inferred(
                                        e.spec("type").location(), "the API " + e.name() + " of type asyncapi"));
                    }
                }
                default -> {
                    // systems, groups and users are read below; domains, locations and templates say nothing here
                }
            }
        }
        Map<String, List<Entity>> providers = new LinkedHashMap<>();
        for (Entity s : services) {
            for (YamlNode api : Nodes.items(s.spec("providesApis"))) {
                String ref = parse(Nodes.text(api), "api", namespace(s));
                if (ref != null) {
                    providers.computeIfAbsent(ref, k -> new ArrayList<>()).add(s);
                }
            }
        }
        for (Entity s : services) {
            for (YamlNode dep : Nodes.items(s.spec("dependsOn"))) {
                String target = parse(Nodes.text(dep), "component", namespace(s));
                if (target == null) {
                    continue;
                }
                Entity t = entities.get(target);
                String role = roles.get(target);
                if (t == null) {
                    out.note(
                            dep.location(),
                            s.name() + " depends on " + Nodes.text(dep) + ", which these files do not"
                                    + " define; the dependency is left out");
                } else if ("datastore".equals(role)) {
                    out.uses(s.name(), t.name(), Origin.stated(dep.location()));
                } else if ("service".equals(role) && !t.name().equals(s.name())) {
                    out.call(s.name(), t.name(), null, Origin.stated(dep.location()));
                }
            }
            for (YamlNode api : Nodes.items(s.spec("consumesApis"))) {
                String target = parse(Nodes.text(api), "api", namespace(s));
                if (target == null) {
                    continue;
                }
                if ("service".equals(roles.get(target))) { // a component named where an API is expected
                    out.call(s.name(), entities.get(target).name(), null, Origin.stated(api.location()));
                    continue;
                }
                List<Entity> by = providers.getOrDefault(target, List.of());
                if (by.isEmpty()) {
                    out.note(
                            api.location(),
                            s.name() + " consumes the API " + Nodes.text(api) + ", which no component"
                                    + " of these files provides; the dependency is left out");
                }
                Entity definition = entities.get(target);
                String type = definition == null ? "" : lower(definition.specText("type"));
                for (Entity p : by) {
                    if (p.name().equals(s.name())) {
                        continue;
                    }
                    if (type.equals("asyncapi") || SYNC_APIS.contains(type)) {
                        out.call(
                                s.name(),
                                p.name(),
                                type.equals("asyncapi") ? CallMode.ASYNC : CallMode.SYNC,
                                Origin.inferred(api.location(), "the API " + definition.name() + " of type " + type));
                    } else {
                        out.call(s.name(), p.name(), null, Origin.stated(api.location()));
                    }
                }
            }
        }
        system(entities, services, out);
        team(entities, services, out);
        return out;
    }

    private static String resource(Entity e, PartialRequirements out, ImportSettings settings) {
        String type = lower(e.specText("type"));
        Optional<Images.Identified> id = Images.identify(type, settings).filter(i -> i.role() != Images.Role.OTHER);
        if (id.isEmpty()) {
            for (YamlNode tag : Nodes.items(Nodes.get(e.doc(), "metadata", "tags"))) {
                id = Images.identify(Nodes.text(tag), settings).filter(i -> i.role() != Images.Role.OTHER);
                if (id.isPresent()) {
                    break;
                }
            }
        }
        if (BROKER_TYPES.contains(type) || id.isPresent() && id.get().role() == Images.Role.BROKER) {
            out.value(
                    "workload.asyncWorkflows",
                    true,
                    Origin.inferred(e.at(), "the " + (type.isEmpty() ? "broker" : type) + " resource " + e.name()));
            id.ifPresent(
                    i -> out.technology(i.technology(), null, Origin.inferred(e.at(), "the resource " + e.name())));
            return "broker";
        }
        if (!DATASTORE_TYPES.contains(type) && id.isEmpty()) {
            out.note(
                    e.at(),
                    "the resource " + e.name() + " of type " + (type.isEmpty() ? "(none)" : type)
                            + " is not a datastore or broker archadvisor knows; left out");
            return "other";
        }
        out.datastore(e.name(), Origin.stated(e.at()));
        if (id.isPresent()) {
            Origin o = Origin.inferred(
                    e.at(), "the resource " + e.name() + " (" + id.get().image() + ")");
            out.datastoreTechnology(e.name(), id.get().technology(), o);
            out.technology(id.get().technology(), null, o);
            if (id.get().kind() != null) {
                out.datastoreKind(e.name(), id.get().kind(), o);
            }
        } else {
            AccessKind kind = switch (type) {
                case "cache" -> AccessKind.CACHE;
                case "storage", "bucket", "s3-bucket", "object-storage" -> AccessKind.BLOB;
                case "search-index" -> AccessKind.SEARCH;
                default -> null;
            };
            if (kind != null) {
                out.datastoreKind(
                        e.name(), kind, Origin.inferred(e.spec("type").location(), "the resource type " + type));
            }
        }
        return "datastore";
    }

    private static void tags(Entity e, PartialRequirements out, ImportSettings settings) {
        for (YamlNode tag : Nodes.items(Nodes.get(e.doc(), "metadata", "tags"))) {
            String t = Nodes.text(tag);
            if (t != null && settings.catalog().find(t).isPresent()) {
                out.technology(
                        settings.canonical(t),
                        null,
                        Origin.inferred(tag.location(), "the tag " + t + " of " + e.name()));
            }
        }
    }

    private static void system(Map<String, Entity> entities, List<Entity> services, PartialRequirements out) {
        List<Entity> systems = entities.values().stream()
                .filter(e -> e.kind().equals("system"))
                .toList();
        if (systems.size() == 1) {
            out.value(
                    "system",
                    systems.get(0).name(),
                    Origin.stated(systems.get(0).at()));
            return;
        }
        Set<String> named = new LinkedHashSet<>();
        services.forEach(
                s -> named.add(Optional.ofNullable(s.specText("system")).orElse("")));
        if (systems.isEmpty() && named.size() == 1 && !named.contains("")) {
            YamlNode first = services.get(0).spec("system");
            out.value(
                    "system",
                    named.iterator().next(),
                    Origin.inferred(first.location(), "every component's" + " spec.system"));
        }
    }

    private static void team(Map<String, Entity> entities, List<Entity> services, PartialRequirements out) {
        Set<String> owners = new LinkedHashSet<>();
        for (Entity s : services) {
            String owner = parse(s.specText("owner"), "group", namespace(s));
            if (owner == null) {
                return;
            }
            owners.add(owner);
        }
        if (owners.isEmpty()) {
            return;
        }
        Set<String> members = new LinkedHashSet<>();
        Location at = null;
        for (String owner : owners) {
            Entity group = entities.get(owner);
            if (group == null || !group.kind().equals("group")) {
                return; // an owner that is a user, or a group these files do not define: the team is not known
            }
            at = at == null ? group.at() : at;
            for (YamlNode m : Nodes.items(group.spec("members"))) {
                String ref = parse(Nodes.text(m), "user", namespace(group));
                if (ref != null) {
                    members.add(ref);
                }
            }
            for (Entity e : entities.values()) {
                if (!e.kind().equals("user")) {
                    continue;
                }
                for (YamlNode g : Nodes.items(e.spec("memberOf"))) {
                    if (owner.equals(parse(Nodes.text(g), "group", namespace(e)))) {
                        members.add(e.ref());
                    }
                }
            }
        }
        if (!members.isEmpty()) {
            out.value(
                    "team.size",
                    members.size(),
                    Origin.inferred(
                            at,
                            members.size() + " users who are members of "
                                    + String.join(
                                            ", ",
                                            owners.stream()
                                                    .map(o -> o.substring(o.lastIndexOf('/') + 1))
                                                    .toList())
                                    + ", the owner" + (owners.size() == 1 ? "" : "s") + " of the services"));
        }
    }

    private static String namespace(Entity e) {
        return Optional.ofNullable(Nodes.text(e.doc(), "metadata", "namespace")).orElse("default");
    }

    /** {@code [kind:][namespace/]name} with defaults, as {@code kind:namespace/name} in lower case. */
    static String parse(String ref, String defaultKind, String defaultNamespace) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String r = ref.strip();
        String kind = defaultKind;
        int colon = r.indexOf(':');
        if (colon > 0) {
            kind = r.substring(0, colon);
            r = r.substring(colon + 1);
        }
        String ns = defaultNamespace;
        int slash = r.indexOf('/');
        if (slash > 0) {
            ns = r.substring(0, slash);
            r = r.substring(slash + 1);
        }
        return ref(kind, ns, r);
    }

    private static String ref(String kind, String namespace, String name) {
        return (kind + ":" + namespace + "/" + name).toLowerCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
