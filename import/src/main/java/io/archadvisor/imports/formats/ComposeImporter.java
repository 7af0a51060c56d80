package io.archadvisor.imports.formats;

import io.archadvisor.base.Location;
import io.archadvisor.imports.ImportSettings;
import io.archadvisor.imports.Importer;
import io.archadvisor.imports.Origin;
import io.archadvisor.imports.PartialRequirements;
import io.archadvisor.imports.SourceFile;
import io.archadvisor.model.Exposure;
import io.archadvisor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads compose files (the Compose Specification, and the version 2 and 3 formats): services and their images
 * (technologies with versions, datastores, brokers), {@code depends_on}, {@code links} and addresses in
 * {@code environment} (dependencies), {@code deploy.replicas} or {@code scale} (instances), published ports
 * (exposure). {@code ${VAR:-default}} takes its default; a value needing a variable without one is
 * unknown.
 */
public final class ComposeImporter implements Importer {

    private static final Set<String> SERVICE_KEYS = Set.of(
            "image",
            "build",
            "ports",
            "environment",
            "depends_on",
            "command",
            "volumes",
            "deploy",
            "networks",
            "healthcheck",
            "links",
            "expose",
            "restart",
            "env_file",
            "extends",
            "entrypoint",
            "container_name",
            "labels",
            "profiles");
    private static final Set<String> TOP_KEYS =
            Set.of("services", "version", "name", "volumes", "networks", "secrets", "configs", "include", "models");

    @Override
    public String format() {
        return "docker-compose";
    }

    @Override
    public boolean accepts(SourceFile file) {
        if (file.isJson() || !file.parses() || file.documents().size() != 1) {
            return false;
        }
        YamlNode root = file.documents().get(0);
        YamlNode services = Nodes.get(root, "services");
        if (!(services instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
            return false;
        }
        for (YamlNode.Entry e : Nodes.entries(root)) {
            if (!TOP_KEYS.contains(e.key()) && !e.key().startsWith("x-")) {
                return false; // apiVersion, kind, openapi, ...: another format that happens to have `services`
            }
        }
        return m.entries().stream()
                .allMatch(e -> e.value() instanceof YamlNode.Mapping s
                                && s.entries().stream().anyMatch(k -> SERVICE_KEYS.contains(k.key()))
                        || e.value() instanceof YamlNode.Scalar sc && sc.isNull());
    }

    @Override
    public PartialRequirements read(List<SourceFile> files, ImportSettings settings) {
        PartialRequirements out = new PartialRequirements(format());
        for (SourceFile file : files) {
            read(file, settings, out); // each compose file is its own project, with its own service names
        }
        return out;
    }

    private void read(SourceFile file, ImportSettings settings, PartialRequirements out) {
        YamlNode root = file.documents().get(0);
        List<Topology.Workload> workloads = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (YamlNode.Entry e : Nodes.entries(Nodes.get(root, "services"))) {
            Topology.Workload w = new Topology.Workload(e.key(), e.keyLocation());
            YamlNode s = e.value();
            w.built = Nodes.present(Nodes.get(s, "build"));
            if (w.built) {
                YamlNode build = Nodes.get(s, "build");
                String context = Nodes.text(build) != null ? Nodes.text(build) : Nodes.text(build, "context");
                w.codebase = context == null ? null : "build:" + context;
            } else if (Nodes.text(Nodes.get(s, "image")) != null) {
                w.codebase = Topology.repository(Nodes.text(Nodes.get(s, "image")));
            }
            YamlNode image = Nodes.get(s, "image");
            String imageText = Interpolation.resolve(Nodes.text(image));
            String repository = imageText == null ? Interpolation.repositoryOfImage(Nodes.text(image)) : null;
            if (imageText != null && !imageText.isBlank()) {
                w.images.add(new Topology.Image(imageText, image.location()));
            } else if (repository != null) {
                w.images.add(new Topology.Image(repository, image.location()));
                out.note(
                        image.location(),
                        "the tag of the image `" + Nodes.text(image) + "` of " + e.key()
                                + " depends on a variable without a default; it is read as " + repository
                                + ", of unknown version");
            } else if (Nodes.text(image) != null) {
                out.note(
                        image.location(),
                        "the image `" + Nodes.text(image) + "` of " + e.key()
                                + " depends on a variable without a default; its technology is unknown");
            }
            replicas(s, w);
            environment(Nodes.get(s, "environment"), w);
            dependencies(Nodes.get(s, "depends_on"), w, "depends_on");
            links(Nodes.get(s, "links"), w, aliases);
            String container = Nodes.text(s, "container_name");
            if (container != null) {
                aliases.put(container.toLowerCase(Locale.ROOT), e.key());
            }
            for (YamlNode.Entry net : Nodes.entries(Nodes.get(s, "networks"))) {
                for (YamlNode alias : Nodes.items(Nodes.get(net.value(), "aliases"))) {
                    String a = Nodes.text(alias);
                    if (a != null) {
                        aliases.put(a.toLowerCase(Locale.ROOT), e.key());
                    }
                }
            }
            exposure(e.key(), s, w, out);
            workloads.add(w);
        }
        Topology.claim(workloads, aliases, out, settings, false);
    }

    private static void replicas(YamlNode s, Topology.Workload w) {
        YamlNode replicas = Nodes.get(s, "deploy", "replicas");
        if (replicas == null) {
            replicas = Nodes.get(s, "scale");
        }
        Integer n = Nodes.integer(replicas);
        if (n == null && replicas != null && Nodes.text(replicas) != null) {
            String resolved = Interpolation.resolve(Nodes.text(replicas));
            n = resolved != null && resolved.strip().matches("\\d{1,6}") ? Integer.valueOf(resolved.strip()) : null;
        }
        if (n != null) {
            w.replicas = n;
            w.replicasOrigin = Origin.stated(replicas.location());
        }
    }

    /** {@code environment} as a list of {@code KEY=value} or as a mapping. */
    private static void environment(YamlNode env, Topology.Workload w) {
        for (YamlNode item : Nodes.items(env)) {
            String t = Nodes.text(item);
            if (t == null) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq > 0) {
                String value = Interpolation.resolve(t.substring(eq + 1));
                if (value != null) {
                    w.env.add(new Topology.Env(t.substring(0, eq).strip(), value, item.location()));
                }
            }
        }
        for (YamlNode.Entry e : Nodes.entries(env)) {
            String value = Interpolation.resolve(Nodes.text(e.value()));
            if (value != null) {
                w.env.add(new Topology.Env(e.key(), value, e.value().location()));
            }
        }
    }

    /** {@code depends_on} as a list of names or as a mapping of names to conditions. */
    private static void dependencies(YamlNode deps, Topology.Workload w, String how) {
        for (YamlNode item : Nodes.items(deps)) {
            String t = Nodes.text(item);
            if (t != null) {
                w.dependencies.add(new Topology.Dependency(t.strip(), item.location(), how));
            }
        }
        for (YamlNode.Entry e : Nodes.entries(deps)) {
            w.dependencies.add(new Topology.Dependency(e.key(), e.keyLocation(), how));
        }
    }

    /** {@code links: [db, "db:database"]}: the service, and the alias it is reached by. */
    private static void links(YamlNode links, Topology.Workload w, Map<String, String> aliases) {
        for (YamlNode item : Nodes.items(links)) {
            String t = Nodes.text(item);
            if (t == null) {
                continue;
            }
            int colon = t.indexOf(':');
            String target = colon > 0 ? t.substring(0, colon).strip() : t.strip();
            if (colon > 0) {
                aliases.put(t.substring(colon + 1).strip().toLowerCase(Locale.ROOT), target);
            }
            w.dependencies.add(new Topology.Dependency(target, item.location(), "links"));
        }
    }

    /**
     * How the service can be reached from outside the compose network: a port published on any address makes it
     * public (stated by that port); ports published on a loopback address only, or none, make it internal (inferred:
     * only the host itself, or nothing outside the network, reaches it); {@code network_mode: host} shares the host's
     * network, so it is public (inferred).
     */
    private static void exposure(String name, YamlNode s, Topology.Workload w, PartialRequirements out) {
        List<String> published = new ArrayList<>();
        Location open = null;
        Location loopback = null;
        Location unresolved = null;
        List<String> unresolvedPorts = new ArrayList<>();
        for (YamlNode p : Nodes.items(Nodes.get(s, "ports"))) {
            String text = Interpolation.resolve(Nodes.text(p));
            String host;
            String port;
            if (text != null) {
                host = hostAddress(text);
                port = text;
            } else {
                host = Interpolation.resolve(Nodes.text(p, "host_ip"));
                String pub = Interpolation.resolve(Nodes.text(p, "published"));
                port = pub != null ? pub : Interpolation.resolve(Nodes.text(p, "target"));
            }
            if (port == null) {
                // published, but where (which address) depends on a variable without a default
                unresolved = unresolved == null ? p.location() : unresolved;
                String raw = Nodes.text(p);
                unresolvedPorts.add(raw != null ? raw : String.valueOf(Nodes.text(p, "published")));
                continue;
            }
            published.add(port);
            if (host != null && LOOPBACK.contains(host)) {
                loopback = loopback == null ? p.location() : loopback;
            } else {
                open = open == null ? p.location() : open;
            }
        }
        YamlNode mode = Nodes.get(s, "network_mode");
        if (open != null) {
            w.expose(Exposure.PUBLIC, Origin.stated(open));
            out.note(open, name + " publishes " + String.join(", ", published) + " outside the compose network");
        } else if ("host".equals(Nodes.text(mode))) {
            w.expose(Exposure.PUBLIC, Origin.inferred(mode.location(), "network_mode: host"));
        } else if (unresolved != null) {
            out.note(
                    unresolved,
                    name + " publishes " + String.join(", ", unresolvedPorts) + ", which depend"
                            + (unresolvedPorts.size() == 1 ? "s" : "") + " on variables without defaults; whether it"
                            + " is reachable from outside the compose network is unknown (set `exposure` in an"
                            + " overlay)");
        } else if (loopback != null) {
            w.expose(
                    Exposure.INTERNAL,
                    Origin.inferred(
                            loopback,
                            "ports published on a loopback address only (" + String.join(", ", published) + ")"));
        } else if (!Nodes.present(mode)) {
            w.expose(Exposure.INTERNAL, Origin.inferred(w.at, "no published ports"));
        }
    }

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    /**
     * The host address of a short-syntax port ({@code [HOST:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]}), or {@code null}
     * when it names none (all addresses).
     */
    private static String hostAddress(String port) {
        String p = port.strip();
        if (p.startsWith("[")) {
            int close = p.indexOf(']');
            return close > 0 ? p.substring(0, close + 1) : null;
        }
        String[] parts = p.split(":", -1);
        return parts.length == 3 ? parts[0] : null;
    }
}
