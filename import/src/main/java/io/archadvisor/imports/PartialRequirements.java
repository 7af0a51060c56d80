package io.archadvisor.imports;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Location;
import io.archadvisor.model.AccessKind;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.Exposure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one imported file says about the system, as located claims: services, their instances, datastores and calls,
 * datastores, technologies, and single values such as {@code deployment.kubernetes}. Anything not claimed stays
 * unknown. {@link Importers} merges the claims of every file (and an overlay) into one set of requirements.
 * Importers fill it while reading one file; it is not thread-safe.
 */
public final class PartialRequirements {

    /** The single-valued fields an importer may claim by path. */
    public static final Set<String> VALUE_PATHS = Set.of(
            "system",
            "team.size",
            "deployment.environment",
            "deployment.provider",
            "deployment.kubernetes",
            "deployment.regions",
            "deployment.availabilityZones",
            "workload.asyncWorkflows",
            "workload.longRunningJobs",
            "workload.realTime",
            "workload.iot",
            "security.encryptionInTransit",
            "security.encryptionAtRest",
            "security.secretsManagement",
            "security.zeroTrust",
            "security.leastPrivilege",
            "observability.logs",
            "observability.metrics",
            "observability.traces",
            "proposal.style");

    /** The list fields an importer may add items to by path. */
    public static final Set<String> ITEM_PATHS =
            Set.of("security.authentication", "team.expertise", "nfrs.dataResidency");

    /** What a claim is about. */
    enum Kind {
        VALUE,
        ITEM,
        SERVICE,
        INSTANCES,
        USES,
        CALL,
        DATASTORE,
        DATASTORE_TECHNOLOGY,
        DATASTORE_KIND,
        DATASTORE_REPLICAS,
        EXPOSURE,
        TECHNOLOGY,
        CODEBASE
    }

    /**
     * One claim.
     *
     * @param kind what it is about
     * @param subject the path, service, datastore or technology name it is about
     * @param object the second name (the datastore a service uses, the service it calls, the item of a list), or
     *     {@code null}
     * @param value the value claimed, or {@code null} when the claim is only that the thing exists or its value is
     *     unknown (a call's mode)
     * @param origin where it came from
     */
    record Claim(Kind kind, String subject, String object, Object value, Origin origin) {
        String key() {
            return kind + "\u0000" + subject + "\u0000" + (object == null ? "" : object);
        }
    }

    private final String format;
    private final List<Claim> claims = new ArrayList<>();
    private final List<ImportNote> notes = new ArrayList<>();

    /** An empty set of claims for a file read by the importer of {@code format}. */
    public PartialRequirements(String format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    /** The format of the importer that made it, such as {@code docker-compose}. */
    public String format() {
        return format;
    }

    /** Claims a single value, such as {@code deployment.kubernetes = true}; see {@link #VALUE_PATHS}. */
    public PartialRequirements value(String path, Object value, Origin origin) {
        if (!VALUE_PATHS.contains(path)) {
            throw new InvalidValueException("Not a single-valued path an import can claim: " + path);
        }
        return add(Kind.VALUE, path, null, Objects.requireNonNull(value, "value"), origin);
    }

    /** Claims one item of a list field, such as {@code security.authentication} contains {@code oidc}. */
    public PartialRequirements item(String path, Object item, Origin origin) {
        if (!ITEM_PATHS.contains(path)) {
            throw new InvalidValueException("Not a list path an import can add to: " + path);
        }
        return add(Kind.ITEM, path, String.valueOf(item), Objects.requireNonNull(item, "item"), origin);
    }

    /** Claims that a service (a deployable of the proposal) exists. */
    public PartialRequirements service(String name, Origin origin) {
        return add(Kind.SERVICE, name(name), null, null, origin);
    }

    /**
     * Claims what a service is built from (its image without the tag, or its build context): services of one codebase
     * are processes of one deployable, such as a web server and its job worker.
     */
    public PartialRequirements codebase(String service, String codebase, Origin origin) {
        return add(Kind.CODEBASE, name(service), null, Objects.requireNonNull(codebase, "codebase"), origin);
    }

    /** Claims how many instances of a service run (at least 1). */
    public PartialRequirements instances(String service, int instances, Origin origin) {
        if (instances < 1) {
            throw new InvalidValueException("instances must be ≥ 1, got " + instances);
        }
        return add(Kind.INSTANCES, name(service), null, instances, origin);
    }

    /** Claims that a service reads or writes a datastore. */
    public PartialRequirements uses(String service, String datastore, Origin origin) {
        return add(Kind.USES, name(service), name(datastore), null, origin);
    }

    /** Claims that a service calls another, synchronously, asynchronously or in a mode not known ({@code null}). */
    public PartialRequirements call(String from, String to, CallMode mode, Origin origin) {
        return add(Kind.CALL, name(from), name(to), mode, origin);
    }

    /** Claims that a datastore exists. */
    public PartialRequirements datastore(String name, Origin origin) {
        return add(Kind.DATASTORE, name(name), null, null, origin);
    }

    /** Claims the technology of a datastore, by its catalog name such as {@code postgresql}. */
    public PartialRequirements datastoreTechnology(String datastore, String technology, Origin origin) {
        return add(Kind.DATASTORE_TECHNOLOGY, name(datastore), null, name(technology), origin);
    }

    /** Claims the kind of data a datastore holds. */
    public PartialRequirements datastoreKind(String datastore, AccessKind kind, Origin origin) {
        return add(Kind.DATASTORE_KIND, name(datastore), null, Objects.requireNonNull(kind, "kind"), origin);
    }

    /** Claims how many replicas a datastore has besides its primary. */
    public PartialRequirements datastoreReplicas(String datastore, int replicas, Origin origin) {
        if (replicas < 0) {
            throw new InvalidValueException("replicas must be ≥ 0, got " + replicas);
        }
        return add(Kind.DATASTORE_REPLICAS, name(datastore), null, replicas, origin);
    }

    /**
     * Claims how a service or datastore (by name; whichever of the two it is claimed to be) can be reached from
     * outside the system.
     */
    public PartialRequirements exposure(String name, Exposure exposure, Origin origin) {
        return add(Kind.EXPOSURE, name(name), null, Objects.requireNonNull(exposure, "exposure"), origin);
    }

    /** Claims that a technology, with a version or {@code null} when the files do not say, is in use. */
    public PartialRequirements technology(String name, String version, Origin origin) {
        return add(
                Kind.TECHNOLOGY, name(name), version == null || version.isBlank() ? "" : version.strip(), null, origin);
    }

    /** Records something skipped or worth checking. */
    public PartialRequirements note(Location location, String message) {
        notes.add(new ImportNote(location, message));
        return this;
    }

    /** Whether nothing has been claimed. */
    public boolean isEmpty() {
        return claims.isEmpty();
    }

    /** The names of the services claimed so far, in claim order. */
    public List<String> services() {
        return claims.stream()
                .filter(c -> c.kind() == Kind.SERVICE)
                .map(Claim::subject)
                .distinct()
                .toList();
    }

    List<Claim> claims() {
        return List.copyOf(claims);
    }

    /** The notes, in the order they were made. */
    public List<ImportNote> notes() {
        return List.copyOf(notes);
    }

    private PartialRequirements add(Kind kind, String subject, String object, Object value, Origin origin) {
        claims.add(new Claim(kind, subject, object, value, Objects.requireNonNull(origin, "origin")));
        return this;
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("A name must not be blank");
        }
        return name.strip();
    }
}
