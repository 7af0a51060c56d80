package io.archadvisor.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Builds the embedded technology catalog from vendored source data, deterministically (the same data gives the same
 * bytes). The data directory holds:
 *
 * <ul>
 *   <li>{@code manifest.yaml}: the snapshot (its date and the sources' repositories and commits) and the
 *       technologies, each with its catalog name, category, documentation, aliases, the endoflife.date product its
 *       release lines come from, and the OSV packages ({@code ecosystem} and {@code name}) its advisories come from;
 *   <li>{@code endoflife/<product>.md}: endoflife.date product files, copied unchanged;
 *   <li>{@code osv/<id>.json}: OSV records of the GitHub Advisory Database, trimmed to the fields the catalog uses;
 *   <li>{@code vendor/}: copies of primary vendor advisories cited by hand entries.
 * </ul>
 *
 * <p>Run it with {@code ./mvnw -o -q -pl core compile exec:java -Dexec.skip=false
 * -Dexec.mainClass=io.archadvisor.catalog.CatalogGenerator
 * -Dexec.args="catalog-data rules/src/main/resources/io/archadvisor/rules/catalog/technologies.yaml"} from the repository
 * root; {@code --check} instead of writing fails when the file differs from what the data gives.
 */
public final class CatalogGenerator {

    private CatalogGenerator() {}

    /** {@code <data dir> <catalog file> [--check]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CatalogGenerator <data dir> <catalog file> [--check]");
            System.exit(2);
        }
        String yaml = generate(Path.of(args[0]));
        Path out = Path.of(args[1]);
        if (args.length > 2 && args[2].equals("--check")) {
            String current = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
            if (!current.equals(yaml)) {
                System.err.println(out + " differs from what " + args[0] + " gives; regenerate it");
                System.exit(1);
            }
            return;
        }
        Files.writeString(out, yaml, StandardCharsets.UTF_8);
    }

    /**
     * The catalog YAML the data directory gives.
     *
     * @throws SourceDataException when the manifest or a source file is malformed, a product or record it names is
     *     missing, or two technologies claim the same name or package
     */
    public static String generate(Path dataDir) {
        JsonNode manifest = readYaml(dataDir.resolve("manifest.yaml"));
        JsonNode snapshot = manifest.path("snapshot");
        LocalDate lifecycleDate = LocalDate.parse(required(snapshot, "lifecycleAsOf", "snapshot"));
        LocalDate advisoriesDate = LocalDate.parse(required(snapshot, "advisoriesAsOf", "snapshot"));
        List<String> omitted = new ArrayList<>();
        Map<String, OsvData.OsvRecord> records = readRecords(dataDir.resolve("osv"));
        Set<String> usedRecords = new TreeSet<>();
        Map<String, String> packageOwner = new HashMap<>();
        Map<String, String> keyOwner = new HashMap<>();
        Set<String> minSeverities = new TreeSet<>();
        StringBuilder body = new StringBuilder();
        List<String> advisoryPackages = new ArrayList<>();
        int count = 0;
        for (JsonNode t : manifest.path("technologies")) {
            String name = required(t, "name", "technologies");
            String where = "manifest technology " + name;
            String productId = text(t.get("endoflife"));
            EndOfLifeData.Product product = null;
            if (productId != null) {
                Path file = dataDir.resolve("endoflife").resolve(productId + ".md");
                if (!Files.exists(file)) {
                    throw new SourceDataException(where + ": endoflife/" + productId + ".md is missing");
                }
                product = EndOfLifeData.fromProductFile(productId, read(file));
            }
            String givenName = text(t.get("displayName"));
            String displayName =
                    givenName != null ? givenName : product != null && product.title() != null ? product.title() : name;
            String givenDocs = text(t.get("docs"));
            String docs = givenDocs != null ? givenDocs : product != null ? product.homepage() : null;
            if (docs == null) {
                throw new SourceDataException(where + ": no `docs`, and the product page names no link");
            }
            String source = product != null ? product.page() : required(t, "source", where);
            String givenPolicy = text(t.get("policy"));
            String policy = givenPolicy != null ? givenPolicy : product != null ? product.releasePolicy() : null;
            List<String> aliases = new ArrayList<>(strings(t.get("aliases")));
            List<String> identifiers = new ArrayList<>(strings(t.get("identifiers")));
            if (product != null) {
                for (String i : product.identifiers()) {
                    if (!identifiers.contains(i) && !i.contains("@")) {
                        identifiers.add(i);
                    }
                }
            }
            List<String> packages = new ArrayList<>();
            for (JsonNode p : t.path("osv")) {
                String eco = required(p, "ecosystem", where + " osv");
                if (!OsvData.ECOSYSTEMS.contains(eco)) {
                    throw new SourceDataException(
                            where + ": OSV ecosystem `" + eco + "` is not one of " + OsvData.ECOSYSTEMS);
                }
                String key = OsvData.key(eco, required(p, "name", where + " osv"));
                String owner = packageOwner.putIfAbsent(key, name);
                if (owner != null) {
                    throw new SourceDataException(where + ": the package " + key + " already belongs to " + owner);
                }
                packages.add(key);
                String purl = purl(eco, key.substring(eco.length() + 1));
                if (purl != null && !identifiers.contains(purl)) {
                    identifiers.add(purl);
                }
            }
            if (!packages.isEmpty()) {
                advisoryPackages.add(name + " (" + String.join(", ", packages) + ")");
            }
            // a package identifier names one technology: a later entry that repeats one leaves it to the first
            List<String> keptIds = new ArrayList<>();
            for (String id : identifiers) {
                boolean clash = false;
                for (String k : TechnologyReference.identifierKeys(id)) {
                    String owner = keyOwner.get(k);
                    if (owner != null && !owner.equals(name)) {
                        clash = true;
                    }
                }
                if (clash) {
                    omitted.add(name + " identifier " + id + " (already identifies another technology)");
                    continue;
                }
                for (String k : TechnologyReference.identifierKeys(id)) {
                    keyOwner.put(k, name);
                }
                keptIds.add(id);
            }
            List<ReleaseLine> releases = product == null ? List.of() : EndOfLifeData.releaseLines(product, omitted);
            List<Advisory> advisories = new ArrayList<>();
            for (OsvData.OsvRecord r : records.values()) {
                OsvData.advisory(r, packages).ifPresent(a -> {
                    advisories.add(a);
                    usedRecords.add(r.id());
                    minSeverities.add(a.severity().name());
                });
            }
            advisories.sort(Comparator.comparing((Advisory a) -> a.published() == null ? LocalDate.MIN : a.published())
                    .reversed()
                    .thenComparing(Advisory::id));
            for (JsonNode h : t.path("vendorAdvisories")) {
                advisories.add(VendorAdvisories.advisory(dataDir, h, where));
            }
            List<Deprecation> deprecations = new ArrayList<>();
            for (JsonNode d : t.path("deprecations")) {
                deprecations.add(deprecation(d, where));
            }
            String unversioned = text(t.get("unversioned"));
            writeEntry(
                    body,
                    name,
                    displayName,
                    required(t, "category", where),
                    docs,
                    aliases,
                    keptIds,
                    lifecycleDate,
                    source,
                    policy,
                    unversioned,
                    releases,
                    deprecations,
                    advisories);
            count++;
        }
        Set<String> unused = new TreeSet<>(records.keySet());
        unused.removeAll(usedRecords);
        if (!unused.isEmpty()) {
            throw new SourceDataException("osv/: records no technology's packages match: " + unused
                    + "; add the package to a technology's `osv` list or remove the record");
        }
        StringBuilder out = new StringBuilder();
        header(
                out,
                snapshot,
                lifecycleDate,
                advisoriesDate,
                count,
                records.size(),
                minSeverities,
                advisoryPackages,
                omitted);
        out.append("technologies:\n").append(body);
        return out.toString();
    }

    private static void header(
            StringBuilder out,
            JsonNode snapshot,
            LocalDate lifecycleDate,
            LocalDate advisoriesDate,
            int count,
            int advisories,
            Set<String> severities,
            List<String> packages,
            List<String> omitted) {
        out.append("# GENERATED by io.archadvisor.catalog.CatalogGenerator from catalog-data/ -- do not edit;\n");
        out.append("# change the data and regenerate (see docs/catalog.md). Layer your own file over this one with\n");
        out.append("# Catalogs.overlay(...) instead.\n#\n");
        out.append("# Snapshot: ").append(count).append(" technologies.\n");
        wrapComment(
                out,
                "# ",
                "#   ",
                "Lifecycle (release lines, LTS, support and end-of-life dates, latest"
                        + " versions): endoflife.date product data, repository "
                        + required(snapshot, "lifecycleRepository", "snapshot") + " at commit "
                        + required(snapshot, "lifecycleCommit", "snapshot") + ", as of " + lifecycleDate
                        + " (every entry's `verifiedOn`).");
        wrapComment(
                out,
                "# ",
                "#   ",
                "Advisories: " + advisories + " OSV records of the GitHub Advisory Database ("
                        + required(snapshot, "advisoriesRepository", "snapshot") + "), read " + advisoriesDate
                        + "; severities " + String.join(", ", severities) + " only ("
                        + required(snapshot, "advisoriesScope", "snapshot")
                        + "), for these technologies and packages:");
        for (String p : packages) {
            wrapComment(out, "#     - ", "#       ", p);
        }
        out.append("#   Other advisories, and newer ones, come with `archadvisor catalog update` (Catalogs.live).\n");
        out.append(
                "# A value the sources do not state is left out (unknown); nothing is hand-written without a source.\n");
        if (!omitted.isEmpty()) {
            out.append("# Source values left out because the catalog cannot compare them:\n");
            for (String o : omitted) {
                wrapComment(out, "#   - ", "#     ", o);
            }
        }
    }

    private static void wrapComment(StringBuilder out, String first, String next, String text) {
        String prefix = first;
        String rest = text;
        while (prefix.length() + rest.length() > 118) {
            int cut = rest.lastIndexOf(' ', 118 - prefix.length());
            if (cut <= 0) {
                break;
            }
            out.append(prefix).append(rest, 0, cut).append('\n');
            rest = rest.substring(cut + 1);
            prefix = next;
        }
        out.append(prefix).append(rest).append('\n');
    }

    private static void writeEntry(
            StringBuilder out,
            String name,
            String displayName,
            String category,
            String docs,
            List<String> aliases,
            List<String> identifiers,
            LocalDate asOf,
            String source,
            @Nullable String policy,
            @Nullable String unversioned,
            List<ReleaseLine> releases,
            List<Deprecation> deprecations,
            List<Advisory> advisories) {
        out.append("  - name: ").append(name).append('\n');
        out.append("    displayName: ").append(q(displayName)).append('\n');
        out.append("    category: ").append(category).append('\n');
        out.append("    docs: ").append(docs).append('\n');
        if (!aliases.isEmpty()) {
            out.append("    aliases: [")
                    .append(String.join(
                            ", ", aliases.stream().map(CatalogGenerator::q).toList()))
                    .append("]\n");
        }
        if (!identifiers.isEmpty()) {
            out.append("    identifiers:\n");
            for (String i : identifiers) {
                out.append("      - ").append(q(i)).append('\n');
            }
        }
        out.append("    verifiedOn: ").append(asOf).append('\n');
        out.append("    source: ").append(source).append('\n');
        if (policy != null) {
            out.append("    policy: ").append(policy).append('\n');
        }
        if (unversioned != null) {
            out.append("    unversioned: ").append(q(unversioned)).append('\n');
        }
        if (!releases.isEmpty()) {
            out.append("    releases:\n");
            for (ReleaseLine l : releases) {
                out.append("      - cycle: ").append(q(l.cycle().toString())).append('\n');
                if (l.releaseDate() != null) {
                    out.append("        releaseDate: ").append(l.releaseDate()).append('\n');
                }
                milestone(out, "lts", l.lts());
                milestone(out, "endOfActiveSupport", l.endOfActiveSupport());
                milestone(out, "endOfLife", l.endOfLife());
                milestone(out, "endOfExtendedSupport", l.endOfExtendedSupport());
                if (l.latest() != null) {
                    out.append("        latest: ")
                            .append(q(l.latest().toString()))
                            .append('\n');
                }
                if (l.latestReleaseDate() != null) {
                    out.append("        latestReleaseDate: ")
                            .append(l.latestReleaseDate())
                            .append('\n');
                }
                if (l.releaseNotes() != null) {
                    out.append("        releaseNotes: ")
                            .append(l.releaseNotes())
                            .append('\n');
                }
                if (!l.requires().isEmpty()) {
                    out.append("        requires:\n");
                    for (Compatibility c : l.requires()) {
                        out.append("          - technology: ")
                                .append(c.technology())
                                .append('\n');
                        if (c.min() != null) {
                            out.append("            min: ")
                                    .append(q(c.min().toString()))
                                    .append('\n');
                        }
                        if (c.max() != null) {
                            out.append("            max: ")
                                    .append(q(c.max().toString()))
                                    .append('\n');
                        }
                    }
                }
            }
        }
        if (!deprecations.isEmpty()) {
            out.append("    deprecations:\n");
            for (Deprecation d : deprecations) {
                out.append("      - feature: ").append(q(d.feature())).append('\n');
                out.append("        replacement: ").append(q(d.replacement())).append('\n');
                if (d.since() != null) {
                    out.append("        since: ").append(q(d.since())).append('\n');
                }
                if (d.removedIn() != null) {
                    out.append("        removedIn: ")
                            .append(q(d.removedIn().toString()))
                            .append('\n');
                }
                ranges(out, d.affected());
                if (d.guide() != null) {
                    out.append("        guide: ").append(d.guide()).append('\n');
                }
                out.append("        source: ").append(d.source()).append('\n');
            }
        }
        if (!advisories.isEmpty()) {
            out.append("    advisories:\n");
            for (Advisory a : advisories) {
                out.append("      - id: ").append(a.id()).append('\n');
                if (!a.aliases().isEmpty()) {
                    out.append("        aliases: [")
                            .append(String.join(", ", a.aliases()))
                            .append("]\n");
                }
                out.append("        severity: ")
                        .append(a.severity().name().toLowerCase(Locale.ROOT))
                        .append('\n');
                out.append("        summary: ").append(q(a.summary())).append('\n');
                if (a.published() != null) {
                    out.append("        published: ").append(a.published()).append('\n');
                }
                ranges(out, a.affected());
                out.append("        source: ").append(a.source()).append('\n');
            }
        }
        out.append('\n');
    }

    private static void ranges(StringBuilder out, List<VersionRange> ranges) {
        out.append("        affected:\n");
        for (VersionRange r : ranges) {
            List<String> parts = new ArrayList<>();
            if (r.introduced() != null) {
                parts.add("introduced: " + q(r.introduced().toString()));
            }
            if (r.fixed() != null) {
                parts.add("fixed: " + q(r.fixed().toString()));
            }
            if (r.lastAffected() != null) {
                parts.add("lastAffected: " + q(r.lastAffected().toString()));
            }
            out.append("          - {").append(String.join(", ", parts)).append("}\n");
        }
    }

    private static void milestone(StringBuilder out, String field, @Nullable Milestone m) {
        if (m == null) {
            return;
        }
        out.append("        ").append(field).append(": ");
        out.append(m.date() != null ? m.dateText() : Boolean.toString(m.reached()))
                .append('\n');
    }

    private static Deprecation deprecation(JsonNode d, String where) {
        List<VersionRange> affected = new ArrayList<>();
        for (JsonNode r : d.path("affected")) {
            affected.add(new VersionRange(version(r.get("introduced")), version(r.get("fixed"))));
        }
        return new Deprecation(
                required(d, "feature", where),
                required(d, "replacement", where),
                text(d.get("since")),
                version(d.get("removedIn")),
                affected,
                text(d.get("guide")),
                required(d, "source", where));
    }

    private static io.archadvisor.catalog.@Nullable Version version(@Nullable JsonNode n) {
        String t = text(n);
        return t == null ? null : io.archadvisor.catalog.Version.parse(t);
    }

    /** The purl of an OSV package, without version: {@code Maven:g:a} → {@code pkg:maven/g/a}. */
    static @Nullable String purl(String ecosystem, String name) {
        return switch (ecosystem) {
            case "Maven" -> {
                int colon = name.indexOf(':');
                yield colon < 0 ? null : "pkg:maven/" + name.substring(0, colon) + "/" + name.substring(colon + 1);
            }
            case "npm" -> "pkg:npm/" + name.replace("@", "%40");
            case "PyPI" -> "pkg:pypi/" + name.toLowerCase(Locale.ROOT).replace('_', '-');
            case "Go" -> "pkg:golang/" + name;
            case "crates.io" -> "pkg:cargo/" + name;
            case "NuGet" -> "pkg:nuget/" + name;
            case "RubyGems" -> "pkg:gem/" + name;
            case "Packagist" -> "pkg:composer/" + name;
            default -> null;
        };
    }

    private static Map<String, OsvData.OsvRecord> readRecords(Path dir) {
        Map<String, OsvData.OsvRecord> records = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return records;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                OsvData.OsvRecord r;
                try {
                    r = OsvData.parse(read(f));
                } catch (SourceDataException e) {
                    throw new SourceDataException("osv/" + f.getFileName() + ": " + e.getMessage(), e);
                }
                if (!f.getFileName().toString().equals(r.id() + ".json")) {
                    throw new SourceDataException("osv/" + f.getFileName() + " holds the record " + r.id()
                            + "; name the file " + r.id() + ".json");
                }
                records.put(r.id(), r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** A data file as a tree the generator walks, read by {@link SourceYaml}. */
    static JsonNode readYaml(Path file) {
        return SourceYaml.read(read(file), file.getFileName().toString());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static String required(JsonNode n, String field, String where) {
        String t = text(n.get(field));
        if (t == null) {
            throw new SourceDataException(where + ": `" + field + "` is required");
        }
        return t;
    }

    static @Nullable String text(@Nullable JsonNode n) {
        if (n == null || n.isNull() || n.isContainer()) {
            return null;
        }
        String t = n.isString() ? n.stringValue() : n.asString();
        return t == null || t.isBlank() ? null : t.strip();
    }

    static List<String> strings(@Nullable JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            for (JsonNode i : n) {
                String t = text(i);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
