package io.archadvisor.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

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

    @Override
    public List<TechnologyEntry> entries() {
        List<TechnologyEntry> out = new ArrayList<>();
        java.util.Set<String> upperNames = new java.util.HashSet<>();
        for (TechnologyCatalog layer : layers) {
            List<String> layerNames = new ArrayList<>();
            for (TechnologyEntry e : layer.entries()) {
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
