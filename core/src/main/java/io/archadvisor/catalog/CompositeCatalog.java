package io.archadvisor.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Catalogs layered over each other: an entry of an upper layer replaces every lower entry that goes by its name or by
 * one of its aliases, so a user's file can override one technology and inherit the rest. Layers are read on every
 * call, so a live source in a layer stays live.
 */
final class CompositeCatalog implements TechnologyCatalog {

    private final List<TechnologyCatalog> layers;

    CompositeCatalog(List<TechnologyCatalog> layers) {
        this.layers = List.copyOf(layers);
    }

    @Override
    public String name() {
        return layers.stream().map(TechnologyCatalog::name).collect(Collectors.joining(" over "));
    }

    /** The layers' entry lists a merge was made from, the merged entries and their index. */
    private record Merged(List<List<TechnologyEntry>> sources, List<TechnologyEntry> entries, CatalogIndex index) {}

    private volatile @Nullable Merged merged;

    @Override
    public List<TechnologyEntry> entries() {
        return merged().entries();
    }

    /** An index lookup in the merged entries, made again only when a layer's entries change (a live update). */
    @Override
    public java.util.Optional<TechnologyEntry> find(String nameOrAlias) {
        return merged().index().find(nameOrAlias);
    }

    private Merged merged() {
        List<List<TechnologyEntry>> sources = new ArrayList<>(layers.size());
        for (TechnologyCatalog layer : layers) {
            sources.add(layer.entries());
        }
        Merged m = merged;
        if (m != null && sameLists(m.sources(), sources)) {
            return m;
        }
        List<TechnologyEntry> entries = merge(sources);
        m = new Merged(sources, entries, new CatalogIndex(entries));
        merged = m;
        return m;
    }

    private static boolean sameLists(List<List<TechnologyEntry>> a, List<List<TechnologyEntry>> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<TechnologyEntry> merge(List<List<TechnologyEntry>> sources) {
        List<TechnologyEntry> out = new ArrayList<>();
        java.util.Set<String> upperNames = new java.util.HashSet<>();
        for (List<TechnologyEntry> layer : sources) {
            List<String> layerNames = new ArrayList<>();
            for (TechnologyEntry e : layer) {
                List<String> names = Catalogs.names(e);
                boolean hidden = false;
                for (String n : names) {
                    if (upperNames.contains(n)) {
                        hidden = true;
                        break;
                    }
                }
                if (!hidden) {
                    out.add(e);
                    layerNames.addAll(names);
                }
            }
            upperNames.addAll(layerNames);
        }
        out.sort(Comparator.comparing(TechnologyEntry::name));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "catalog " + name();
    }
}
