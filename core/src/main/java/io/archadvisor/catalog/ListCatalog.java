package io.archadvisor.catalog;

import io.archadvisor.base.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** An immutable catalog over a list of entries, such as one read from a YAML file. */
public final class ListCatalog implements TechnologyCatalog {

    private final String name;
    private final List<TechnologyEntry> entries;
    private final CatalogIndex index;

    /**
     * A catalog of these entries.
     *
     * @throws IllegalArgumentException when two entries share a name or an alias
     */
    public ListCatalog(String name, List<TechnologyEntry> entries) {
        this.name = Objects.requireNonNull(name, "name");
        List<TechnologyEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(TechnologyEntry::name));
        String clash = Catalogs.firstClash(sorted);
        if (clash != null) {
            throw new InvalidValueException("Catalog " + name + ": " + clash);
        }
        this.entries = List.copyOf(sorted);
        this.index = new CatalogIndex(this.entries);
    }

    @Override
    public java.util.Optional<TechnologyEntry> find(String nameOrAlias) {
        return index.find(nameOrAlias);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<TechnologyEntry> entries() {
        return entries;
    }

    @Override
    public String toString() {
        return "catalog " + name + " (" + entries.size() + " technologies)";
    }
}
