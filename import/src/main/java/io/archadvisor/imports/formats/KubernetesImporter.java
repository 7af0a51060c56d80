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
import java.util.TreeMap;

/**
 * Reads Kubernetes manifests, one or many documents per file as {@code kubectl}, Helm ({@code helm template}) and
 * Kustomize ({@code kustomize build}) write them, {@code List} kinds included. Deployments, StatefulSets, DaemonSets
 * (and Argo Rollouts) are grouped by the Service that selects them into services or, by their images, datastores
 * and brokers; replicas (or a HorizontalPodAutoscaler's minimum) give instances; addresses of Services in
 * environment values and referenced ConfigMaps give dependencies. Services of type LoadBalancer or NodePort,
 * Ingresses, Gateway API routes, VirtualServices, IngressRoutes and OpenShift Routes give exposure;
 * PodDisruptionBudgets, zone spread, probes and NetworkPolicies give notes; any other kind is skipped with a note.
 */
public final class KubernetesImporter implements Importer {

    private static final Set<String> WORKLOADS = Set.of(
            "Deployment",
            "StatefulSet",
            "DaemonSet",
            "ReplicaSet",
            "ReplicationController",
            "Rollout",
            "DeploymentConfig",
            "Pod");
    private static final Set<String> SILENT = Set.of(
            "ConfigMap",
            "Secret",
            "ServiceAccount",
            "Role",
            "RoleBinding",
            "ClusterRole",
            "ClusterRoleBinding",
            "Namespace",
            "PersistentVolumeClaim",
            "PersistentVolume",
            "StorageClass",
            "Endpoints",
            "EndpointSlice",
            "LimitRange",
            "ResourceQuota",
            "PriorityClass",
            "CustomResourceDefinition",
            "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration",
            "ServiceMonitor",
            "PodMonitor",
            "PrometheusRule",
            "Certificate",
            "Issuer",
            "ClusterIssuer",
            "Kustomization",
            "HelmRelease",
            "Application",
            "VerticalPodAutoscaler",
            "APIService",
            "VolumeSnapshotClass");

    @Override
    public String format() {
        return "kubernetes";
    }

    @Override
    public boolean accepts(SourceFile file) {
        if (!file.parses()) {
            return false;
        }
        boolean any = false;
        for (YamlNode doc : file.documents()) {
            String api = Nodes.text(doc, "apiVersion");
            String kind = Nodes.text(doc, "kind");
            if (api == null || kind == null) {
                return false;
            }
            if (api.startsWith("backstage.io/") || kind.equals("Kustomization") && api.startsWith("kustomize.config")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A workload document. */
    private record Resource(String kind, String name, YamlNode doc, Location at) {}

    @Override
    public PartialRequirements read(List<SourceFile> files, ImportSettings settings) {
        PartialRequirements out = new PartialRequirements(format());
        List<Resource> workloads = new ArrayList<>();
        List<Resource> services = new ArrayList<>();
        List<Resource> others = new ArrayList<>();
        Map<String, YamlNode> configMaps = new LinkedHashMap<>();
        Map<String, YamlNode> autoscalers = new LinkedHashMap<>();
        Location first = null;
        List<YamlNode> documents = new ArrayList<>();
        files.forEach(f -> documents.addAll(f.documents()));
        // the same resource in several files (a folder of manifests and the release bundle made from it, a kustomize
        // base) is one resource: the first definition is read, the others only noted
        Map<String, Location> defined = new LinkedHashMap<>();
        for (YamlNode doc : documents) {
            for (YamlNode item : flatten(doc)) {
                String kind = Nodes.text(item, "kind");
                String name = Nodes.text(item, "metadata", "name");
                if (kind == null || name == null) {
                    continue;
                }
                YamlNode nameNode = Nodes.get(item, "metadata", "name");
                if (Nodes.text(item, "$patch") != null) {
                    continue; // a kustomize patch (`$patch: delete` ...) changes a resource; it is none itself
                }
                String namespace = Nodes.text(item, "metadata", "namespace");
                String key = kind + "/" + (namespace == null ? "" : namespace) + "/" + name;
                Location earlier = defined.putIfAbsent(key, nameNode.location());
                if (earlier != null) {
                    out.note(
                            nameNode.location(),
                            kind + " " + name + " is defined again (first at " + earlier + "); the first definition"
                                    + " is read");
                    continue;
                }
                Resource r = new Resource(kind, name, item, nameNode.location());
                first = first == null ? Nodes.get(item, "kind").location() : first;
                if (WORKLOADS.contains(kind)) {
                    workloads.add(r);
                } else if (kind.equals("Service")) {
                    services.add(r);
                } else if (kind.equals("ConfigMap")) {
                    configMaps.put(name, item);
                } else if (kind.equals("HorizontalPodAutoscaler")) {
                    String target = Nodes.text(item, "spec", "scaleTargetRef", "name");
                    if (target != null) {
                        autoscalers.put(target, item);
                    }
                } else {
                    others.add(r);
                }
            }
        }
        if (first == null) {
            return out;
        }
        out.value("deployment.kubernetes", true, Origin.stated(first));
        Map<String, String> aliases = new LinkedHashMap<>();
        Map<String, Map<String, String>> podLabels = new LinkedHashMap<>();
        Map<String, Topology.Workload> byName = new LinkedHashMap<>();
        List<Topology.Workload> list = new ArrayList<>();
        int withoutProbes = 0;
        int withoutLimits = 0;
        int rootAllowed = 0;
        int zoneSpread = 0;
        for (Resource r : workloads) {
            YamlNode pod = r.kind().equals("Pod") ? r.doc() : Nodes.get(r.doc(), "spec", "template");
            YamlNode podSpec = Nodes.get(pod, "spec");
            Map<String, String> labels = labels(Nodes.get(pod, "metadata", "labels"));
            Resource service = selecting(services, labels, r.name());
            String logical = service != null ? service.name() : r.name();
            Topology.Workload w = byName.get(logical);
            if (w == null) {
                w = new Topology.Workload(logical, service != null ? service.at() : r.at());
                byName.put(logical, w);
                list.add(w);
            } else {
                out.note(
                        r.at(),
                        r.kind() + " " + r.name() + " is read as one more part of " + logical + " (the Service "
                                + logical + " selects both)");
            }
            aliases.put(r.name().toLowerCase(Locale.ROOT), logical);
            podLabels.put(logical, labels);
            replicas(r, autoscalers.get(r.name()), w, out);
            boolean probed = true;
            for (YamlNode c : Nodes.items(Nodes.get(podSpec, "containers"))) {
                String image = Nodes.text(c, "image");
                if (image != null) {
                    w.images.add(new Topology.Image(image, Nodes.get(c, "image").location()));
                    if (w.codebase == null) {
                        w.codebase = Topology.repository(image); // the first container is the workload's own
                    }
                }
                probed &= Nodes.present(Nodes.get(c, "readinessProbe")) || Nodes.present(Nodes.get(c, "livenessProbe"));
                env(c, w, configMaps);
            }
            withoutProbes += probed ? 0 : 1;
            boolean limited = !Nodes.items(Nodes.get(podSpec, "containers")).isEmpty();
            for (YamlNode c : Nodes.items(Nodes.get(podSpec, "containers"))) {
                limited &= Nodes.present(Nodes.get(c, "resources", "limits"));
            }
            withoutLimits += limited ? 0 : 1;
            Boolean nonRoot = Nodes.bool(Nodes.get(podSpec, "securityContext", "runAsNonRoot"));
            rootAllowed += Boolean.TRUE.equals(nonRoot) ? 0 : 1;
            for (YamlNode t : Nodes.items(Nodes.get(podSpec, "topologySpreadConstraints"))) {
                if ("topology.kubernetes.io/zone".equals(Nodes.text(t, "topologyKey"))) {
                    zoneSpread++;
                    break;
                }
            }
        }
        for (Resource s : services) {
            // every Service selecting a workload is a name its callers may use (frontend-external for frontend)
            Map<String, String> selector = labels(Nodes.get(s.doc(), "spec", "selector"));
            for (Map.Entry<String, Map<String, String>> w : podLabels.entrySet()) {
                if (!selector.isEmpty() && w.getValue().entrySet().containsAll(selector.entrySet())) {
                    aliases.putIfAbsent(s.name().toLowerCase(Locale.ROOT), w.getKey());
                    break;
                }
            }
        }
        aliases.keySet().removeIf(a -> !byName.containsKey(aliases.get(a)));
        exposure(services, others, aliases, byName, out);
        Topology.claim(list, aliases, out, settings, true);
        others(others, out);
        if (!list.isEmpty() && withoutProbes > 0) {
            out.note(
                    first,
                    withoutProbes + " of " + workloads.size() + " workloads have no readiness or liveness"
                            + " probe: Kubernetes cannot tell when they are unhealthy");
        }
        if (!list.isEmpty() && withoutLimits > 0) {
            out.note(
                    first,
                    withoutLimits + " of " + workloads.size() + " workloads set no resource limits on every"
                            + " container: one can starve its neighbours");
        }
        if (!list.isEmpty() && rootAllowed > 0) {
            out.note(
                    first,
                    rootAllowed + " of " + workloads.size() + " workloads do not require a non-root user"
                            + " (securityContext.runAsNonRoot at pod level)");
        }
        if (zoneSpread > 0) {
            out.note(
                    first,
                    zoneSpread + " of " + workloads.size() + " workloads spread their pods over zones"
                            + " (topologySpreadConstraints on topology.kubernetes.io/zone)");
        }
        return out;
    }

    /**
     * How each workload can be reached from outside the cluster: a Service of type LoadBalancer or NodePort selecting
     * it makes it public (stated by the type); a route of an Ingress, a Gateway API route, an Istio VirtualService or
     * a Traefik IngressRoute naming its Service makes it reachable through that gateway (stated by the backend);
     * otherwise it is internal, inferred from the files naming no such route or Service for it.
     */
    private static void exposure(
            List<Resource> services,
            List<Resource> others,
            Map<String, String> aliases,
            Map<String, Topology.Workload> byName,
            PartialRequirements out) {
        for (Resource s : services) {
            YamlNode typeNode = Nodes.get(s.doc(), "spec", "type");
            String type = Nodes.text(typeNode);
            if ("LoadBalancer".equals(type) || "NodePort".equals(type)) {
                Topology.Workload w = byName.get(aliases.get(s.name().toLowerCase(Locale.ROOT)));
                out.note(
                        typeNode.location(),
                        "the Service " + s.name() + " is exposed outside the cluster (type " + type + ")");
                if (w != null) {
                    w.expose(Exposure.PUBLIC, Origin.stated(typeNode.location()));
                }
            }
        }
        for (Resource r : others) {
            for (YamlNode backend : backends(r)) {
                String host = Nodes.text(backend);
                if (host == null) {
                    continue;
                }
                String service = host.strip().toLowerCase(Locale.ROOT);
                int dot = service.indexOf('.');
                service = dot > 0 ? service.substring(0, dot) : service; // reviews.default.svc.cluster.local
                Topology.Workload w = byName.get(aliases.get(service));
                if (w != null) {
                    w.expose(Exposure.VIA_GATEWAY, Origin.stated(backend.location()));
                }
            }
        }
        for (Topology.Workload w : byName.values()) {
            if (w.exposure == null) {
                w.expose(
                        Exposure.INTERNAL,
                        Origin.inferred(
                                w.at,
                                "no LoadBalancer or NodePort Service, Ingress, Gateway route, VirtualService or"
                                        + " IngressRoute in the files reaches " + w.name));
            }
        }
    }

    /** The nodes naming the Services a routing resource sends traffic to. */
    private static List<YamlNode> backends(Resource r) {
        List<YamlNode> out = new ArrayList<>();
        YamlNode spec = Nodes.get(r.doc(), "spec");
        switch (r.kind()) {
            case "Ingress" -> {
                addIfPresent(out, Nodes.get(spec, "defaultBackend", "service", "name"));
                addIfPresent(out, Nodes.get(spec, "backend", "serviceName"));
                for (YamlNode rule : Nodes.items(Nodes.get(spec, "rules"))) {
                    for (YamlNode path : Nodes.items(Nodes.get(rule, "http", "paths"))) {
                        addIfPresent(out, Nodes.get(path, "backend", "service", "name"));
                        addIfPresent(out, Nodes.get(path, "backend", "serviceName"));
                    }
                }
            }
            case "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute" -> {
                for (YamlNode rule : Nodes.items(Nodes.get(spec, "rules"))) {
                    for (YamlNode ref : Nodes.items(Nodes.get(rule, "backendRefs"))) {
                        String kind = Nodes.text(ref, "kind");
                        if (kind == null || kind.equals("Service")) {
                            addIfPresent(out, Nodes.get(ref, "name"));
                        }
                    }
                }
            }
            case "VirtualService" -> {
                for (String protocol : List.of("http", "tcp", "tls")) {
                    for (YamlNode route : Nodes.items(Nodes.get(spec, protocol))) {
                        for (YamlNode dest : Nodes.items(Nodes.get(route, "route"))) {
                            addIfPresent(out, Nodes.get(dest, "destination", "host"));
                        }
                    }
                }
            }
            case "Route" -> { // OpenShift
                addIfPresent(out, Nodes.get(spec, "to", "name"));
                for (YamlNode alt : Nodes.items(Nodes.get(spec, "alternateBackends"))) {
                    addIfPresent(out, Nodes.get(alt, "name"));
                }
            }
            case "IngressRoute", "IngressRouteTCP" -> {
                for (YamlNode route : Nodes.items(Nodes.get(spec, "routes"))) {
                    for (YamlNode service : Nodes.items(Nodes.get(route, "services"))) {
                        addIfPresent(out, Nodes.get(service, "name"));
                    }
                }
            }
            default -> {
                // not a routing resource
            }
        }
        return out;
    }

    private static void addIfPresent(List<YamlNode> out, YamlNode node) {
        if (node != null) {
            out.add(node);
        }
    }

    /** A document, or the items of a {@code List} kind ({@code v1/List}, {@code DeploymentList}, ...). */
    private static List<YamlNode> flatten(YamlNode doc) {
        String kind = Nodes.text(doc, "kind");
        if (kind != null && kind.endsWith("List") && Nodes.get(doc, "items") instanceof YamlNode.Sequence items) {
            List<YamlNode> out = new ArrayList<>();
            for (YamlNode item : items.items()) {
                out.addAll(flatten(item));
            }
            return out;
        }
        return List.of(doc);
    }

    private static Map<String, String> labels(YamlNode node) {
        Map<String, String> out = new TreeMap<>();
        for (YamlNode.Entry e : Nodes.entries(node)) {
            String v = Nodes.text(e.value());
            if (v != null) {
                out.put(e.key(), v);
            }
        }
        return out;
    }

    /**
     * The Service whose selector matches the pod labels: the one named like the workload, else the first by name that
     * is not headless, else the first headless one.
     */
    private static Resource selecting(List<Resource> services, Map<String, String> podLabels, String workload) {
        Resource best = null;
        for (Resource s : services) {
            Map<String, String> selector = labels(Nodes.get(s.doc(), "spec", "selector"));
            if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
                continue;
            }
            if (s.name().equals(workload)) {
                return s;
            }
            if (best == null
                    || rank(s) < rank(best)
                    || rank(s) == rank(best) && s.name().compareTo(best.name()) < 0) {
                best = s;
            }
        }
        return best;
    }

    private static int rank(Resource service) {
        return "None".equals(Nodes.text(service.doc(), "spec", "clusterIP")) ? 1 : 0;
    }

    private static void replicas(Resource r, YamlNode hpa, Topology.Workload w, PartialRequirements out) {
        Integer n = null;
        Origin origin = null;
        if (hpa != null) {
            YamlNode min = Nodes.get(hpa, "spec", "minReplicas");
            n = min == null ? Integer.valueOf(1) : Nodes.integer(min);
            origin = min == null
                    ? Origin.inferred(
                            Nodes.get(hpa, "spec").location(),
                            "a HorizontalPodAutoscaler" + " without minReplicas, which Kubernetes starts at 1")
                    : Origin.stated(min.location());
            Integer max = Nodes.integer(Nodes.get(hpa, "spec", "maxReplicas"));
            if (max != null) {
                out.note(Nodes.get(hpa, "spec").location(), w.name + " scales between " + n + " and " + max + " pods");
            }
        } else if (r.kind().equals("DaemonSet")) {
            out.note(r.at(), "the DaemonSet " + r.name() + " runs one pod per node; its instances are unknown");
        } else if (r.kind().equals("Pod")) {
            n = 1;
            origin = Origin.inferred(r.at(), "a bare Pod, which is one instance");
        } else {
            YamlNode replicas = Nodes.get(r.doc(), "spec", "replicas");
            if (replicas != null) {
                n = Nodes.integer(replicas);
                origin = Origin.stated(replicas.location());
            } else {
                n = 1;
                origin = Origin.inferred(
                        r.at(),
                        "the " + r.kind() + " " + r.name() + ", which sets no replicas, so" + " Kubernetes runs 1 pod");
            }
        }
        if (n == null) {
            return;
        }
        if (n == 0) {
            out.note(
                    origin.location(),
                    r.kind() + " " + r.name() + " is scaled to 0 pods; its instances are left" + " unknown");
            w.replicas = null;
            w.replicasOrigin = null;
            return;
        }
        if (w.replicas != null) {
            w.replicas += n; // another workload behind the same Service (versions, canaries)
        } else if (!w.images.isEmpty()) {
            return; // an earlier workload of this service had no known count: the total stays unknown
        } else {
            w.replicas = n;
            w.replicasOrigin = origin;
        }
    }

    private static void env(YamlNode container, Topology.Workload w, Map<String, YamlNode> configMaps) {
        for (YamlNode e : Nodes.items(Nodes.get(container, "env"))) {
            String name = Nodes.text(e, "name");
            YamlNode value = Nodes.get(e, "value");
            if (name != null && Nodes.text(value) != null) {
                w.env.add(new Topology.Env(name, Nodes.text(value), value.location()));
            }
        }
        for (YamlNode from : Nodes.items(Nodes.get(container, "envFrom"))) {
            YamlNode cm = configMaps.get(Nodes.text(from, "configMapRef", "name"));
            for (YamlNode.Entry d : Nodes.entries(Nodes.get(cm, "data"))) {
                String v = Nodes.text(d.value());
                if (v != null) {
                    w.env.add(new Topology.Env(d.key(), v, d.value().location()));
                }
            }
        }
    }

    private static void others(List<Resource> others, PartialRequirements out) {
        Map<String, Integer> skipped = new TreeMap<>();
        Map<String, Location> where = new LinkedHashMap<>();
        for (Resource r : others) {
            switch (r.kind()) {
                case "Ingress",
                        "Gateway",
                        "HTTPRoute",
                        "GRPCRoute",
                        "TLSRoute",
                        "TCPRoute",
                        "UDPRoute",
                        "VirtualService",
                        "IngressRoute",
                        "IngressRouteTCP",
                        "Route" ->
                    out.note(r.at(), "the " + r.kind() + " " + r.name() + " exposes services outside the cluster");
                case "PodDisruptionBudget" ->
                    out.note(
                            r.at(),
                            "the PodDisruptionBudget " + r.name()
                                    + " keeps pods running through voluntary disruptions");
                case "NetworkPolicy" -> out.note(r.at(), "the NetworkPolicy " + r.name() + " restricts traffic");
                case "ExternalSecret", "SecretProviderClass", "SecretStore", "ClusterSecretStore" ->
                    out.value(
                            "security.secretsManagement",
                            true,
                            Origin.inferred(r.at(), "the " + r.kind() + " " + r.name()));
                case "PeerAuthentication" -> {
                    if ("STRICT".equals(Nodes.text(r.doc(), "spec", "mtls", "mode"))) {
                        out.value(
                                "security.encryptionInTransit",
                                true,
                                Origin.inferred(
                                        Nodes.get(r.doc(), "spec", "mtls", "mode")
                                                .location(),
                                        "the PeerAuthentication " + r.name() + " requiring mutual TLS"));
                    }
                }
                case "Job", "CronJob" ->
                    out.note(
                            r.at(),
                            "the " + r.kind() + " " + r.name() + " is a batch job," + " not a service; it is left out");
                default -> {
                    if (!SILENT.contains(r.kind())) {
                        skipped.merge(r.kind(), 1, Integer::sum);
                        where.putIfAbsent(r.kind(), r.at());
                    }
                }
            }
        }
        skipped.forEach((kind, count) -> out.note(
                where.get(kind),
                "skipped " + count + " resource" + (count == 1 ? "" : "s") + " of kind " + kind
                        + ", which archadvisor does not read"));
    }
}
