package io.archadvisor.graph;

import io.archadvisor.catalog.ReleaseLine;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.facts.CatalogEntryFact;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A technology recommended for a role in the design.
 *
 * @param role the role, such as {@code primary-datastore}
 * @param technology the technology, such as {@code PostgreSQL}
 * @param version the recommended version line, or {@code null} until a catalog confirms one
 * @param docsUrl the documentation link, or {@code null}
 * @param rationale why it fits, naming the facts
 */
public record TechnologyChoice(
        String role,
        String technology,
        @Nullable String version,
        @Nullable String docsUrl,
        String rationale) implements Node {

    /** Validates the node. */
    public TechnologyChoice {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(rationale, "rationale");
    }

    @Override
    public String id() {
        return "technology:" + role;
    }

    @Override
    public String summary() {
        return role + ": " + technology + (version == null ? "" : " " + version);
    }

    /**
     * A technology choice whose version line and documentation link come from the catalog: the line the catalog
     * recommends on {@code at} (see {@link TechnologyEntry#recommendedLine}). {@code matches} is what a rule
     * collected with {@code collect(CatalogEntryFact(name == "..."))}: empty when the catalog has no entry, and then
     * the choice has no version and says so.
     *
     * @param role the role, such as {@code datastore-relational}
     * @param name the catalog name, such as {@code postgresql}
     * @param displayName the name to show when the catalog has no entry
     * @param matches the collected catalog facts (0 or 1)
     * @param at the advice date
     * @param rationale why this technology fits, naming the facts
     */
    public static TechnologyChoice choose(
            String role, String name, String displayName, Collection<?> matches, LocalDate at, String rationale) {
        CatalogEntryFact fact = null;
        for (Object o : matches) {
            if (o instanceof CatalogEntryFact f && f.name().equals(name)) {
                fact = f;
            }
        }
        if (fact == null) {
            return new TechnologyChoice(
                    role,
                    displayName,
                    null,
                    null,
                    rationale + ". The technology catalog has no" + " entry for `" + name
                            + "`, so no version is confirmed; add one to the catalog");
        }
        TechnologyEntry e = fact.entry();
        Optional<ReleaseLine> line = e.recommendedLine(at);
        String versionPart;
        if (e.versionless()) {
            versionPart = "no version to pin (" + e.unversioned() + ")";
        } else if (!e.versioned()) {
            versionPart = "the catalog records no release lines, so no version is confirmed";
        } else if (line.isPresent()) {
            versionPart = "release line " + line.get().describe(at, e.verifiedOn());
        } else {
            versionPart = "no supported release line on " + at + " in the catalog";
        }
        return new TechnologyChoice(
                role,
                e.displayName(),
                line.map(l -> l.cycle().toString()).orElse(null),
                e.docs(),
                rationale + ". " + e.displayName() + ": " + versionPart + "; source " + e.source() + " (as of "
                        + e.verifiedOn() + ")");
    }
}
