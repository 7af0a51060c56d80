package io.archadvisor.imports;

/**
 * Reads one format of file into located {@link PartialRequirements}. Implementations are found with
 * {@link java.util.ServiceLoader} (list them in {@code META-INF/services/io.archadvisor.imports.Importer}); they must
 * be stateless and thread-safe. {@link Importers} decides which importer reads a file by asking each whether it
 * {@linkplain #accepts accepts} it, judged by the content, not only the file name.
 */
public interface Importer {

    /** The format's name, such as {@code docker-compose} or {@code kubernetes}. */
    String format();

    /**
     * Whether this importer reads {@code file}, judged by its content (its parsed documents). Must not throw: a file
     * that does not parse is simply not accepted.
     */
    boolean accepts(SourceFile file);

    /**
     * Reads what {@code files} (every file of one import this importer accepted, in order) state into claims and
     * notes; files are read together because one may refer to what another defines (a Kubernetes Service and its
     * Deployment, a Backstage component and the resource it depends on). Anything unusable (an unknown resource type,
     * an image that names no known technology) becomes a note, never an exception.
     */
    PartialRequirements read(java.util.List<SourceFile> files, ImportSettings settings);

    /** Reads one file; see {@link #read(java.util.List, ImportSettings)}. */
    default PartialRequirements read(SourceFile file, ImportSettings settings) {
        return read(java.util.List.of(file), settings);
    }
}
