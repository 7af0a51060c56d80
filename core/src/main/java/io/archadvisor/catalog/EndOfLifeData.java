package io.archadvisor.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lifecycle data of one product as endoflife.date publishes it: the YAML front matter of its product file
 * ({@code products/<product>.md} in the endoflife-date/endoflife.date repository) or its API v1 response
 * ({@code https://endoflife.date/api/v1/products/<product>}). Both give the same {@link Product}, which becomes
 * catalog release lines with {@link #releaseLines}.
 */
public final class EndOfLifeData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FIRST_LINK = Pattern.compile("\\[[^\\]]+\\]\\((https?://[^)\\s]+)\\)");
    private static final Pattern JAVA_RANGE = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*)?");

    private EndOfLifeData() {}

    /**
     * One product.
     *
     * @param id the product's id, such as {@code nodejs}
     * @param title its name, such as {@code Node.js}
     * @param releasePolicy the link to its release policy, or {@code null}
     * @param changelogTemplate the template of a release's changelog link, or {@code null}
     * @param homepage the first link of the product page's text (its project page), or {@code null}
     * @param identifiers the package URLs it is published under, such as {@code pkg:docker/library/node}
     * @param alternateNames the other names its page goes by, such as {@code node}
     * @param releases its release cycles, newest first as published
     */
    public record Product(
            String id,
            @Nullable String title,
            @Nullable String releasePolicy,
            @Nullable String changelogTemplate,
            @Nullable String homepage,
            List<String> identifiers,
            List<String> alternateNames,
            List<Release> releases) {

        /** Validates and copies. */
        public Product {
            Objects.requireNonNull(id, "id");
            identifiers = List.copyOf(identifiers);
            alternateNames = List.copyOf(alternateNames);
            releases = List.copyOf(releases);
        }

        /** The product's page, the source every value of it is cited with. */
        public String page() {
            return "https://endoflife.date/" + id;
        }
    }

    /**
     * One release cycle, with endoflife.date's fields: a milestone is a date, reached ({@code true}) or not scheduled
     * ({@code false}), or {@code null} when the product does not track it.
     *
     * @param cycle the cycle as published, such as {@code 26} or {@code 3.5}
     * @param releaseDate the first release of the cycle
     * @param lts when it became a long-term-support cycle
     * @param eoas end of active support
     * @param eol end of life
     * @param eoes end of extended (commercial) support
     * @param latest the latest release
     * @param latestReleaseDate when it came out
     * @param link the changelog of the latest release, or {@code null}
     * @param supportedJavaVersions the supported Java versions ({@code 17 - 25}), for Java frameworks, or {@code null}
     */
    public record Release(
            String cycle,
            @Nullable LocalDate releaseDate,
            @Nullable Milestone lts,
            @Nullable Milestone eoas,
            @Nullable Milestone eol,
            @Nullable Milestone eoes,
            @Nullable String latest,
            @Nullable LocalDate latestReleaseDate,
            @Nullable String link,
            @Nullable String supportedJavaVersions) {}

    /**
     * Reads a product file of the endoflife.date repository: YAML front matter between {@code ---} lines, then the
     * page text.
     *
     * @throws SourceDataException when the file has no front matter or the front matter is not a map of the
     *     expected fields
     */
    public static Product fromProductFile(String id, String markdown) {
        String text = markdown.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new SourceDataException(id + ".md: no YAML front matter (the file must start with `---`)");
        }
        int end = text.indexOf("\n---", 4);
        if (end < 0) {
            throw new SourceDataException(id + ".md: the YAML front matter is not closed with `---`");
        }
        // a blank first line keeps the front matter's line numbers those of the file
        JsonNode front = SourceYaml.read("\n" + text.substring(4, end), id + ".md");
        Matcher link = FIRST_LINK.matcher(text.substring(end));
        String homepage = link.find() ? link.group(1) : null;
        List<String> identifiers = new ArrayList<>();
        for (JsonNode i : front.path("identifiers")) {
            JsonNode purl = i.get("purl");
            if (purl != null && purl.isString()) {
                identifiers.add(purl.stringValue());
            }
        }
        List<String> alternates = new ArrayList<>();
        for (JsonNode u : front.path("alternate_urls")) {
            if (u.isString()) {
                alternates.add(u.stringValue().replaceFirst("^/", ""));
            }
        }
        List<Release> releases = new ArrayList<>();
        JsonNode list = front.path("releases");
        if (!list.isArray()) {
            throw new SourceDataException(id + ".md: `releases` must be a list");
        }
        for (JsonNode r : list) {
            String cycle = text(r.get("releaseCycle"));
            if (cycle == null) {
                throw new SourceDataException(id + ".md: a release has no `releaseCycle`");
            }
            String where = id + ".md release " + cycle;
            releases.add(new Release(
                    cycle,
                    date(r.get("releaseDate"), where + " releaseDate"),
                    milestone(r.get("lts"), where + " lts"),
                    milestone(r.get("eoas"), where + " eoas"),
                    milestone(r.get("eol"), where + " eol"),
                    milestone(r.get("eoes"), where + " eoes"),
                    text(r.get("latest")),
                    date(r.get("latestReleaseDate"), where + " latestReleaseDate"),
                    text(r.get("link")),
                    text(r.get("supportedJavaVersions"))));
        }
        return new Product(
                id,
                text(front.get("title")),
                text(front.get("releasePolicyLink")),
                text(front.get("changelogTemplate")),
                homepage,
                identifiers,
                alternates,
                releases);
    }

    /**
     * Reads an endoflife.date API v1 product response ({@code {"result": {"name": ..., "releases": [...]}}}).
     *
     * @throws SourceDataException when the body is not JSON of that shape, naming what is wrong
     */
    public static Product fromApiV1(String id, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new SourceDataException(
                    "endoflife.date " + id + ": the response is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode result = root == null ? null : root.get("result");
        if (result == null || !result.isObject() || !result.path("releases").isArray()) {
            throw new SourceDataException("endoflife.date " + id + ": the response has no `result.releases` list");
        }
        List<String> identifiers = new ArrayList<>();
        for (JsonNode i : result.path("identifiers")) {
            if ("purl".equals(text(i.get("type"))) && text(i.get("id")) != null) {
                identifiers.add(text(i.get("id")));
            }
        }
        List<String> aliases = new ArrayList<>();
        for (JsonNode a : result.path("aliases")) {
            if (a.isString()) {
                aliases.add(a.stringValue());
            }
        }
        List<Release> releases = new ArrayList<>();
        for (JsonNode r : result.path("releases")) {
            String cycle = text(r.get("name"));
            if (cycle == null) {
                throw new SourceDataException("endoflife.date " + id + ": a release has no `name`");
            }
            String where = "endoflife.date " + id + " release " + cycle;
            JsonNode latest = r.get("latest");
            JsonNode custom = r.get("custom");
            releases.add(new Release(
                    cycle,
                    date(r.get("releaseDate"), where + " releaseDate"),
                    apiMilestone(r, "isLts", "ltsFrom", where),
                    apiMilestone(r, "isEoas", "eoasFrom", where),
                    apiMilestone(r, "isEol", "eolFrom", where),
                    apiMilestone(r, "isEoes", "eoesFrom", where),
                    latest == null || !latest.isObject() ? null : text(latest.get("name")),
                    latest == null || !latest.isObject() ? null : date(latest.get("date"), where + " latest.date"),
                    latest == null || !latest.isObject() ? null : text(latest.get("link")),
                    custom == null || !custom.isObject() ? null : text(custom.get("supportedJavaVersions"))));
        }
        JsonNode links = result.path("links");
        return new Product(
                id,
                text(result.get("label")),
                text(links.get("releasePolicy")),
                null,
                null,
                identifiers,
                aliases,
                releases);
    }

    /**
     * The product's cycles as catalog release lines: the fields as published, the changelog link of the latest
     * release, and Java requirements for frameworks that publish them. A cycle that is not a version the catalog can
     * compare, or whose dates are out of order, is left out and described in {@code omitted}.
     */
    public static List<ReleaseLine> releaseLines(Product product, List<String> omitted) {
        List<ReleaseLine> lines = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Release r : product.releases()) {
            Version cycle = Version.tryParse(r.cycle()).orElse(null);
            if (cycle == null || cycle.isWildcard() || cycle.isPreRelease()) {
                omitted.add(product.id() + " " + r.cycle() + ": the whole cycle (not a version)");
                continue;
            }
            if (seen.contains(cycle.toString())) {
                omitted.add(product.id() + " " + r.cycle() + ": the whole cycle (listed twice)");
                continue;
            }
            Version latest =
                    r.latest() == null ? null : Version.tryParse(r.latest()).orElse(null);
            LocalDate latestDate = r.latestReleaseDate();
            if (r.latest() != null && (latest == null || !latest.isIn(cycle))) {
                omitted.add(product.id() + " " + r.cycle() + ": latest release `" + r.latest()
                        + "` (not a version of the cycle)");
                latest = null;
                latestDate = null;
            }
            if (latestDate != null && r.releaseDate() != null && latestDate.isBefore(r.releaseDate())) {
                omitted.add(product.id() + " " + r.cycle() + ": latest release date " + latestDate
                        + " (before the cycle's release date " + r.releaseDate() + ")");
                latestDate = null;
            }
            String disorder = disorder(r);
            if (disorder != null) {
                omitted.add(product.id() + " " + r.cycle() + ": the whole cycle (" + disorder + ")");
                continue;
            }
            List<Compatibility> requires = new ArrayList<>();
            if (r.supportedJavaVersions() != null) {
                Matcher m = JAVA_RANGE.matcher(r.supportedJavaVersions());
                if (m.matches()) {
                    requires.add(new Compatibility(
                            "java",
                            Version.parse(m.group(1)),
                            m.group(2) == null ? null : Version.parse(m.group(2)),
                            null));
                }
            }
            seen.add(cycle.toString());
            lines.add(new ReleaseLine(
                    cycle,
                    r.releaseDate(),
                    r.lts(),
                    r.eoas(),
                    r.eol(),
                    r.eoes(),
                    latest,
                    latestDate,
                    latest == null ? null : changelog(product, r),
                    requires,
                    null));
        }
        return lines;
    }

    private static @Nullable String disorder(Release r) {
        LocalDate released = r.releaseDate();
        if (released != null) {
            for (Milestone m : new Milestone[] {r.lts(), r.eoas(), r.eol()}) {
                if (m != null && m.date() != null && m.date().isBefore(released)) {
                    return "a support date " + m.date() + " precedes its release date " + released;
                }
            }
        }
        if (r.eoas() != null
                && r.eoas().date() != null
                && r.eol() != null
                && r.eol().date() != null
                && r.eol().date().isBefore(r.eoas().date())) {
            return "its end of life " + r.eol().date() + " precedes its end of active support "
                    + r.eoas().date();
        }
        if (r.eol() != null
                && r.eol().date() != null
                && r.eoes() != null
                && r.eoes().date() != null
                && r.eoes().date().isBefore(r.eol().date())) {
            return "its end of extended support " + r.eoes().date() + " precedes its end of life "
                    + r.eol().date();
        }
        return null;
    }

    // the latest release's changelog: the cycle's own link, else the product's template when it is plain text
    private static @Nullable String changelog(Product product, Release r) {
        String link = r.link();
        if (link == null
                && product.changelogTemplate() != null
                && r.latest() != null
                && !product.changelogTemplate().contains("{")) {
            link = product.changelogTemplate()
                    .replace("__RELEASE_CYCLE__", r.cycle())
                    .replace("__LATEST__", r.latest());
        }
        if (link == null || link.contains("__") || link.contains("{") || !link.matches("https?://\\S+")) {
            return null;
        }
        return link;
    }

    private static @Nullable Milestone apiMilestone(JsonNode release, String flag, String from, String where) {
        JsonNode f = release.get(flag);
        LocalDate d = date(release.get(from), where + " " + from);
        if (d != null) {
            return Milestone.on(d);
        }
        if (f == null || f.isNull()) {
            return null;
        }
        if (!f.isBoolean()) {
            throw new SourceDataException(where + ": `" + flag + "` must be true or false, not " + f);
        }
        return f.booleanValue() ? Milestone.reachedUndated() : Milestone.notScheduled();
    }

    private static @Nullable Milestone milestone(@Nullable JsonNode n, String where) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue() ? Milestone.reachedUndated() : Milestone.notScheduled();
        }
        LocalDate d = date(n, where);
        return d == null ? null : Milestone.on(d);
    }

    private static @Nullable LocalDate date(@Nullable JsonNode n, String where) {
        String t = text(n);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            throw new SourceDataException(where + ": `" + t + "` is not a date (YYYY-MM-DD)", e);
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
