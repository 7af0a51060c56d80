package io.archadvisor.facts;

import io.archadvisor.catalog.TechnologyReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's catalog entries indexed by every key they are found by (names, aliases, container images, package
 * coordinates, purls), so that rules look a technology up instead of joining it with every entry:
 * {@code $c : CatalogEntryFact() from $catalog.lookup($t.name)}. One per session, next to the
 * {@link CatalogEntryFact}s it indexes (the very same objects, so provenance names the entry matched).
 */
public final class CatalogFacts {

    private final Map<String, CatalogEntryFact> byKey = new HashMap<>();

    /** Indexes the facts; the first (in entry name order) to claim a key keeps it. */
    public CatalogFacts(List<CatalogEntryFact> facts) {
        for (CatalogEntryFact f : facts) {
            for (String key : f.entry().keys()) {
                byKey.putIfAbsent(key, f);
            }
        }
    }

    /**
     * The entry a technology written this way resolves to (its most specific key that an entry claims), as a list of
     * none or one, for {@code from}.
     */
    public List<CatalogEntryFact> lookup(String written) {
        if (written == null) {
            return List.of();
        }
        for (String key : TechnologyReference.of(written).keys()) {
            CatalogEntryFact f = byKey.get(key);
            if (f != null) {
                return List.of(f);
            }
        }
        return List.of();
    }

    @Override
    public String toString() {
        return "catalog index (" + byKey.size() + " keys)";
    }
}
