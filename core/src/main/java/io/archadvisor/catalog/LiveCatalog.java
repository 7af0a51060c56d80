package io.archadvisor.catalog;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.UnwritableFileException;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A technology catalog kept current from the sources the embedded one is generated from: endoflife.date's API for
 * release lines ({@code GET <endoflife>/products/<product>}) and OSV's API for advisories ({@code POST
 * <osv>/querybatch}, then {@code GET <osv>/vulns/<id>} for records not cached at their current modification). Every
 * response is validated before it is used and cached in the user's cache directory; product requests are
 * conditional ({@code If-None-Match}, {@code If-Modified-Since}). When a source cannot be reached or answers with
 * something unusable, the cached copy is used, and without one the embedded snapshot, and {@link #notices()} says
 * which and why. The data of an update is read once; the catalog is immutable afterwards.
 *
 * <pre>{@code
 * TechnologyCatalog live = Catalogs.live(LiveCatalog.Options.defaults());
 * live.notices().forEach(System.err::println);   // e.g. offline: embedded snapshot as of 2026-08-22 for nodejs
 * Advisor advisor = Advisor.builder().catalog(live).build();
 * }</pre>
 */
public final class LiveCatalog implements TechnologyCatalog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 16 * 1024 * 1024;
    private static final java.util.regex.Pattern RECORD_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+");

    /**
     * Where to fetch from, where to cache, and how long to wait.
     *
     * @param endOfLifeApi the endoflife.date API v1 root, such as {@code https://endoflife.date/api/v1/}
     * @param osvApi the OSV API root, such as {@code https://api.osv.dev/v1/}
     * @param cacheDir the cache directory
     * @param timeout how long one request may take
     * @param clock the clock that dates fetched data
     */
    public record Options(URI endOfLifeApi, URI osvApi, Path cacheDir, Duration timeout, Clock clock) {

        /** Validates: HTTPS, or HTTP to this machine only (for tests and local mirrors). */
        public Options {
            Objects.requireNonNull(cacheDir, "cacheDir");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(clock, "clock");
            endOfLifeApi = root(endOfLifeApi, "endOfLifeApi");
            osvApi = root(osvApi, "osvApi");
        }

        /** The public APIs over HTTPS, the user's cache directory, 20 s per request, the system clock. */
        public static Options defaults() {
            return new Options(
                    URI.create("https://endoflife.date/api/v1/"),
                    URI.create("https://api.osv.dev/v1/"),
                    userCacheDir(),
                    Duration.ofSeconds(20),
                    Clock.systemUTC());
        }

        /** Where an update records which OSV records it found for each package. */
        Path osvIndex() {
            return cacheDir.resolve("osv").resolve("index.json");
        }

        /** The same options with another cache directory. */
        public Options withCacheDir(Path dir) {
            return new Options(endOfLifeApi, osvApi, dir, timeout, clock);
        }

        private static URI root(URI uri, String what) {
            Objects.requireNonNull(uri, what);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost();
            boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
            if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
                throw new InvalidValueException(what + " (" + uri + ") must be an https URL (http only to"
                        + " localhost); the catalog must not be fetched in the clear");
            }
            return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
        }
    }

    /** The user's cache directory for catalog data: {@code $XDG_CACHE_HOME/archadvisor/catalog}, else the platform's. */
    public static Path userCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "archadvisor", "catalog");
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            return Path.of(System.getenv("LOCALAPPDATA"), "archadvisor", "catalog");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "archadvisor", "catalog");
        }
        return Path.of(home, ".cache", "archadvisor", "catalog");
    }

    private final String name;
    private final List<TechnologyEntry> entries;
    private final List<String> notices;
    private final io.archadvisor.catalog.ListCatalog index;

    private LiveCatalog(String name, List<TechnologyEntry> entries, List<String> notices) {
        this.name = name;
        this.index = new io.archadvisor.catalog.ListCatalog(name, entries);
        this.entries = index.entries();
        this.notices = List.copyOf(notices);
    }

    /**
     * Fetches what changed since the last update into the cache and returns {@code base} brought up to date with
     * it; what could not be fetched comes from the cache, else from {@code base}, with a notice. Never fails for a
     * network or data problem: those become notices.
     */
    public static LiveCatalog update(TechnologyCatalog base, Options options) {
        return new Updater(options).run(base);
    }

    /**
     * {@code base} with what the last update left in {@code cacheDir}, read without touching the network: release
     * lines from the cached endoflife.date answers, each dated as of the day it was fetched or confirmed, and the
     * advisories the last OSV query named for each entry's packages. An entry the cache knows nothing of keeps its
     * embedded data, and a cached file that cannot be read is a notice.
     *
     * @throws InvalidValueException when {@code cacheDir} holds no catalog data (name the folder {@code catalog
     *     update} wrote, or run it first)
     */
    public static LiveCatalog cached(TechnologyCatalog base, Path cacheDir) {
        Objects.requireNonNull(base, "base");
        Options options = Options.defaults().withCacheDir(cacheDir);
        if (!Files.isDirectory(cacheDir.resolve("endoflife")) && !Files.isRegularFile(options.osvIndex())) {
            throw new InvalidValueException("The catalog cache " + cacheDir + " holds no catalog data: name the folder"
                    + " that `archadvisor catalog update --cache-dir` wrote, or run the update first");
        }
        return new Updater(options, true).run(base);
    }

    /**
     * What {@code archadvisor catalog update} runs: updates the cache from the sources over {@code base}, prints
     * what was updated and every notice to {@code out}, and returns the exit status: 0 when the sources answered
     * (notices may still name single products or records), 1 when neither source could be used and everything
     * fell back.
     */
    public static int runUpdate(TechnologyCatalog base, Options options, java.io.PrintStream out) {
        LiveCatalog live = update(base, options);
        LocalDate today = LocalDate.now(options.clock());
        long fresh = live.entries().stream()
                .filter(e -> today.equals(e.verifiedOn()))
                .count();
        out.println("Catalog cache " + options.cacheDir() + ": " + fresh + " of "
                + live.entries().size()
                + " technologies have lifecycle data as of " + today + "; "
                + live.entries().stream().mapToLong(e -> e.advisories().size()).sum() + " advisories.");
        for (String n : live.notices()) {
            out.println("notice: " + n);
        }
        boolean eolDown = live.notices().stream().anyMatch(n -> n.startsWith("endoflife.date ("));
        boolean osvDown = live.notices().stream()
                .anyMatch(n -> n.startsWith("OSV (")
                        || n.startsWith("OSV answered" + " HTTP") && n.contains("advisory query")
                        || n.startsWith("OSV sent an unusable answer"));
        return eolDown && osvDown ? 1 : 0;
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
    public Optional<TechnologyEntry> find(String nameOrAlias) {
        return index.find(nameOrAlias);
    }

    /** What the update could not do and what was used instead, one sentence each; empty when all went well. */
    public List<String> notices() {
        return notices;
    }

    @Override
    public String toString() {
        return "live catalog " + name + " (" + entries.size() + " technologies, " + notices.size() + " notices)";
    }

    // ------------------------------------------------------------------ the update

    private static final class Updater {

        private final Options options;
        private final @Nullable HttpClient http;
        private final List<String> notices = new ArrayList<>();
        private final LocalDate today;
        private final boolean offline;

        Updater(Options options) {
            this(options, false);
        }

        /** With {@code offline}, nothing is fetched: only the cache is read. */
        Updater(Options options, boolean offline) {
            this.options = options;
            this.offline = offline;
            this.http = offline
                    ? null
                    : HttpClient.newBuilder()
                            .connectTimeout(options.timeout())
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .build();
            this.today = LocalDate.now(options.clock());
        }

        /** The HTTP client of an update; an offline reading has none and never asks for it. */
        private HttpClient client() {
            return Objects.requireNonNull(http, "an offline reading fetches nothing");
        }

        LiveCatalog run(TechnologyCatalog base) {
            List<TechnologyEntry> baseEntries = base.entries();
            Map<String, List<String>> packagesByEntry = new LinkedHashMap<>();
            Set<String> allPackages = new LinkedHashSet<>();
            for (TechnologyEntry e : baseEntries) {
                List<String> packages = osvPackages(e);
                packagesByEntry.put(e.name(), packages);
                allPackages.addAll(packages);
            }
            Map<String, List<OsvData.OsvRecord>> advisoriesByPackage = offline
                    ? cachedAdvisories(new ArrayList<>(allPackages))
                    : fetchAdvisories(new ArrayList<>(allPackages));
            boolean endOfLifeReachable = !offline;
            List<TechnologyEntry> out = new ArrayList<>();
            for (TechnologyEntry e : baseEntries) {
                TechnologyEntry updated = e;
                String product = product(e);
                if (product != null) {
                    Fetched<EndOfLifeData.Product> p = fetchProduct(product, endOfLifeReachable);
                    if (p.unreachable()) {
                        endOfLifeReachable = false;
                    }
                    if (p.value() != null) {
                        List<String> omitted = new ArrayList<>();
                        List<ReleaseLine> lines = EndOfLifeData.releaseLines(p.value(), omitted);
                        updated = with(
                                updated, lines.isEmpty() ? updated.releases() : lines, p.asOf(), updated.advisories());
                    }
                }
                if (advisoriesByPackage != null) {
                    List<String> packages = Objects.requireNonNull(
                            packagesByEntry.get(e.name()), "the packages of every entry are collected above");
                    Map<String, Advisory> merged = new TreeMap<>();
                    for (Advisory a : updated.advisories()) {
                        merged.put(a.id(), a);
                    }
                    for (String pkg : packages) {
                        for (OsvData.OsvRecord r : advisoriesByPackage.getOrDefault(pkg, List.of())) {
                            OsvData.advisory(r, packages).ifPresent(a -> merged.put(a.id(), a));
                        }
                    }
                    updated = with(updated, updated.releases(), updated.verifiedOn(), List.copyOf(merged.values()));
                }
                out.add(updated);
            }
            if (!endOfLifeReachable && !offline) {
                notices.add("endoflife.date (" + options.endOfLifeApi() + ") could not be reached; release lines"
                        + " come from the cache where it has them, else from the embedded snapshot, each dated as"
                        + " of its own data");
            }
            return new LiveCatalog(
                    offline
                            ? "cached (" + base.name() + ", " + options.cacheDir() + ")"
                            : "live (" + base.name() + ", updated " + today + ")",
                    out,
                    notices);
        }

        // ---------------------------------------------------------------- endoflife.date

        private record Fetched<T>(
                @Nullable T value, @Nullable LocalDate asOf, boolean unreachable) {}

        private Fetched<EndOfLifeData.Product> fetchProduct(String product, boolean tryNetwork) {
            Path body = options.cacheDir().resolve("endoflife").resolve(product + ".json");
            Path meta = options.cacheDir().resolve("endoflife").resolve(product + ".properties");
            Properties m = readMeta(meta);
            boolean unreachable = false;
            if (tryNetwork) {
                try {
                    HttpRequest.Builder req = HttpRequest.newBuilder(
                                    options.endOfLifeApi().resolve("products/" + product))
                            .timeout(options.timeout())
                            .header("Accept", "application/json")
                            .GET();
                    if (Files.exists(body) && m.getProperty("etag") != null) {
                        req.header("If-None-Match", m.getProperty("etag"));
                    }
                    if (Files.exists(body) && m.getProperty("lastModified") != null) {
                        req.header("If-Modified-Since", m.getProperty("lastModified"));
                    }
                    HttpResponse<String> res = client().send(req.build(), HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() == 304 && Files.exists(body)) {
                        m.setProperty("checked", today.toString());
                        writeMeta(meta, m);
                        return new Fetched<>(EndOfLifeData.fromApiV1(product, Files.readString(body)), today, false);
                    }
                    if (res.statusCode() == 200) {
                        String text = bounded(res.body(), "endoflife.date " + product);
                        EndOfLifeData.Product p = EndOfLifeData.fromApiV1(product, text);
                        if (p.releases().isEmpty()) {
                            throw new SourceDataException("endoflife.date " + product + ": no releases");
                        }
                        write(body, text);
                        Properties fresh = new Properties();
                        res.headers().firstValue("ETag").ifPresent(v -> fresh.setProperty("etag", v));
                        res.headers().firstValue("Last-Modified").ifPresent(v -> fresh.setProperty("lastModified", v));
                        fresh.setProperty("checked", today.toString());
                        writeMeta(meta, fresh);
                        return new Fetched<>(p, today, false);
                    }
                    notices.add("endoflife.date answered HTTP " + res.statusCode() + " for " + product + "; "
                            + fallbackText(body, m));
                } catch (SourceDataException e) {
                    notices.add("endoflife.date sent unusable data for " + product + " (" + e.getMessage() + "); "
                            + fallbackText(body, m));
                } catch (IOException e) {
                    unreachable = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    unreachable = true;
                }
            }
            if (Files.exists(body)) {
                try {
                    LocalDate checked =
                            m.getProperty("checked") == null ? null : LocalDate.parse(m.getProperty("checked"));
                    return new Fetched<>(
                            EndOfLifeData.fromApiV1(product, Files.readString(body)), checked, unreachable);
                } catch (IOException | RuntimeException e) {
                    notices.add("the cached endoflife.date data for " + product + " is unreadable (" + e.getMessage()
                            + "); the embedded snapshot is used");
                }
            }
            return new Fetched<>(null, null, unreachable);
        }

        private static String fallbackText(Path body, Properties m) {
            return Files.exists(body)
                    ? "the cached copy checked on " + m.getProperty("checked", "an unknown date") + " is used"
                    : "the embedded snapshot is used";
        }

        // ---------------------------------------------------------------- OSV

        /** Records per package key, or {@code null} when OSV could not be queried (the snapshot's advisories stay). */
        private @Nullable Map<String, List<OsvData.OsvRecord>> fetchAdvisories(List<String> packages) {
            if (packages.isEmpty()) {
                return Map.of();
            }
            ObjectNode query = JSON.createObjectNode();
            ArrayNode queries = query.putArray("queries");
            for (String pkg : packages) {
                int colon = pkg.indexOf(':');
                ObjectNode q = queries.addObject();
                ObjectNode p = q.putObject("package");
                p.put("ecosystem", pkg.substring(0, colon));
                p.put("name", pkg.substring(colon + 1));
            }
            JsonNode results;
            try {
                HttpRequest req = HttpRequest.newBuilder(options.osvApi().resolve("querybatch"))
                        .timeout(options.timeout())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(query)))
                        .build();
                HttpResponse<String> res = client().send(req, HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) {
                    notices.add("OSV answered HTTP " + res.statusCode() + " to the advisory query; the advisories of"
                            + " the embedded snapshot are used");
                    return null;
                }
                results = JSON.readTree(bounded(res.body(), "OSV querybatch")).get("results");
                if (results == null || !results.isArray() || results.size() != packages.size()) {
                    notices.add("OSV sent an unusable answer to the advisory query (expected " + packages.size()
                            + " results); the advisories of the embedded snapshot are used");
                    return null;
                }
            } catch (IOException | JacksonException | SourceDataException e) {
                notices.add("OSV (" + options.osvApi() + ") could not be queried ("
                        + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the advisories of the embedded"
                        + " snapshot are used");
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                notices.add("the advisory query was interrupted; the advisories of the embedded snapshot are used");
                return null;
            }
            Map<String, List<OsvData.OsvRecord>> out = new LinkedHashMap<>();
            ObjectNode index = JSON.createObjectNode();
            index.put("checked", today.toString());
            ObjectNode idsByPackage = index.putObject("packages");
            for (int i = 0; i < packages.size(); i++) {
                List<OsvData.OsvRecord> records = new ArrayList<>();
                ArrayNode ids = idsByPackage.putArray(packages.get(i));
                for (JsonNode v : results.get(i).path("vulns")) {
                    String id = v.path("id").isString() ? v.path("id").stringValue() : null;
                    if (id == null || !RECORD_ID.matcher(id).matches()) {
                        continue;
                    }
                    String modified =
                            v.path("modified").isString() ? v.path("modified").stringValue() : "";
                    Optional<OsvData.OsvRecord> r = fetchRecord(id, modified);
                    r.ifPresent(records::add);
                    if (r.isPresent()) {
                        ids.add(id);
                    }
                }
                out.put(packages.get(i), records);
            }
            write(options.osvIndex(), JSON.writeValueAsString(index));
            return out;
        }

        /**
         * The records the last update found for each package, read from the cache; {@code null} (the snapshot's
         * advisories stay) when no update recorded them.
         */
        private @Nullable Map<String, List<OsvData.OsvRecord>> cachedAdvisories(List<String> packages) {
            Path indexFile = options.osvIndex();
            if (!Files.isRegularFile(indexFile)) {
                return null;
            }
            JsonNode byPackage;
            try {
                byPackage = JSON.readTree(Files.readString(indexFile)).path("packages");
            } catch (IOException | JacksonException e) {
                notices.add("the cached OSV index " + indexFile + " is unreadable (" + e.getMessage() + "); the"
                        + " advisories of the embedded snapshot are used");
                return null;
            }
            Map<String, List<OsvData.OsvRecord>> out = new LinkedHashMap<>();
            for (String pkg : packages) {
                JsonNode ids = byPackage.get(pkg);
                if (ids == null || !ids.isArray()) {
                    continue; // the last update did not ask for it: the snapshot's advisories stay for its entry
                }
                List<OsvData.OsvRecord> records = new ArrayList<>();
                for (JsonNode idNode : ids) {
                    String id = idNode.isString() ? idNode.stringValue() : "";
                    if (!RECORD_ID.matcher(id).matches()) {
                        continue;
                    }
                    Optional<OsvData.OsvRecord> r =
                            cached(options.cacheDir().resolve("osv").resolve(id + ".json"));
                    if (r.isPresent()) {
                        records.add(r.get());
                    } else {
                        notices.add("the cached OSV record " + id + " is missing or unreadable; it is left out");
                    }
                }
                out.put(pkg, records);
            }
            return out;
        }

        private Optional<OsvData.OsvRecord> fetchRecord(String id, String modified) {
            Path body = options.cacheDir().resolve("osv").resolve(id + ".json");
            Path meta = options.cacheDir().resolve("osv").resolve(id + ".properties");
            Properties m = readMeta(meta);
            if (Files.exists(body) && modified.equals(m.getProperty("modified"))) {
                try {
                    return Optional.of(OsvData.parse(Files.readString(body)));
                } catch (IOException | RuntimeException e) {
                    // fetch it again below
                }
            }
            try {
                HttpRequest req = HttpRequest.newBuilder(options.osvApi().resolve("vulns/" + id))
                        .timeout(options.timeout())
                        .GET()
                        .build();
                HttpResponse<String> res = client().send(req, HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) {
                    notices.add("OSV answered HTTP " + res.statusCode() + " for " + id + "; it is left out");
                    return cached(body);
                }
                String text = bounded(res.body(), "OSV " + id);
                OsvData.OsvRecord r = OsvData.parse(text);
                if (!r.id().equals(id)) {
                    throw new SourceDataException("OSV " + id + ": the record is " + r.id());
                }
                write(body, text);
                Properties fresh = new Properties();
                fresh.setProperty("modified", modified);
                writeMeta(meta, fresh);
                return Optional.of(r);
            } catch (SourceDataException e) {
                notices.add("OSV sent an unusable record for " + id + " (" + e.getMessage() + "); it is left out");
                return cached(body);
            } catch (IOException e) {
                notices.add("OSV could not be reached for " + id + "; the cached copy is used if there is one");
                return cached(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return cached(body);
            }
        }

        private static Optional<OsvData.OsvRecord> cached(Path body) {
            try {
                return Files.exists(body) ? Optional.of(OsvData.parse(Files.readString(body))) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        // ---------------------------------------------------------------- helpers

        private static String bounded(String body, String what) {
            if (body == null || body.length() > MAX_BODY) {
                throw new SourceDataException(what + ": the response is empty or larger than " + MAX_BODY + " bytes");
            }
            return body;
        }

        private static Properties readMeta(Path meta) {
            Properties p = new Properties();
            if (Files.exists(meta)) {
                try (var in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                    p.load(in);
                } catch (IOException e) {
                    return new Properties();
                }
            }
            return p;
        }

        private static void writeMeta(Path meta, Properties p) {
            StringBuilder sb = new StringBuilder();
            new TreeMap<>(p)
                    .forEach((k, v) -> sb.append(k)
                            .append('=')
                            .append(String.valueOf(v).replace("\\", "\\\\").replace("\n", "\\n"))
                            .append('\n'));
            write(meta, sb.toString());
        }

        // written to a temporary file first, so a reader never sees half a file
        private static void write(Path file, String text) {
            try {
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(
                        file.getParent(), file.getFileName().toString(), ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UnwritableFileException(file, "the catalog cache", e);
            }
        }
    }

    /** The endoflife.date product an entry's release lines come from, or {@code null}. */
    static @Nullable String product(TechnologyEntry e) {
        String prefix = "https://endoflife.date/";
        return e.source().startsWith(prefix)
                        && e.source().substring(prefix.length()).matches("[a-z0-9.+_-]+")
                ? e.source().substring(prefix.length())
                : null;
    }

    /** The OSV packages (keys such as {@code npm:lodash}) of an entry's package identifiers. */
    static List<String> osvPackages(TechnologyEntry e) {
        List<String> out = new ArrayList<>();
        for (String purl : e.identifiers()) {
            if (!purl.startsWith("pkg:")) {
                continue;
            }
            String rest = purl.substring(4);
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                continue;
            }
            String type = rest.substring(0, slash);
            String path = URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8);
            String key = switch (type) {
                case "maven" -> {
                    int last = path.lastIndexOf('/');
                    yield last <= 0
                            ? null
                            : OsvData.key(
                                    "Maven",
                                    path.substring(0, last).replace('/', '.') + ":" + path.substring(last + 1));
                }
                case "npm" -> OsvData.key("npm", path);
                case "pypi" -> OsvData.key("PyPI", path);
                case "golang" -> OsvData.key("Go", path);
                case "cargo" -> OsvData.key("crates.io", path);
                case "nuget" -> OsvData.key("NuGet", path);
                case "gem" -> OsvData.key("RubyGems", path);
                case "composer" -> OsvData.key("Packagist", path);
                default -> null;
            };
            if (key != null && !out.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    private static TechnologyEntry with(
            TechnologyEntry e, List<ReleaseLine> releases, @Nullable LocalDate asOf, List<Advisory> advisories) {
        return new TechnologyEntry(
                e.name(),
                e.displayName(),
                e.category(),
                e.docs(),
                e.aliases(),
                asOf == null ? e.verifiedOn() : asOf,
                e.source(),
                e.policy(),
                e.unversioned(),
                releases,
                e.deprecations(),
                advisories,
                e.identifiers());
    }
}
