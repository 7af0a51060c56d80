package io.archadvisor.imports;

import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import java.util.Objects;

/**
 * What importers read with: the technology catalog whose names and aliases images and engines are mapped to, and the
 * limits.
 *
 * @param catalog the catalog; {@link Catalogs#builtIn()} by default
 * @param limits the limits
 */
public record ImportSettings(TechnologyCatalog catalog, ImportLimits limits) {

    /** Validates the settings. */
    public ImportSettings {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(limits, "limits");
    }

    /** The built-in catalog and the default limits. */
    public static ImportSettings defaults() {
        return new ImportSettings(Catalogs.builtIn(), ImportLimits.DEFAULTS);
    }

    /** The technology's catalog name, such as {@code postgresql} for {@code postgres}; the name itself when unknown. */
    public String canonical(String technology) {
        return catalog.find(technology).map(e -> e.name()).orElse(technology);
    }
}
