package io.archadvisor.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A source of technology facts: release lines and their support dates, deprecations, advisories and compatibility.
 * The rules read a catalog through the session facts the engine inserts; the default is the catalog embedded in
 * {@code archadvisor-rules}, found as a service of this type, and {@link Catalogs#overlay} layers a user's file or a
 * live source over it. Implementations must be immutable and thread-safe.
 *
 * <pre>{@code
 * TechnologyCatalog ours = Catalogs.fromYaml(Path.of("catalog.yaml"));
 * Advisor advisor = Advisor.builder().catalog(Catalogs.overlay(ours, Catalogs.builtIn())).build();
 * }</pre>
 */
public interface TechnologyCatalog {

    /** How long a verification stays fresh: an entry verified more than this many days before the advice is stale. */
    int MAX_VERIFICATION_AGE_DAYS = 180;

    /** A name for messages, such as the file it was read from. */
    String name();

    /** Every entry, sorted by name; an entry of an upper layer hides the lower entry of the same name. */
    List<TechnologyEntry> entries();

    /**
     * The entry that goes by this name or alias, or whose package identifiers match it written as a container image
     * ({@code bitnami/postgresql:15.4.0}), a package coordinate ({@code org.apache.logging.log4j:log4j-core}) or a
     * purl ({@code pkg:npm/express@4.17.1}). The catalogs of this library keep an index and look names up in it; this
     * default builds the index for every call, so an implementation that is asked often should keep one too.
     */
    default Optional<TechnologyEntry> find(String nameOrAlias) {
        return new CatalogIndex(entries()).find(nameOrAlias);
    }

    /**
     * What the catalog says about {@code version} of {@code technology} on {@code at}; without a version, the one the
     * name carries (an image tag, a purl's version) is reviewed.
     */
    default TechnologyReview review(String technology, @Nullable String version, LocalDate at) {
        return TechnologyReview.of(technology, find(technology).orElse(null), version, at);
    }
}
