package io.archadvisor.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/** Builds catalogs: from YAML, layered over each other, empty, or the built-in ones on the classpath. */
public final class Catalogs {

    private Catalogs() {}

    /** A catalog without entries. */
    public static TechnologyCatalog empty() {
        return new ListCatalog("empty", List.of());
    }

    /** A catalog of these entries. */
    public static TechnologyCatalog of(String name, List<TechnologyEntry> entries) {
        return new ListCatalog(name, entries);
    }

    /**
     * Reads a catalog file.
     *
     * @throws CatalogException listing every problem with its file:line:column
     */
    public static TechnologyCatalog fromYaml(Path file) {
        return CatalogReader.read(file);
    }

    /**
     * Reads a catalog from YAML text; {@code name} is what errors call it.
     *
     * @throws CatalogException listing every problem with its line:column
     */
    public static TechnologyCatalog fromYaml(String name, String yaml) {
        return CatalogReader.read(name, yaml);
    }

    /**
     * Layers catalogs, highest priority first: an entry of an earlier catalog replaces every entry of a later one that
     * goes by its name or one of its aliases. {@code overlay(user, builtIn())} overrides the built-in entries the
     * user's file names and keeps the rest.
     */
    public static TechnologyCatalog overlay(TechnologyCatalog first, TechnologyCatalog... rest) {
        List<TechnologyCatalog> layers = new ArrayList<>();
        layers.add(java.util.Objects.requireNonNull(first, "first"));
        for (TechnologyCatalog c : rest) {
            layers.add(java.util.Objects.requireNonNull(c, "catalog"));
        }
        return layers.size() == 1 ? first : new CompositeCatalog(layers);
    }

    /**
     * The built-in catalog brought up to date from its sources (endoflife.date and OSV over HTTPS, cached in the
     * user's cache directory); what cannot be fetched falls back to the cache, else to the built-in snapshot, and
     * {@link LiveCatalog#notices()} says so. {@code Catalogs.live(LiveCatalog.Options.defaults())} is what
     * {@code archadvisor catalog update} runs.
     */
    public static LiveCatalog live(LiveCatalog.Options options) {
        return LiveCatalog.update(builtIn(), options);
    }

    /**
     * The built-in catalog with what {@code archadvisor catalog update} left in {@code cacheDir}, read without
     * touching the network ({@link LiveCatalog#cached}).
     *
     * @throws io.archadvisor.base.InvalidValueException when the folder holds no catalog data
     */
    public static LiveCatalog cached(Path cacheDir) {
        return LiveCatalog.cached(builtIn(), cacheDir);
    }

    /** {@code base} brought up to date from its sources, as {@link #live(LiveCatalog.Options)} does. */
    public static LiveCatalog live(TechnologyCatalog base, LiveCatalog.Options options) {
        return LiveCatalog.update(base, options);
    }

    /** The catalogs registered as {@link TechnologyCatalog} services on archadvisor's class path, layered by name. */
    public static TechnologyCatalog builtIn() {
        return builtIn(Catalogs.class.getClassLoader());
    }

    /**
     * The catalogs registered as {@link TechnologyCatalog} services visible to {@code loader}, layered in order of
     * their names; {@link #empty()} when there are none (for example without {@code archadvisor-rules}).
     */
    public static TechnologyCatalog builtIn(ClassLoader loader) {
        List<TechnologyCatalog> found = new ArrayList<>();
        ServiceLoader.load(TechnologyCatalog.class, loader).forEach(found::add);
        if (found.isEmpty()) {
            return empty();
        }
        found.sort(Comparator.comparing(TechnologyCatalog::name));
        return found.size() == 1 ? found.get(0) : new CompositeCatalog(found);
    }

    /** Why two entries cannot live in one catalog layer, or {@code null} when they can. */
    static @Nullable String clash(TechnologyEntry a, TechnologyEntry b) {
        List<String> namesA = names(a);
        for (String n : names(b)) {
            if (namesA.contains(n)) {
                return "`" + a.name() + "` and `" + b.name() + "` both go by `" + n + "`";
            }
        }
        return null;
    }

    /**
     * The entries seen so far by their normalized names and aliases, so that a layer's clashes are found per name
     * rather than by comparing every pair of entries.
     */
    static final class NameIndex {
        private final java.util.Map<String, List<Integer>> byName = new java.util.HashMap<>();

        /** Records that the entry at {@code position} goes by its names. */
        void add(TechnologyEntry e, int position) {
            for (String n : names(e)) {
                List<Integer> at = byName.computeIfAbsent(n, k -> new ArrayList<>());
                if (at.isEmpty() || at.get(at.size() - 1) != position) {
                    at.add(position);
                }
            }
        }

        /**
         * The positions, in ascending order, of the recorded entries that share a name with {@code e}: exactly those
         * for which {@link #clash} is not {@code null}.
         */
        int[] sharing(TechnologyEntry e) {
            java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
            for (String n : names(e)) {
                List<Integer> at = byName.get(n);
                if (at != null) {
                    out.addAll(at);
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * The first pair {@code (i, j)}, {@code i < j}, in the order of two nested loops, of entries that {@link #clash}, as
     * their clash, or {@code null} when no two entries of {@code entries} share a name.
     */
    static @Nullable String firstClash(List<TechnologyEntry> entries) {
        java.util.Map<String, java.util.TreeSet<Integer>> byName = new java.util.HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String n : names(entries.get(i))) {
                byName.computeIfAbsent(n, k -> new java.util.TreeSet<>()).add(i);
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            int first = Integer.MAX_VALUE;
            for (String n : names(entries.get(i))) {
                java.util.TreeSet<Integer> at = byName.get(n);
                Integer j = at == null ? null : at.higher(i);
                if (j != null && j < first) {
                    first = j;
                }
            }
            if (first != Integer.MAX_VALUE) {
                return clash(entries.get(i), entries.get(first));
            }
        }
        return null;
    }

    static List<String> names(TechnologyEntry e) {
        List<String> out = new ArrayList<>();
        out.add(TechnologyEntry.normalize(e.name()));
        out.add(TechnologyEntry.normalize(e.displayName()));
        for (String a : e.aliases()) {
            out.add(TechnologyEntry.normalize(a));
        }
        return out;
    }
}
