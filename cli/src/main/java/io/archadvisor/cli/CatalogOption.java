package io.archadvisor.cli;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import java.nio.file.Files;
import java.nio.file.Path;

/** What {@code --catalog} (or the configuration's {@code catalog}) names: a catalog file, or the update's cache. */
final class CatalogOption {

    private CatalogOption() {}

    /**
     * The catalog a run uses: a catalog YAML file layered over the built-in catalog, or, for a folder that
     * {@code catalog update} wrote, the built-in catalog with the release lines and advisories cached there (read
     * offline).
     *
     * @throws CliException when the path is neither, naming the option
     */
    static TechnologyCatalog load(Path path, String option) {
        if (Files.isDirectory(path)) {
            try {
                return Catalogs.cached(path);
            } catch (InvalidValueException e) {
                throw new CliException(option + " " + path + ": the folder holds no catalog data; name the folder"
                        + " that `archadvisor catalog update --cache-dir` wrote, or run the update first");
            }
        }
        if (!Files.isRegularFile(path)) {
            throw new CliException(option + " " + path + ": no such file or folder; give a catalog YAML file, or the"
                    + " folder `archadvisor catalog update` writes");
        }
        if (!Files.isReadable(path)) {
            throw new CliException(option + " " + path + ": cannot be read; check its permissions");
        }
        return Catalogs.overlay(Catalogs.fromYaml(path), Catalogs.builtIn());
    }
}
