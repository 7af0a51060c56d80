package io.archadvisor.catalog;

import io.archadvisor.base.EnumNames;
import io.archadvisor.base.Location;
import io.archadvisor.base.Problem;
import io.archadvisor.yaml.ReadLimits;
import io.archadvisor.yaml.YamlDocuments;
import io.archadvisor.yaml.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a technology catalog from YAML with the library's one strict YAML reader (the limits of {@link #LIMITS}, a
 * repeated key is an error, one document per file). Strict: an unknown field, a missing required field, a wrong type, a bad
 * date, URL or version, dates out of order, a duplicate name or cycle, or two entries claiming the same alias give a
 * {@link CatalogException} listing every problem with its file:line:column.
 *
 * <pre>{@code
 * technologies:
 *   - name: postgresql
 *     displayName: PostgreSQL
 *     category: database
 *     docs: https://www.postgresql.org/docs/current/
 *     aliases: [postgres, pg]
 *     verifiedOn: 2026-08-22
 *     source: https://endoflife.date/postgresql
 *     releases:
 *       - cycle: "18"
 *         releaseDate: 2025-09-25
 *         endOfLife: 2030-11-14
 *         latest: "18.1"
 * }</pre>
 */
public final class CatalogReader {

    /**
     * The reading limits of a catalog file: 64 MiB, depth 20, 50 aliases, 5 million values, strings of 100,000
     * characters — room for a generated catalog with every advisory of its sources.
     */
    public static final ReadLimits LIMITS = new ReadLimits(64L * 1024 * 1024, 20, 50, 5_000_000, 100_000, 0, 0);

    // compiled once: a catalog file checks thousands of values against them
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.@+_-]*");
    private static final Pattern PACKAGE_URL = Pattern.compile("pkg:[a-z][a-z0-9.+-]*/\\S+");
    private static final Pattern HTTP_URL = Pattern.compile("https?://\\S+");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    private CatalogReader(String source) {
        this.source = source;
    }

    /** Reads a catalog file; throws {@link CatalogException} when it is missing, unreadable or malformed. */
    public static ListCatalog read(Path file) {
        try {
            return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    /** Reads a catalog from a URL, such as a classpath resource; {@code name} is what errors call it. */
    public static ListCatalog read(String name, URL url) {
        try (InputStream in = url.openStream()) {
            return read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unreadable(name + " (" + url + ")", e);
        }
    }

    private static CatalogException unreadable(String source, IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "does not exist" : "cannot be read (" + e + ")";
        CatalogException failure = new CatalogException(
                source, List.of(new Problem("", source, null, why + "; check the path and that the file is readable")));
        failure.initCause(e);
        return failure;
    }

    /** Reads a catalog from YAML text; {@code name} is what errors call it, such as the file name. */
    public static ListCatalog read(String name, String yaml) {
        CatalogReader r = new CatalogReader(name);
        YamlNode root = r.parse(yaml);
        List<TechnologyEntry> entries = root == null ? List.of() : r.document(root);
        if (!r.problems.isEmpty()) {
            throw new CatalogException(name, r.problems);
        }
        return new ListCatalog(name, entries);
    }

    // ------------------------------------------------------------------ the located tree

    private @Nullable YamlNode parse(String yaml) {
        YamlNode root = YamlDocuments.readOne(
                        yaml,
                        source,
                        LIMITS,
                        "a technology catalog",
                        "CatalogReader.LIMITS",
                        ps -> new CatalogException(source, ps))
                .orElse(null);
        if (root == null) {
            problems.add(new Problem(
                    "technologies",
                    null,
                    new Location(source, 1, 0),
                    "is missing: the catalog file is empty; it must be a map with a `technologies` list"));
        }
        return root;
    }

    // ------------------------------------------------------------------ binding and validation

    private List<TechnologyEntry> document(YamlNode root) {
        YamlNode.Mapping map = map("(document)", root);
        if (map == null) {
            return List.of();
        }
        only(map, "", Set.of("technologies"));
        YamlNode.Sequence list = list("technologies", require(map, "", "technologies"));
        if (list == null) {
            return List.of();
        }
        List<TechnologyEntry> entries = new ArrayList<>();
        List<Location> where = new ArrayList<>();
        Catalogs.NameIndex names = new Catalogs.NameIndex();
        for (int i = 0; i < list.items().size(); i++) {
            TechnologyEntry e = entry("technologies[" + i + "]", list.items().get(i));
            if (e != null) {
                // only the earlier entries sharing a name can clash: found by name, not by comparing every pair
                for (int j : names.sharing(e)) {
                    String clash = Catalogs.clash(entries.get(j), e);
                    if (clash != null) {
                        problems.add(new Problem(
                                "technologies[" + i + "]",
                                e.name(),
                                list.items().get(i).location(),
                                "clashes with the entry at " + where.get(j) + ": " + clash
                                        + "; every name and alias must belong to one entry"));
                    }
                }
                names.add(e, entries.size());
                entries.add(e);
                where.add(list.items().get(i).location());
            }
        }
        return entries;
    }

    private static final Set<String> ENTRY_FIELDS = Set.of(
            "name",
            "displayName",
            "category",
            "docs",
            "aliases",
            "verifiedOn",
            "source",
            "policy",
            "unversioned",
            "releases",
            "deprecations",
            "advisories",
            "notes",
            "identifiers");

    private @Nullable TechnologyEntry entry(String path, YamlNode node) {
        YamlNode.Mapping m = map(path, node);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        only(m, path, ENTRY_FIELDS);
        String name = text(m, path, "name", true);
        if (name != null && !NAME.matcher(name).matches()) {
            problems.add(new Problem(
                    path + ".name",
                    name,
                    at(m, "name"),
                    "must be lower case letters, digits and . @ + _ - (such as `spring-boot`)"));
        }
        String displayName = text(m, path, "displayName", true);
        Category category = enumValue(m, path, "category", Category.class);
        String docs = url(m, path, "docs", true);
        List<String> aliases = strings(m, path, "aliases");
        List<String> identifiers = strings(m, path, "identifiers");
        for (int i = 0; i < identifiers.size(); i++) {
            String id = identifiers.get(i);
            if (!PACKAGE_URL.matcher(id).matches() || id.contains("@")) {
                problems.add(new Problem(
                        path + ".identifiers[" + i + "]",
                        id,
                        at(m, "identifiers"),
                        "must be a package URL without version, such as pkg:maven/org.apache.logging.log4j/log4j-core"
                                + " or pkg:docker/bitnami/postgresql"));
            }
        }
        LocalDate verifiedOn = date(m, path, "verifiedOn", true);
        String src = url(m, path, "source", true);
        String policy = url(m, path, "policy", false);
        String unversioned = text(m, path, "unversioned", false);
        text(m, path, "notes", false);
        List<ReleaseLine> releases = items(m, path, "releases", this::release);
        List<String> seen = new ArrayList<>();
        YamlNode.Sequence rl =
                (m.entry("releases") != null) && m.entry("releases").value() instanceof YamlNode.Sequence l ? l : null;
        for (int i = 0; i < releases.size(); i++) {
            String c = releases.get(i).cycle().toString();
            if (seen.contains(c)) {
                problems.add(new Problem(
                        path + ".releases",
                        c,
                        rl == null ? m.location() : rl.location(),
                        "lists the cycle " + c + " twice; keep one"));
            }
            seen.add(c);
        }
        if (unversioned != null && !releases.isEmpty()) {
            problems.add(new Problem(
                    path + ".unversioned",
                    unversioned,
                    at(m, "unversioned"),
                    "must not be given together with `releases`; a technology either has release lines or none"));
        }
        List<Deprecation> deprecations = items(m, path, "deprecations", this::deprecation);
        List<Advisory> advisories = items(m, path, "advisories", this::advisory);
        if (problems.size() > before
                || name == null
                || displayName == null
                || category == null
                || docs == null
                || verifiedOn == null
                || src == null) {
            return null;
        }
        return new TechnologyEntry(
                name,
                displayName,
                category,
                docs,
                aliases,
                verifiedOn,
                src,
                policy,
                unversioned,
                releases,
                deprecations,
                advisories,
                identifiers);
    }

    private static final Set<String> RELEASE_FIELDS = Set.of(
            "cycle",
            "releaseDate",
            "lts",
            "endOfActiveSupport",
            "endOfLife",
            "endOfExtendedSupport",
            "latest",
            "latestReleaseDate",
            "releaseNotes",
            "requires",
            "source");

    private @Nullable ReleaseLine release(String path, YamlNode node) {
        YamlNode.Mapping m = map(path, node);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        only(m, path, RELEASE_FIELDS);
        Version cycle = version(m, path, "cycle", true);
        LocalDate releaseDate = date(m, path, "releaseDate", false);
        Milestone lts = milestone(m, path, "lts");
        Milestone eoas = milestone(m, path, "endOfActiveSupport");
        Milestone eol = milestone(m, path, "endOfLife");
        Milestone eoes = milestone(m, path, "endOfExtendedSupport");
        Version latest = version(m, path, "latest", false);
        LocalDate latestDate = date(m, path, "latestReleaseDate", false);
        String notes = url(m, path, "releaseNotes", false);
        List<Compatibility> requires = items(m, path, "requires", this::compatibility);
        String src = url(m, path, "source", false);
        if (cycle != null && latest != null && !latest.isIn(cycle)) {
            problems.add(new Problem(
                    path + ".latest", latest.toString(), at(m, "latest"), "must be a release of the cycle " + cycle));
        }
        order(m, path, "releaseDate", releaseDate, "lts", lts);
        order(m, path, "releaseDate", releaseDate, "endOfActiveSupport", eoas);
        order(m, path, "releaseDate", releaseDate, "endOfLife", eol);
        order(m, path, "endOfActiveSupport", eoas == null ? null : eoas.date(), "endOfLife", eol);
        order(m, path, "endOfLife", eol == null ? null : eol.date(), "endOfExtendedSupport", eoes);
        order(
                m,
                path,
                "releaseDate",
                releaseDate,
                "latestReleaseDate",
                latestDate == null ? null : Milestone.on(latestDate));
        if (problems.size() > before || cycle == null) {
            return null;
        }
        return new ReleaseLine(cycle, releaseDate, lts, eoas, eol, eoes, latest, latestDate, notes, requires, src);
    }

    private @Nullable Compatibility compatibility(String path, YamlNode node) {
        YamlNode.Mapping m = map(path, node);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        only(m, path, Set.of("technology", "min", "max", "source"));
        String technology = text(m, path, "technology", true);
        Version min = version(m, path, "min", false);
        Version max = version(m, path, "max", false);
        String src = url(m, path, "source", false);
        if (min == null && max == null && problems.size() == before) {
            problems.add(new Problem(path, null, m.location(), "needs `min`, `max` or both"));
        }
        if (min != null && max != null && max.upperBound().compareNumerically(min) <= 0) {
            problems.add(new Problem(path + ".max", max.toString(), at(m, "max"), "must be ≥ min (" + min + ")"));
        }
        return problems.size() > before || technology == null ? null : new Compatibility(technology, min, max, src);
    }

    private @Nullable Deprecation deprecation(String path, YamlNode node) {
        YamlNode.Mapping m = map(path, node);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        only(m, path, Set.of("feature", "replacement", "since", "removedIn", "affected", "guide", "source"));
        String feature = text(m, path, "feature", true);
        String replacement = text(m, path, "replacement", true);
        String since = text(m, path, "since", false);
        Version removedIn = version(m, path, "removedIn", false);
        List<VersionRange> affected = ranges(m, path);
        String guide = url(m, path, "guide", false);
        String src = url(m, path, "source", true);
        return problems.size() > before || feature == null || replacement == null || src == null
                ? null
                : new Deprecation(feature, replacement, since, removedIn, affected, guide, src);
    }

    private @Nullable Advisory advisory(String path, YamlNode node) {
        YamlNode.Mapping m = map(path, node);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        only(m, path, Set.of("id", "aliases", "severity", "summary", "published", "affected", "source"));
        String id = text(m, path, "id", true);
        List<String> aliases = strings(m, path, "aliases");
        AdvisorySeverity severity = enumValue(m, path, "severity", AdvisorySeverity.class);
        String summary = text(m, path, "summary", true);
        LocalDate published = date(m, path, "published", false);
        List<VersionRange> affected = ranges(m, path);
        String src = url(m, path, "source", true);
        return problems.size() > before || id == null || severity == null || summary == null || src == null
                ? null
                : new Advisory(id, severity, summary, affected, src, aliases, published);
    }

    private List<VersionRange> ranges(YamlNode.Mapping m, String path) {
        require(m, path, "affected");
        List<VersionRange> ranges = items(m, path, "affected", (p, n) -> {
            YamlNode.Mapping r = map(p, n);
            if (r == null) {
                return null;
            }
            int before = problems.size();
            only(r, p, Set.of("introduced", "fixed", "lastAffected"));
            Version introduced = version(r, p, "introduced", false);
            Version fixed = version(r, p, "fixed", false);
            Version lastAffected = version(r, p, "lastAffected", false);
            if (problems.size() > before) {
                return null;
            }
            if (fixed != null && lastAffected != null) {
                problems.add(new Problem(
                        p + ".lastAffected",
                        lastAffected.toString(),
                        at(r, "lastAffected"),
                        "must not be given together with `fixed`; a range ends at its fix or at its last affected"
                                + " version"));
                return null;
            }
            if (introduced == null && fixed == null && lastAffected == null) {
                problems.add(new Problem(p, null, r.location(), "needs `introduced`, `fixed` or both"));
                return null;
            }
            if (introduced != null && lastAffected != null && lastAffected.isBefore(introduced)) {
                problems.add(new Problem(
                        p + ".lastAffected",
                        lastAffected.toString(),
                        at(r, "lastAffected"),
                        "must not come before introduced (" + introduced + ")"));
                return null;
            }
            if (lastAffected != null) {
                return new VersionRange(introduced, null, lastAffected);
            }
            if (introduced != null && fixed != null && !introduced.isBefore(fixed)) {
                problems.add(new Problem(
                        p + ".fixed",
                        fixed.toString(),
                        at(r, "fixed"),
                        "must come after introduced (" + introduced + ")"));
                return null;
            }
            return new VersionRange(introduced, fixed);
        });
        if ((m.entry("affected") != null)
                && m.entry("affected").value() instanceof YamlNode.Sequence l
                && l.items().isEmpty()) {
            problems.add(new Problem(path + ".affected", null, at(m, "affected"), "must list at least one range"));
        }
        return ranges;
    }

    // ------------------------------------------------------------------ field helpers

    private void only(YamlNode.Mapping m, String path, Set<String> allowed) {
        for (YamlNode.Entry f : m.entries()) {
            if (!allowed.contains(f.key())) {
                problems.add(new Problem(
                        join(path, f.key()),
                        null,
                        f.keyLocation(),
                        "is not a catalog field here; allowed: "
                                + allowed.stream().sorted().toList()));
            }
        }
    }

    private @Nullable YamlNode require(YamlNode.Mapping m, String path, String key) {
        YamlNode.Entry f = m.entry(key);
        if (f == null || (f.value() instanceof YamlNode.Scalar s && s.isNull())) {
            problems.add(new Problem(join(path, key), null, m.location(), "is required"));
            return null;
        }
        return f.value();
    }

    private Location at(YamlNode.Mapping m, String key) {
        YamlNode.Entry f = m.entry(key);
        return f == null ? m.location() : f.value().location();
    }

    private YamlNode.@Nullable Mapping map(String path, @Nullable YamlNode n) {
        if (n == null) {
            return null;
        }
        if (n instanceof YamlNode.Mapping m) {
            return m;
        }
        problems.add(new Problem(path, describe(n), n.location(), "must be a map of fields"));
        return null;
    }

    private YamlNode.@Nullable Sequence list(String path, @Nullable YamlNode n) {
        if (n == null) {
            return null;
        }
        if (n instanceof YamlNode.Sequence l) {
            return l;
        }
        problems.add(new Problem(path, describe(n), n.location(), "must be a list"));
        return null;
    }

    private <T> List<T> items(YamlNode.Mapping m, String path, String key, BiFunction<String, YamlNode, T> item) {
        YamlNode.Entry f = m.entry(key);
        if (f == null || (f.value() instanceof YamlNode.Scalar s && s.isNull())) {
            return List.of();
        }
        YamlNode.Sequence l = list(join(path, key), f.value());
        if (l == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            T t = item.apply(join(path, key) + "[" + i + "]", l.items().get(i));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private @Nullable String text(YamlNode.Mapping m, String path, String key, boolean required) {
        YamlNode n;
        if (required) {
            n = require(m, path, key);
        } else {
            YamlNode.Entry f = m.entry(key);
            n = f == null ? null : f.value();
        }
        if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) {
            return null;
        }
        if (!(n instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Kind.BOOLEAN) {
            problems.add(new Problem(join(path, key), describe(n), n.location(), "must be text"));
            return null;
        }
        if (s.text().isBlank()) {
            problems.add(new Problem(join(path, key), "", n.location(), "must not be blank"));
            return null;
        }
        return s.text().strip();
    }

    private List<String> strings(YamlNode.Mapping m, String path, String key) {
        return items(m, path, key, (p, n) -> {
            if (n instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                return s.text().strip();
            }
            problems.add(new Problem(p, describe(n), n.location(), "must be a non-blank name"));
            return null;
        });
    }

    private @Nullable String url(YamlNode.Mapping m, String path, String key, boolean required) {
        String t = text(m, path, key, required);
        if (t != null && !HTTP_URL.matcher(t).matches()) {
            problems.add(new Problem(join(path, key), t, at(m, key), "must be an http(s) URL"));
            return null;
        }
        return t;
    }

    private @Nullable LocalDate date(YamlNode.Mapping m, String path, String key, boolean required) {
        String t = text(m, path, key, required);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(join(path, key), t, at(m, key), "must be a date written YYYY-MM-DD"));
            return null;
        }
    }

    private @Nullable Milestone milestone(YamlNode.Mapping m, String path, String key) {
        YamlNode.Entry f = m.entry(key);
        if (f == null || !(f.value() instanceof YamlNode.Scalar s) || s.isNull()) {
            if (f != null && !(f.value() instanceof YamlNode.Scalar)) {
                problems.add(new Problem(
                        join(path, key),
                        describe(f.value()),
                        f.value().location(),
                        "must be a date (YYYY-MM-DD), true or false"));
            }
            return null;
        }
        if (s.kind() == YamlNode.Kind.BOOLEAN && s.bool()) {
            return Milestone.reachedUndated();
        }
        if (s.kind() == YamlNode.Kind.BOOLEAN) {
            return Milestone.notScheduled();
        }
        String t = s.text().strip();
        try {
            if (MONTH.matcher(t).matches()) {
                return Milestone.inMonth(java.time.YearMonth.parse(t));
            }
            return Milestone.on(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(
                    join(path, key),
                    s.text(),
                    s.location(),
                    "must be a date (YYYY-MM-DD), a month when" + " the source gives no day (YYYY-MM), true or false"));
            return null;
        }
    }

    private @Nullable Version version(YamlNode.Mapping m, String path, String key, boolean required) {
        String t = text(m, path, key, required);
        if (t == null) {
            return null;
        }
        return Version.tryParse(t).orElseGet(() -> {
            problems.add(new Problem(
                    join(path, key),
                    t,
                    at(m, key),
                    "must be a version such as 17, 3.2, 2.7.18 or" + " 5.0.0-beta.3 (quote it in YAML: \"3.10\")"));
            return null;
        });
    }

    private <E extends Enum<E>> @Nullable E enumValue(YamlNode.Mapping m, String path, String key, Class<E> type) {
        String t = text(m, path, key, true);
        if (t == null) {
            return null;
        }
        String constant = t.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return e;
            }
        }
        problems.add(new Problem(join(path, key), t, at(m, key), "must be one of " + EnumNames.kebabs(type)));
        return null;
    }

    private void order(
            YamlNode.Mapping m,
            String path,
            String earlierKey,
            @Nullable LocalDate earlier,
            String laterKey,
            @Nullable Milestone later) {
        if (earlier != null
                && later != null
                && later.date() != null
                && later.date().isBefore(earlier)) {
            problems.add(new Problem(
                    join(path, laterKey),
                    later.date().toString(),
                    at(m, laterKey),
                    "must be on or after " + earlierKey + " (" + earlier + ")"));
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String describe(YamlNode n) {
        if (n instanceof YamlNode.Scalar s) {
            return s.isNull() ? "null" : s.text();
        }
        return n instanceof YamlNode.Sequence ? "a list" : "a map";
    }
}
