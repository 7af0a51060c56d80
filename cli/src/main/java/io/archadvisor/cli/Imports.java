package io.archadvisor.cli;

import io.archadvisor.imports.ImportedRequirements;
import io.archadvisor.imports.Importers;
import io.archadvisor.model.Requirements;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads requirements from the files a team already has (compose, Kubernetes, Backstage, Terraform plans, OpenAPI,
 * AsyncAPI, Structurizr) for {@code import} and {@code --from}: the importers of the {@code archadvisor-import} module,
 * with the run's catalog overlay so that a team's own technologies are recognised in images and engines.
 */
final class Imports {

    private Imports() {}

    /** The standard importers, mapping names through {@code catalog} layered over the built-in one when given. */
    static Importers importers(Path catalog) {
        Importers standard = Importers.standard();
        if (catalog == null) {
            return standard;
        }
        return standard.withCatalog(CatalogOption.load(catalog, "--catalog"));
    }

    /**
     * Checks that every path to import and the overlay exist, before anything is read or compiled.
     *
     * @throws CliException naming the first missing path and the fix
     */
    static void checkPaths(List<Path> from, Path overlay) {
        for (Path p : from) {
            if (!Files.exists(p)) {
                throw new CliException(p + ": no such file or folder; give a compose file, Kubernetes manifest,"
                        + " Backstage catalog, Terraform plan (JSON), OpenAPI or AsyncAPI contract or Structurizr"
                        + " workspace, or a folder of them");
            }
            if (!Files.isReadable(p)) {
                throw new CliException(p + ": cannot be read; check its permissions");
            }
        }
        if (overlay != null) {
            Inputs.existingFile(overlay.toString(), "overlay requirements");
        }
    }

    /**
     * Imports the paths and lays the overlay (or {@code null}) over them.
     *
     * @throws io.archadvisor.imports.ImportException when a file named is of no known format, unreadable or invalid,
     *     or the overlay is not valid requirements
     */
    static ImportedRequirements read(List<Path> from, Path overlay, Path catalog) {
        checkPaths(from, overlay);
        return importers(catalog).read(from, overlay);
    }

    /** What messages call an import: its paths, then the overlay. */
    static String display(List<Path> from, Path overlay) {
        String files = from.stream().map(Path::toString).collect(Collectors.joining(" "));
        return overlay == null ? files : files + " + " + overlay;
    }

    /**
     * The files to import and the overlay of {@code advise|check --from PATH… [FILE]}. The positional FILE is the
     * overlay; when there is none and the last path of {@code --from} is a file no importer reads but whose top-level
     * keys include a section of the requirements (picocli gives {@code --from} every path up to the next option, so
     * {@code --from deploy/ overlay.yaml} ends with the overlay), that file is the overlay.
     *
     * @return the paths to import, then the overlay as the only element of the second list, if any
     */
    static Split split(List<Path> from, List<String> positional) {
        List<String> overlay = positional == null ? List.of() : positional;
        if (overlay.isEmpty() && from.size() > 1) {
            Path last = from.get(from.size() - 1);
            if (Files.isRegularFile(last) && readsAsNothing(last) && looksLikeRequirements(last)) {
                return new Split(from.subList(0, from.size() - 1), List.of(last.toString()));
            }
        }
        return new Split(from, overlay);
    }

    /**
     * Paths to import and the overlay.
     *
     * @param from the files and folders to import
     * @param overlay the overlay file, or empty
     */
    record Split(List<Path> from, List<String> overlay) {

        /** The input that names the run in messages and locates its configuration file: the overlay, else the first import. */
        String first() {
            return overlay.isEmpty() ? from.get(0).toString() : overlay.get(0);
        }
    }

    /**
     * The split of a command's {@code --from} paths and positional files; a usage error ({@code missing}, after
     * "Missing required parameter: ") when there is neither.
     */
    static Split required(CommandSpec spec, @Nullable List<Path> from, List<String> positional, String missing) {
        Split split = split(from == null ? List.of() : from, positional);
        if (split.from().isEmpty() && split.overlay().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: " + missing);
        }
        return split;
    }

    /** Whether the file is a YAML mapping with at least one section of the requirements as a key. */
    static boolean looksLikeRequirements(Path file) {
        try {
            if (Files.size(file) > 4L * 1024 * 1024) {
                return false;
            }
            Object doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
            if (!(doc instanceof Map<?, ?> map)) {
                return false;
            }
            Set<String> sections = Arrays.stream(Requirements.class.getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            return map.keySet().stream().anyMatch(k -> k instanceof String key && sections.contains(key));
        } catch (IOException | RuntimeException e) {
            return false; // not YAML, or unreadable: the import names the problem
        }
    }

    private static boolean readsAsNothing(Path file) {
        try {
            return Importers.standard().detectAll(List.of(file)).isEmpty();
        } catch (RuntimeException e) {
            return false; // unreadable: the import names the problem
        }
    }
}
