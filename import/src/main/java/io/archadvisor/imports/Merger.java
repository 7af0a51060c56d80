package io.archadvisor.imports;

import io.archadvisor.base.Location;
import io.archadvisor.model.AccessKind;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.DatastoreSpec;
import io.archadvisor.model.Edits;
import io.archadvisor.model.ExistingInfrastructure;
import io.archadvisor.model.Exposure;
import io.archadvisor.model.Pattern;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.model.TechnologyRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges the claims of several files into one set of requirements with the origin of every value. For each thing
 * claimed, the highest-ranking claims decide (stated over inferred); when they disagree, the value stays unknown and
 * a {@link Conflict} names every location. Nothing is picked silently.
 */
final class Merger {

    /** The merged requirements with the origin of each value (by requirements path), conflicts and notes. */
    record Result(
            Requirements requirements, Map<String, Origin> origins, List<Conflict> conflicts, List<ImportNote> notes) {}

    private final Map<String, List<PartialRequirements.Claim>> groups = new LinkedHashMap<>();
    private final Map<String, Origin> origins = new LinkedHashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<ImportNote> notes = new ArrayList<>();

    private Merger() {}

    static Result merge(List<PartialRequirements> parts) {
        Merger m = new Merger();
        for (PartialRequirements p : parts) {
            for (PartialRequirements.Claim c : p.claims()) {
                m.groups.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
            }
            m.notes.addAll(p.notes());
        }
        return m.build();
    }

    /**
     * How many separately built deployables the services are: services that claim a codebase another one already
     * claimed count once; a service without a codebase claim counts on its own.
     */
    private int deployables(List<ServiceSpec> services) {
        Map<String, List<Object>> bySubject = new LinkedHashMap<>();
        for (PartialRequirements.Claim c : of(PartialRequirements.Kind.CODEBASE)) {
            bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c.value());
        }
        Set<Object> seen = new java.util.HashSet<>();
        int count = 0;
        for (ServiceSpec s : services) {
            List<Object> codebases = bySubject.getOrDefault(s.name(), List.of());
            if (codebases.isEmpty() || codebases.stream().noneMatch(seen::contains)) {
                count++;
            }
            seen.addAll(codebases);
        }
        return count;
    }

    /** The chosen claim of a group, or {@code null} on a conflict (already recorded). */
    private PartialRequirements.Claim decide(List<PartialRequirements.Claim> claims, String path, String what) {
        List<PartialRequirements.Claim> valued =
                claims.stream().filter(c -> c.value() != null).toList();
        List<PartialRequirements.Claim> pool = valued.isEmpty() ? claims : valued;
        int top = pool.stream().mapToInt(c -> c.origin().rank()).max().orElseThrow();
        List<PartialRequirements.Claim> best =
                pool.stream().filter(c -> c.origin().rank() == top).toList();
        Set<Object> values = new LinkedHashSet<>();
        best.forEach(c -> values.add(c.value()));
        if (values.size() > 1) {
            List<Conflict.Claimed> seen = new ArrayList<>();
            for (PartialRequirements.Claim c : best) {
                if (seen.stream()
                        .noneMatch(s -> Objects.equals(s.value(), c.value())
                                && s.origin().location().equals(c.origin().location()))) {
                    seen.add(new Conflict.Claimed(c.value(), c.origin()));
                }
            }
            conflicts.add(new Conflict(path, what, seen));
            return null;
        }
        PartialRequirements.Claim chosen = best.get(0);
        for (PartialRequirements.Claim c : valued) {
            if (c.origin().rank() < top && !Objects.equals(c.value(), chosen.value())) {
                notes.add(new ImportNote(
                        c.origin().location(),
                        what + " " + describe(c) + " gives way to " + describe(chosen) + " at "
                                + chosen.origin().location()));
            }
        }
        return chosen;
    }

    private static String describe(PartialRequirements.Claim c) {
        String v = io.archadvisor.facts.Values.display(c.value());
        return c.origin().stated()
                ? "stated as " + v
                : v + " inferred from " + c.origin().evidence();
    }

    private List<PartialRequirements.Claim> of(PartialRequirements.Kind kind) {
        List<PartialRequirements.Claim> firsts = new ArrayList<>();
        for (List<PartialRequirements.Claim> g : groups.values()) {
            if (g.get(0).kind() == kind) {
                firsts.add(g.get(0));
            }
        }
        return firsts;
    }

    private List<PartialRequirements.Claim> group(PartialRequirements.Kind kind, String subject, String object) {
        return groups.get(kind + "\u0000" + subject + "\u0000" + (object == null ? "" : object));
    }

    private static Origin best(List<PartialRequirements.Claim> claims) {
        Origin best = claims.get(0).origin();
        for (PartialRequirements.Claim c : claims) {
            if (c.origin().rank() > best.rank()) {
                best = c.origin();
            }
        }
        return best;
    }

    private Result build() {
        Requirements r = Requirements.named(null);
        // single values
        for (PartialRequirements.Claim first : of(PartialRequirements.Kind.VALUE)) {
            String path = first.subject();
            PartialRequirements.Claim chosen =
                    decide(group(PartialRequirements.Kind.VALUE, path, null), path, "`" + path + "`");
            if (chosen != null) {
                try {
                    r = Edits.set(r, path, chosen.value());
                    origins.put(path, chosen.origin());
                } catch (io.archadvisor.model.RequirementsException e) {
                    notes.add(new ImportNote(
                            chosen.origin().location(),
                            "`" + path + "` cannot be "
                                    + io.archadvisor.facts.Values.display(chosen.value()) + " ("
                                    + e.problems().get(0).constraint() + "); it is left unknown"));
                }
            }
        }
        // list items
        Map<String, List<Object>> items = new LinkedHashMap<>();
        for (PartialRequirements.Claim first : of(PartialRequirements.Kind.ITEM)) {
            List<Object> list = items.computeIfAbsent(first.subject(), k -> new ArrayList<>());
            origins.put(
                    first.subject() + "[" + list.size() + "]",
                    best(group(PartialRequirements.Kind.ITEM, first.subject(), first.object())));
            list.add(first.value());
        }
        for (Map.Entry<String, List<Object>> e : items.entrySet()) {
            try {
                r = Edits.set(r, e.getKey(), e.getValue());
            } catch (io.archadvisor.model.RequirementsException ex) {
                notes.add(new ImportNote(
                        null,
                        "`" + e.getKey() + "` cannot be " + e.getValue() + " ("
                                + ex.problems().get(0).constraint() + "); it is left unknown"));
            }
        }
        // technologies: one entry per name and version; a name without a version only when no version is known
        List<TechnologyRef> technologies = new ArrayList<>();
        Set<String> versioned = new LinkedHashSet<>();
        for (PartialRequirements.Claim c : of(PartialRequirements.Kind.TECHNOLOGY)) {
            if (!c.object().isEmpty()) {
                versioned.add(c.subject());
            }
        }
        for (PartialRequirements.Claim c : of(PartialRequirements.Kind.TECHNOLOGY)) {
            if (c.object().isEmpty() && versioned.contains(c.subject())) {
                continue;
            }
            origins.put(
                    "existing.technologies[" + technologies.size() + "]",
                    best(group(PartialRequirements.Kind.TECHNOLOGY, c.subject(), c.object())));
            technologies.add(new TechnologyRef(c.subject(), c.object().isEmpty() ? null : c.object()));
        }
        // datastores
        List<DatastoreSpec> datastores = new ArrayList<>();
        for (PartialRequirements.Claim c : of(PartialRequirements.Kind.DATASTORE)) {
            String name = c.subject();
            String path = "proposal.datastores[" + datastores.size() + "]";
            origins.put(path, best(group(PartialRequirements.Kind.DATASTORE, name, null)));
            String technology = (String) value(
                    PartialRequirements.Kind.DATASTORE_TECHNOLOGY,
                    name,
                    path + ".technology",
                    "the technology of datastore " + name);
            AccessKind kind = (AccessKind) value(
                    PartialRequirements.Kind.DATASTORE_KIND, name, path + ".kind", "the kind of datastore " + name);
            Integer replicas = (Integer) value(
                    PartialRequirements.Kind.DATASTORE_REPLICAS,
                    name,
                    path + ".replicas",
                    "the replicas of datastore " + name);
            Exposure exposure = (Exposure) value(
                    PartialRequirements.Kind.EXPOSURE, name, path + ".exposure", "the exposure of datastore " + name);
            datastores.add(new DatastoreSpec(name, technology, kind, replicas, exposure));
        }
        // services
        List<ServiceSpec> services = new ArrayList<>();
        for (PartialRequirements.Claim c : of(PartialRequirements.Kind.SERVICE)) {
            String name = c.subject();
            String path = "proposal.services[" + services.size() + "]";
            origins.put(path, best(group(PartialRequirements.Kind.SERVICE, name, null)));
            Integer instances = (Integer) value(
                    PartialRequirements.Kind.INSTANCES, name, path + ".instances", "the instances of service " + name);
            List<String> uses = new ArrayList<>();
            List<ServiceCall> calls = new ArrayList<>();
            for (List<PartialRequirements.Claim> g : groups.values()) {
                PartialRequirements.Claim f = g.get(0);
                if (f.kind() == PartialRequirements.Kind.USES && f.subject().equals(name)) {
                    origins.put(path + ".datastores[" + uses.size() + "]", best(g));
                    uses.add(f.object());
                } else if (f.kind() == PartialRequirements.Kind.CALL
                        && f.subject().equals(name)) {
                    String callPath = path + ".calls[" + calls.size() + "]";
                    PartialRequirements.Claim chosen =
                            decide(g, callPath + ".mode", "the mode of the call from " + name + " to " + f.object());
                    CallMode mode = chosen == null ? null : (CallMode) chosen.value();
                    origins.put(callPath, chosen == null ? best(g) : chosen.origin());
                    if (mode != null) {
                        origins.put(callPath + ".mode", chosen.origin());
                    }
                    calls.add(new ServiceCall(f.object(), mode));
                }
            }
            Exposure exposure = (Exposure) value(
                    PartialRequirements.Kind.EXPOSURE, name, path + ".exposure", "the exposure of service " + name);
            services.add(new ServiceSpec(
                    name,
                    uses.isEmpty() ? null : uses,
                    calls.isEmpty() ? null : calls,
                    instances,
                    null,
                    null,
                    exposure));
        }
        Pattern style = r.proposal() == null ? null : r.proposal().style();
        int deployables = deployables(services);
        if (style == null && services.size() >= 3 && deployables < 3) {
            // a web server and its job workers built from one image are one deployable, not microservices
            notes.add(new ImportNote(
                    origins.get("proposal.services[0]").location(),
                    "the " + services.size() + " services run " + deployables + " codebase"
                            + (deployables == 1 ? "" : "s") + " (services built from one image are processes of one"
                            + " deployable), so the architecture style is left unknown: state proposal.style in an"
                            + " overlay"));
        }
        if (style == null && deployables >= 3) {
            style = Pattern.MICROSERVICES;
            List<String> names = services.stream().map(ServiceSpec::name).toList();
            origins.put(
                    "proposal.style",
                    Origin.inferred(
                            origins.get("proposal.services[0]").location(),
                            deployables + " separately deployed services ("
                                    + String.join(", ", names.size() > 5 ? names.subList(0, 5) : names)
                                    + (names.size() > 5 ? ", …)" : ")")));
        }
        if (style != null || !services.isEmpty() || !datastores.isEmpty()) {
            r = new Requirements(
                    r.system(),
                    r.scale(),
                    r.team(),
                    r.budget(),
                    r.timeline(),
                    r.existing(),
                    r.nfrs(),
                    r.deployment(),
                    r.workload(),
                    r.domain(),
                    r.dataAccess(),
                    r.security(),
                    r.observability(),
                    new Proposal(
                            style,
                            services.isEmpty() ? null : services,
                            datastores.isEmpty() ? null : datastores,
                            null));
        }
        if (!technologies.isEmpty()) {
            r = new Requirements(
                    r.system(),
                    r.scale(),
                    r.team(),
                    r.budget(),
                    r.timeline(),
                    new ExistingInfrastructure(technologies, null, null),
                    r.nfrs(),
                    r.deployment(),
                    r.workload(),
                    r.domain(),
                    r.dataAccess(),
                    r.security(),
                    r.observability(),
                    r.proposal());
        }
        return new Result(r, Map.copyOf(origins), List.copyOf(conflicts), List.copyOf(notes));
    }

    private Object value(PartialRequirements.Kind kind, String subject, String path, String what) {
        List<PartialRequirements.Claim> g = group(kind, subject, null);
        if (g == null) {
            return null;
        }
        PartialRequirements.Claim chosen = decide(g, path, what);
        if (chosen == null || chosen.value() == null) {
            return null;
        }
        origins.put(path, chosen.origin());
        return chosen.value();
    }

    /** A location as written in notes. */
    static String at(Location location) {
        return location == null ? "" : location.toString();
    }
}
