package io.archadvisor.imports.formats;

import io.archadvisor.base.Location;
import io.archadvisor.imports.ImportSettings;
import io.archadvisor.imports.Origin;
import io.archadvisor.imports.PartialRequirements;
import io.archadvisor.model.AuthMethod;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.Exposure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the workloads of a compose file or a set of Kubernetes manifests into claims: which are services, which are
 * datastores or brokers (by their images), how many instances run, and who depends on whom (stated dependencies, and
 * addresses of other workloads in environment values).
 */
final class Topology {

    /** An image of a workload, where it is written. */
    record Image(String image, Location at) {}

    /** An environment variable, where its value is written. */
    record Env(String name, String value, Location at) {}

    /** A dependency the file states ({@code depends_on}, {@code links}, {@code dependsOn}), where it is written. */
    record Dependency(String target, Location at, String how) {}

    /** One deployable unit: a compose service, or the Kubernetes workloads behind one Service. */
    static final class Workload {
        final String name;
        final Location at;
        final List<Image> images = new ArrayList<>();
        final List<Env> env = new ArrayList<>();
        final List<Dependency> dependencies = new ArrayList<>();
        Integer replicas;
        Origin replicasOrigin;
        boolean built;
        /**
         * What it is built from (its build context, else its image as written without the tag), or {@code null}; only
         * a build context or an application image is claimed as a codebase.
         */
        String codebase;
        /** How it can be reached from outside, or {@code null} when the files do not tell. */
        Exposure exposure;

        Origin exposureOrigin;

        /** Records an exposure unless a wider one is known: public over via-gateway over internal. */
        void expose(Exposure e, Origin origin) {
            if (exposure == null || e.compareTo(exposure) < 0) {
                exposure = e;
                exposureOrigin = origin;
            }
        }

        Workload(String name, Location at) {
            this.name = name;
            this.at = at;
        }
    }

    private enum Role {
        SERVICE,
        DATASTORE,
        STREAM,
        BROKER,
        TOOL
    }

    private static final Set<String> METRICS = Set.of("prometheus", "grafana", "victoriametrics");
    private static final Set<String> TRACES = Set.of("jaeger", "zipkin", "tempo", "opentelemetry");
    private static final Set<String> LOGS = Set.of("loki");
    private static final Set<String> TOOLS = Set.of(
            "prometheus",
            "grafana",
            "victoriametrics",
            "jaeger",
            "zipkin",
            "tempo",
            "opentelemetry",
            "loki",
            "keycloak",
            "vault",
            "zookeeper");

    private Topology() {}

    /**
     * Claims for {@code workloads}. {@code aliases} maps every host name the files use for a workload (a Kubernetes
     * Service name, a compose alias) to the workload's name; each workload's own name is added.
     * {@code replicasMeanCopies} says whether a datastore's pod count tells its replicas (Kubernetes) or not
     * (compose, where it is one container for development more often than not).
     */
    static void claim(
            List<Workload> workloads,
            Map<String, String> aliases,
            PartialRequirements out,
            ImportSettings settings,
            boolean replicasMeanCopies) {
        Map<String, String> hosts = new LinkedHashMap<>(aliases);
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Workload w : workloads) {
            hosts.putIfAbsent(w.name.toLowerCase(java.util.Locale.ROOT), w.name);
            Role role = classify(w, out, settings, replicasMeanCopies);
            roles.put(w.name, role);
            if (w.exposure != null && (role == Role.SERVICE || role == Role.DATASTORE || role == Role.STREAM)) {
                out.exposure(w.name, w.exposure, w.exposureOrigin);
            }
        }
        for (Workload w : workloads) {
            if (roles.get(w.name) != Role.SERVICE) {
                continue;
            }
            for (Dependency d : w.dependencies) {
                String target = hosts.get(d.target().toLowerCase(java.util.Locale.ROOT));
                if (target == null) {
                    out.note(
                            d.at(),
                            w.name + " depends on `" + d.target() + "`, which the file does not define;"
                                    + " the dependency is left out");
                    continue;
                }
                depend(w, target, roles.get(target), null, Origin.stated(d.at()), out);
            }
            for (Env e : w.env) {
                for (Addresses.Reference r : Addresses.references(e.name(), e.value(), hosts.keySet())) {
                    String target = hosts.get(r.host());
                    String evidence = "the address in " + e.name() + "=" + shorten(e.value());
                    CallMode mode = r.mode();
                    depend(w, target, roles.get(target), mode, Origin.inferred(e.at(), evidence), out);
                }
            }
        }
    }

    private static void depend(
            Workload from, String target, Role role, CallMode mode, Origin origin, PartialRequirements out) {
        if (target.equals(from.name) || role == null) {
            return;
        }
        switch (role) {
            case DATASTORE -> out.uses(from.name, target, origin);
            case SERVICE -> out.call(from.name, target, mode, origin);
            default -> {
                // a broker, an event log or a tool: shared by design, not a dependency of one service on another
            }
        }
    }

    private static Role classify(
            Workload w, PartialRequirements out, ImportSettings settings, boolean replicasMeanCopies) {
        List<Images.Identified> known = new ArrayList<>();
        List<Location> where = new ArrayList<>();
        for (Image i : w.images) {
            Optional<Images.Identified> id = Images.identify(i.image(), settings);
            if (id.isPresent()) {
                known.add(id.get());
                where.add(i.at());
            } else if (!w.built) {
                out.note(
                        i.at(),
                        "the image `" + i.image() + "` of " + w.name + " names no technology archadvisor" + " knows; "
                                + w.name + " is read as an application service without a technology");
            }
        }
        for (int i = 0; i < known.size(); i++) {
            Images.Identified id = known.get(i);
            if (id.role() == Images.Role.DATASTORE || id.role() == Images.Role.STREAM) {
                datastore(w, id, where.get(i), out, replicasMeanCopies);
                return id.role() == Images.Role.STREAM ? Role.STREAM : Role.DATASTORE;
            }
        }
        for (int i = 0; i < known.size(); i++) {
            Images.Identified id = known.get(i);
            if (id.role() == Images.Role.BROKER) {
                Origin o = Origin.inferred(where.get(i), "the broker image " + id.image());
                out.technology(id.technology(), id.version(), o);
                out.value("workload.asyncWorkflows", true, o);
                return Role.BROKER;
            }
        }
        boolean tool = !known.isEmpty() && !w.built && known.stream().allMatch(id -> TOOLS.contains(id.technology()));
        for (int i = 0; i < known.size(); i++) {
            Images.Identified id = known.get(i);
            Origin o = Origin.inferred(where.get(i), "the image " + id.image());
            out.technology(id.technology(), id.version(), o);
            if (METRICS.contains(id.technology())) {
                out.value("observability.metrics", true, o);
            } else if (TRACES.contains(id.technology())) {
                out.value("observability.traces", true, o);
            } else if (LOGS.contains(id.technology())) {
                out.value("observability.logs", true, o);
            } else if (id.technology().equals("keycloak")) {
                out.item("security.authentication", AuthMethod.OIDC, o);
            } else if (id.technology().equals("vault")) {
                out.value("security.secretsManagement", true, o);
            }
        }
        if (tool) {
            return Role.TOOL;
        }
        out.service(w.name, Origin.stated(w.at));
        if (w.codebase != null && (w.built || known.isEmpty())) {
            // an application image or a build context; a runtime image (eclipse-temurin, node) says nothing of the
            // code it runs, so services sharing one stay separate deployables
            out.codebase(w.name, w.codebase, Origin.stated(w.at));
        }
        if (w.replicas != null && w.replicas >= 1) {
            out.instances(w.name, w.replicas, w.replicasOrigin);
        }
        return Role.SERVICE;
    }

    private static void datastore(
            Workload w, Images.Identified id, Location imageAt, PartialRequirements out, boolean replicasMeanCopies) {
        Origin fromImage = Origin.inferred(imageAt, "the image " + id.image());
        out.datastore(w.name, Origin.stated(w.at));
        out.datastoreTechnology(w.name, id.technology(), fromImage);
        out.technology(id.technology(), id.version(), fromImage);
        if (id.kind() != null) {
            out.datastoreKind(w.name, id.kind(), fromImage);
        }
        if (id.role() == Images.Role.STREAM) {
            out.value("workload.asyncWorkflows", true, Origin.inferred(imageAt, "the event log image " + id.image()));
        }
        if (replicasMeanCopies && w.replicas != null && w.replicas >= 1 && w.replicasOrigin != null) {
            out.datastoreReplicas(
                    w.name,
                    w.replicas - 1,
                    Origin.inferred(
                            w.replicasOrigin.location(),
                            w.replicas
                                    + " pod" + (w.replicas == 1 ? "" : "s") + " of " + id.image() + ": one primary and "
                                    + (w.replicas - 1) + " replica" + (w.replicas == 2 ? "" : "s")));
        }
    }

    /** An image as written, without its tag or digest: what several services run when they run one codebase. */
    static String repository(String image) {
        String ref = image.strip();
        int at = ref.indexOf('@');
        if (at >= 0) {
            ref = ref.substring(0, at);
        }
        int colon = ref.lastIndexOf(':');
        return colon > ref.lastIndexOf('/') ? ref.substring(0, colon) : ref;
    }

    private static String shorten(String value) {
        String v = value.replaceAll("://[^/@\\s]*@", "://…@"); // never copy credentials into the requirements
        return v.length() > 80 ? v.substring(0, 79) + "…" : v;
    }
}
