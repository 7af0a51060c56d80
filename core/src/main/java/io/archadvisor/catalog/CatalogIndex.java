package io.archadvisor.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Entries by every key they are found by (names, aliases, package identifiers), so a lookup is a few hash probes
 * whatever the size of the catalog. The first entry (in name order) to claim a key keeps it.
 */
final class CatalogIndex {

    private final Map<String, TechnologyEntry> byKey = new HashMap<>();

    CatalogIndex(List<TechnologyEntry> entries) {
        for (TechnologyEntry e : entries) {
            for (String key : e.keys()) {
                byKey.putIfAbsent(key, e);
            }
        }
    }

    /** The entry a technology written this way resolves to: its most specific key that any entry claims. */
    Optional<TechnologyEntry> find(@Nullable String written) {
        if (written == null) {
            return Optional.empty();
        }
        for (String key : TechnologyReference.of(written).keys()) {
            TechnologyEntry e = byKey.get(key);
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
