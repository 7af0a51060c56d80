package io.archadvisor.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security advisories in the OSV schema (https://ossf.github.io/osv-schema/), as the GitHub Advisory Database and
 * the OSV API publish them: the id, its aliases (CVE, GHSA), the summary, the severity, and per affected package the
 * version ranges exactly as the record states them ({@code introduced}, {@code fixed}, {@code last_affected} events).
 */
public final class OsvData {

    /** The package ecosystems the catalog reads advisories for, as OSV spells them. */
    public static final List<String> ECOSYSTEMS =
            List.of("Maven", "npm", "PyPI", "Go", "crates.io", "NuGet", "RubyGems", "Packagist");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OsvData() {}

    /**
     * One OSV record.
     *
     * @param id its id, such as {@code GHSA-jfh8-c2jp-5v3q}
     * @param aliases other ids, such as {@code CVE-2021-44228}
     * @param summary its one-line summary
     * @param severity its severity: the database's rating, else the rating of its CVSS v3 base score
     * @param published when it was published, or {@code null}
     * @param modified when it was last modified, or {@code null}
     * @param affected the affected packages
     */
    public record OsvRecord(
            String id,
            List<String> aliases,
            String summary,
            AdvisorySeverity severity,
            @Nullable LocalDate published,
            @Nullable LocalDate modified,
            List<Affected> affected) {

        /** Validates and copies. */
        public OsvRecord {
            Objects.requireNonNull(id, "id");
            aliases = List.copyOf(aliases);
            affected = List.copyOf(affected);
        }

        /** Where the advisory is published: the GitHub advisory page for GHSA ids, else its OSV page. */
        public String url() {
            return id.startsWith("GHSA-")
                    ? "https://github.com/advisories/" + id
                    : "https://osv.dev/vulnerability/" + id;
        }
    }

    /**
     * One affected package of a record.
     *
     * @param ecosystem the ecosystem, such as {@code Maven}
     * @param name the package, such as {@code org.apache.logging.log4j:log4j-core}
     * @param ranges its affected ranges (ECOSYSTEM and SEMVER ranges; GIT ranges name commits and are skipped)
     */
    public record Affected(String ecosystem, String name, List<VersionRange> ranges) {

        /** Validates and copies. */
        public Affected {
            ranges = List.copyOf(ranges);
        }

        /** The package as {@code ecosystem:name}, such as {@code npm:lodash}. */
        public String key() {
            return OsvData.key(ecosystem, name);
        }
    }

    /**
     * A package key as the catalog writes it: {@code Maven:org.apache.logging.log4j:log4j-core}. Names of ecosystems
     * that ignore case are lower-cased (PyPI also treats runs of {@code -_.} as one {@code -}), so {@code Django} and
     * {@code django} are one package.
     */
    public static String key(String ecosystem, String name) {
        String n = switch (ecosystem) {
            case "PyPI" -> name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
            case "NuGet", "Packagist" -> name.toLowerCase(Locale.ROOT);
            default -> name;
        };
        return ecosystem + ":" + n;
    }

    /**
     * Reads one OSV record.
     *
     * @throws SourceDataException when it is not JSON, lacks an id, or a range holds a version the catalog cannot
     *     compare, naming the record and the value
     */
    public static OsvRecord parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new SourceDataException("OSV record: not JSON: " + e.getOriginalMessage(), e);
        }
        return record(root);
    }

    /** Reads one OSV record from a parsed JSON tree. */
    public static OsvRecord record(JsonNode root) {
        String id = root != null && root.isObject() ? text(root.get("id")) : null;
        if (id == null) {
            throw new SourceDataException("OSV record: not an object with an `id`");
        }
        List<String> aliases = new ArrayList<>();
        for (JsonNode a : root.path("aliases")) {
            if (a.isString()) {
                aliases.add(a.stringValue());
            }
        }
        List<Affected> affected = new ArrayList<>();
        for (JsonNode a : root.path("affected")) {
            JsonNode pkg = a.path("package");
            String ecosystem = text(pkg.get("ecosystem"));
            String name = text(pkg.get("name"));
            if (ecosystem == null || name == null) {
                continue;
            }
            List<VersionRange> ranges = new ArrayList<>();
            for (JsonNode r : a.path("ranges")) {
                String type = text(r.get("type"));
                if (!"ECOSYSTEM".equals(type) && !"SEMVER".equals(type)) {
                    continue;
                }
                ranges.addAll(ranges(id, name, r.path("events")));
            }
            affected.add(new Affected(ecosystem, name, ranges));
        }
        String summary = text(root.get("summary"));
        if (summary == null) {
            String details = text(root.get("details"));
            summary = details == null ? id : details.split("(?<=[.!?])\\s|\\n", 2)[0];
        }
        return new OsvRecord(
                id,
                aliases,
                summary,
                severity(root, id),
                date(root.get("published")),
                date(root.get("modified")),
                affected);
    }

    /**
     * The advisory a record gives a catalog entry that covers {@code packages} (keys such as
     * {@code Maven:org.springframework:spring-beans}): the ranges of every matching affected package, each once, in
     * the record's order; empty when the record affects none of them.
     */
    public static Optional<Advisory> advisory(OsvRecord record, Collection<String> packages) {
        Set<VersionRange> ranges = new LinkedHashSet<>();
        for (Affected a : record.affected()) {
            if (packages.contains(a.key())) {
                ranges.addAll(a.ranges());
            }
        }
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Advisory(
                record.id(),
                record.severity(),
                record.summary(),
                List.copyOf(ranges),
                record.url(),
                record.aliases(),
                record.published()));
    }

    private static List<VersionRange> ranges(String id, String pkg, JsonNode events) {
        List<VersionRange> out = new ArrayList<>();
        Version introduced = null;
        boolean open = false;
        for (JsonNode e : events) {
            if (e.has("introduced")) {
                if (open) {
                    out.add(new VersionRange(introduced, null, null));
                }
                String v = text(e.get("introduced"));
                introduced = v == null || v.equals("0") ? null : version(id, pkg, v);
                open = true;
            } else if (e.has("fixed") && open) {
                out.add(new VersionRange(introduced, version(id, pkg, text(e.get("fixed"))), null));
                open = false;
            } else if (e.has("last_affected") && open) {
                out.add(new VersionRange(introduced, null, version(id, pkg, text(e.get("last_affected")))));
                open = false;
            }
        }
        if (open) {
            out.add(new VersionRange(introduced == null ? Version.parse("0") : introduced, null, null));
        }
        return out;
    }

    private static Version version(String id, String pkg, @Nullable String text) {
        return Version.tryParse(text)
                .orElseThrow(() -> new SourceDataException("OSV record " + id + ", package " + pkg + ": `" + text
                        + "` is not a version the catalog can compare"));
    }

    @SuppressWarnings("StatementSwitchToExpressionSwitch") // unknown ratings fall through to the CVSS score below
    private static AdvisorySeverity severity(JsonNode root, String id) {
        String rated = text(root.path("database_specific").get("severity"));
        if (rated != null) {
            switch (rated.toUpperCase(Locale.ROOT)) {
                case "CRITICAL":
                    return AdvisorySeverity.CRITICAL;
                case "HIGH":
                    return AdvisorySeverity.HIGH;
                case "MODERATE":
                case "MEDIUM":
                    return AdvisorySeverity.MEDIUM;
                case "LOW":
                    return AdvisorySeverity.LOW;
                default:
                    break;
            }
        }
        for (JsonNode s : root.path("severity")) {
            String type = text(s.get("type"));
            String vector = text(s.get("score"));
            if (vector != null && ("CVSS_V3".equals(type) || "CVSS_V3.1".equals(type))) {
                return rating(cvss3BaseScore(vector));
            }
        }
        throw new SourceDataException(
                "OSV record " + id + ": no severity (neither database_specific.severity nor a" + " CVSS v3 vector)");
    }

    /** The CVSS v3 qualitative rating of a base score. */
    static AdvisorySeverity rating(double score) {
        if (score >= 9.0) {
            return AdvisorySeverity.CRITICAL;
        }
        if (score >= 7.0) {
            return AdvisorySeverity.HIGH;
        }
        if (score >= 4.0) {
            return AdvisorySeverity.MEDIUM;
        }
        return score > 0 ? AdvisorySeverity.LOW : AdvisorySeverity.INFO;
    }

    /**
     * The CVSS v3.x base score of a vector such as {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H} (10.0), by the
     * specification's formulas.
     *
     * @throws SourceDataException when a base metric is missing or unknown
     */
    static double cvss3BaseScore(String vector) {
        Map<String, String> m = new HashMap<>();
        for (String part : vector.split("/")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                m.put(part.substring(0, colon), part.substring(colon + 1));
            }
        }
        boolean changed = "C".equals(m.get("S"));
        double av = weight(vector, m, "AV", Map.of("N", 0.85, "A", 0.62, "L", 0.55, "P", 0.2));
        double ac = weight(vector, m, "AC", Map.of("L", 0.77, "H", 0.44));
        double pr = weight(
                vector,
                m,
                "PR",
                changed ? Map.of("N", 0.85, "L", 0.68, "H", 0.5) : Map.of("N", 0.85, "L", 0.62, "H", 0.27));
        double ui = weight(vector, m, "UI", Map.of("N", 0.85, "R", 0.62));
        Map<String, Double> cia = Map.of("H", 0.56, "L", 0.22, "N", 0.0);
        double iss = 1
                - (1 - weight(vector, m, "C", cia))
                        * (1 - weight(vector, m, "I", cia))
                        * (1 - weight(vector, m, "A", cia));
        double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
        double exploitability = 8.22 * av * ac * pr * ui;
        if (impact <= 0) {
            return 0;
        }
        return roundUp(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10));
    }

    private static double weight(String vector, Map<String, String> m, String metric, Map<String, Double> weights) {
        Double w = weights.get(m.get(metric));
        if (w == null) {
            throw new SourceDataException("CVSS vector " + vector + ": metric " + metric + " is missing or unknown");
        }
        return w;
    }

    // CVSS 3.1 Roundup: the smallest number with one decimal that is at least the input
    private static double roundUp(double d) {
        long i = Math.round(d * 100000);
        return i % 10000 == 0 ? i / 100000.0 : (Math.floor(i / 10000.0) + 1) / 10.0;
    }

    private static @Nullable LocalDate date(@Nullable JsonNode n) {
        String t = text(n);
        if (t == null || t.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(t.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable JsonNode n) {
        if (n == null || n.isNull() || n.isContainer()) {
            return null;
        }
        String t = n.isString() ? n.stringValue() : n.asString();
        return t == null || t.isBlank() ? null : t.strip();
    }
}
