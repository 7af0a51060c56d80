package io.archadvisor.rules;

import io.archadvisor.catalog.CatalogReader;
import io.archadvisor.catalog.ListCatalog;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.pack.RuleLoadingException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The technology catalog embedded in {@code archadvisor-rules}
 * ({@code io/archadvisor/rules/catalog/technologies.yaml}). It is registered as a {@link TechnologyCatalog} service, so
 * {@code Advisor.builder().build()} and {@code Catalogs.builtIn()} use it whenever this jar is on the class path.
 */
public final class EmbeddedCatalog implements TechnologyCatalog {

    /** The classpath resource the catalog is read from. */
    public static final String RESOURCE = "io/archadvisor/rules/catalog/technologies.yaml";

    /** The name the catalog goes by in messages. */
    static final String NAME = "technologies.yaml";

    private static final class Holder {
        static final ListCatalog CATALOG = load();
    }

    /** The embedded catalog; the file is read once per class loader, on first use. */
    public EmbeddedCatalog() {}

    private static ListCatalog load() {
        URL url = EmbeddedCatalog.class.getResource("/" + RESOURCE);
        if (url == null) {
            throw new RuleLoadingException(
                    "The technology catalog " + RESOURCE + " is missing from"
                            + " archadvisor-rules; the jar is damaged.",
                    null);
        }
        // the snapshot made when the jar was built holds the same entries, read in a fraction of the time; it is used
        // only while it matches the YAML beside it
        byte[] yaml;
        try (java.io.InputStream in = url.openStream()) {
            yaml = in.readAllBytes();
        } catch (java.io.IOException e) {
            return CatalogReader.read(NAME, url); // reports the unreadable file
        }
        ListCatalog snapshot =
                CatalogSnapshot.read(EmbeddedCatalog.class.getResource("/" + CatalogSnapshot.RESOURCE), yaml);
        return snapshot != null ? snapshot : CatalogReader.read(NAME, new String(yaml, StandardCharsets.UTF_8));
    }

    @Override
    public String name() {
        return "archadvisor-embedded";
    }

    @Override
    public List<TechnologyEntry> entries() {
        return Holder.CATALOG.entries();
    }

    /** An index lookup in the loaded catalog, not an index rebuilt for every call. */
    @Override
    public java.util.Optional<TechnologyEntry> find(String nameOrAlias) {
        return Holder.CATALOG.find(nameOrAlias);
    }

    @Override
    public String toString() {
        return "embedded " + Holder.CATALOG;
    }
}
