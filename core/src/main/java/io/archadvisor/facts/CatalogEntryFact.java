package io.archadvisor.facts;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.catalog.ReleaseLine;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.catalog.TechnologyReview;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One technology catalog entry in the session, for rules to join: {@code CatalogEntryFact(name == "postgresql")} or
 * {@code CatalogEntryFact(knownAs($t.name))}. Its path is {@code catalog.<name>}, so provenance names the entry, its
 * source and the date its data is as of.
 *
 * @param name the entry's canonical name
 * @param entry the entry
 * @param catalog the name of the catalog it came from
 */
public record CatalogEntryFact(String name, TechnologyEntry entry, String catalog) implements ReferenceFact {

    /** Requires the entry, whose name must match. */
    public CatalogEntryFact {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(catalog, "catalog");
        if (!entry.name().equals(name)) {
            throw new InvalidValueException("name `" + name + "` must be the entry's name `" + entry.name() + "`");
        }
    }

    /** The fact for an entry of a catalog. */
    public static CatalogEntryFact of(TechnologyEntry entry, String catalog) {
        return new CatalogEntryFact(entry.name(), entry, catalog);
    }

    @Override
    public String path() {
        return "catalog." + name;
    }

    @Override
    public Object displayValue() {
        return entry.displayName() + " (source " + entry.source() + ", as of " + entry.verifiedOn() + ")";
    }

    /** Whether the entry goes by this name or alias. */
    public boolean knownAs(String nameOrAlias) {
        return entry.knownAs(nameOrAlias);
    }

    /** What the catalog says about {@code version} of this technology on {@code at}. */
    public TechnologyReview review(String version, LocalDate at) {
        return TechnologyReview.of(entry.name(), entry, version, at);
    }

    /**
     * What the catalog says about this technology as the requirements write it on {@code at}: {@code version}, or
     * without one the version the written name carries ({@code bitnami/postgresql:15.4.0},
     * {@code pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1}).
     */
    public TechnologyReview review(String written, String version, LocalDate at) {
        String v = version != null && !version.isBlank()
                ? version
                : written == null
                        ? null
                        : io.archadvisor.catalog.TechnologyReference.of(written).version();
        return TechnologyReview.of(entry.name(), entry, v, at);
    }

    /**
     * What the catalog says about a recommended technology at {@code version} (a release line, or null when the
     * choice has none): checked at the line's latest release when the catalog knows it.
     */
    public TechnologyReview reviewChoice(String version, LocalDate at) {
        if (version != null) {
            Optional<ReleaseLine> line = entry.line(version);
            if (line.isPresent() && line.get().latest() != null) {
                version = line.get().latest().toString();
            }
        }
        return TechnologyReview.of(entry.name(), entry, version, at);
    }
}
