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
        for (TechnologyCatalog layer : layers) {
            for (TechnologyEntry e : layer.entries()) {
                boolean hidden = out.stream().anyMatch(upper -> Catalogs.clash(upper, e) != null);
                if (!hidden) {
                    out.add(e);
                }
            }
        }
        out.sort(Comparator.comparing(TechnologyEntry::name));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "catalog " + name();
    }
}
