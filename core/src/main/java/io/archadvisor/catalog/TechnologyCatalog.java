package io.archadvisor.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /** The entry that goes by this name or alias. */
    default Optional<TechnologyEntry> find(String nameOrAlias) {
        for (TechnologyEntry e : entries()) {
            if (e.knownAs(nameOrAlias)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** What the catalog says about {@code version} of {@code technology} on {@code at}. */
    default TechnologyReview review(String technology, String version, LocalDate at) {
        return TechnologyReview.of(technology, find(technology).orElse(null), version, at);
    }
}
