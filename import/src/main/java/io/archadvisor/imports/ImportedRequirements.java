package io.archadvisor.imports;

import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsDocument;
import io.archadvisor.model.SourceMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of an import: the requirements the files describe (anything they do not state is unknown), where each
 * value came from, what was skipped, and where sources disagree.
 *
 * @param requirements the merged requirements; a value sources disagree on is left unknown
 * @param sources the location of each value by requirements path, for provenance, SARIF regions and explain
 * @param origins each value's origin by requirements path: location, stated or inferred, and the evidence
 * @param files the files read and the format each was read as
 * @param notes what was skipped or is worth checking, in file order
 * @param conflicts values two sources state differently
 */
public record ImportedRequirements(
        Requirements requirements,
        SourceMap sources,
        Map<String, Origin> origins,
        List<Importers.Detection> files,
        List<ImportNote> notes,
        List<Conflict> conflicts) {

    /** Validates and copies. */
    public ImportedRequirements {
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(sources, "sources");
        origins = java.util.Collections.unmodifiableMap(new TreeMap<>(origins));
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        conflicts = List.copyOf(conflicts);
    }

    /** The requirements with the location of each value, as {@code RequirementsReader} gives for a file. */
    public RequirementsDocument document() {
        return new RequirementsDocument(requirements, sources);
    }

    /** Whether sources disagree on some value. */
    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    /** This result when no sources disagree; otherwise an {@link ImportException} listing every conflict. */
    public ImportedRequirements requireNoConflicts() {
        if (hasConflicts()) {
            throw new ImportException(conflicts.stream().map(Conflict::message).toList(), null);
        }
        return this;
    }

    /**
     * The requirements as an editable YAML file that {@code RequirementsReader} reads back: each value followed by a
     * comment naming where it came from, unknown values left out, conflicts listed at the top.
     */
    public String toYaml() {
        return ImportedYaml.write(this);
    }
}
