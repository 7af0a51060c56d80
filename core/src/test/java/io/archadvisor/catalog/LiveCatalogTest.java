package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.archadvisor.base.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live update against a local server replaying recorded responses; nothing here touches the network. */
class LiveCatalogTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** An endoflife.date API v1 product response, in the shape the site generates. */
    static final String NODE_V1 = """
            {"schema_version":"1.2.0","generated_at":"2026-12-01T00:00:00+00:00","last_modified":"2026-11-30T10:00:00+00:00",
             "result":{"name":"nodejs","aliases":["node"],"label":"Node.js","category":"framework","tags":["javascript-runtime"],
              "versionCommand":"node --version","identifiers":[{"type":"purl","id":"pkg:docker/library/node"}],
              "labels":{"eoas":"Active Support","discontinued":null,"eol":"Security Support","eoes":null},
              "links":{"icon":null,"html":"https://endoflife.date/nodejs","releasePolicy":"https://nodejs.org/en/about/previous-releases"},
              "releases":[
               {"name":"26","codename":null,"label":"26","releaseDate":"2026-05-05","isLts":true,"ltsFrom":"2026-10-28",
                "isEoas":false,"eoasFrom":"2027-10-27","isEol":false,"eolFrom":"2029-04-30","isMaintained":true,
                "latest":{"name":"26.9.1","date":"2026-11-20","link":"https://example.org/26.9.1"},"custom":null},
               {"name":"20","codename":null,"label":"20","releaseDate":"2023-04-18","isLts":true,"ltsFrom":"2023-10-24",
                "isEoas":true,"eoasFrom":"2024-10-22","isEol":true,"eolFrom":"2026-04-30","isMaintained":false,
                "latest":{"name":"20.20.2","date":"2026-03-24","link":null},"custom":null}]}}""";

    static final String LODASH_RECORD = """
            {"schema_version":"1.4.0","id":"GHSA-jf85-cpcp-j695","modified":"2023-09-05T22:24:55Z",
             "published":"2019-07-10T19:45:23Z","aliases":["CVE-2019-10744"],"summary":"Prototype Pollution in lodash",
             "affected":[{"package":{"ecosystem":"npm","name":"lodash"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"4.17.12"}]}]}],
             "database_specific":{"severity":"CRITICAL"}}""";

    static final String QUERY_ANSWER = """
            {"results":[{"vulns":[{"id":"GHSA-jf85-cpcp-j695","modified":"2023-09-05T22:24:55Z"}]}]}""";

    @TempDir
    Path cache;

    private HttpServer server;
    private final Map<String, List<Reply>> replies = new HashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private record Reply(int status, String body, Map<String, String> headers) {}

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String key = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
        String conditional = ex.getRequestHeaders().getFirst("If-None-Match");
        requests.add(key + (conditional == null ? "" : " If-None-Match " + conditional));
        List<Reply> queue = replies.getOrDefault(key, List.of());
        Reply r = queue.isEmpty() ? new Reply(404, "{}", Map.of()) : queue.size() == 1 ? queue.get(0) : queue.remove(0);
        if (r.status() == 200
                && conditional != null
                && conditional.equals(r.headers().get("ETag"))) {
            r = new Reply(304, null, Map.of());
        }
        r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        byte[] body = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(r.status(), r.status() == 304 ? -1 : body.length);
        if (r.status() != 304) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    private void reply(String key, Reply... rs) {
        replies.put(key, new ArrayList<>(List.of(rs)));
    }

    private LiveCatalog.Options options(int port) {
        return new LiveCatalog.Options(
                URI.create("http://127.0.0.1:" + port + "/eol/"),
                URI.create("http://127.0.0.1:" + port + "/osv/"),
                cache,
                Duration.ofSeconds(10),
                CLOCK);
    }

    private LiveCatalog.Options options() {
        return options(server.getAddress().getPort());
    }

    private static TechnologyCatalog base() {
        ReleaseLine n20 = new ReleaseLine(
                Version.parse("20"),
                LocalDate.of(2023, 4, 18),
                null,
                null,
                Milestone.on(LocalDate.of(2026, 4, 30)),
                null,
                Version.parse("20.19.0"),
                null,
                null,
                List.of(),
                null);
        TechnologyEntry node = new TechnologyEntry(
                "nodejs",
                "Node.js",
                Category.LANGUAGE,
                "https://nodejs.org/docs/",
                List.of("node"),
                LocalDate.of(2026, 8, 22),
                "https://endoflife.date/nodejs",
                null,
                null,
                List.of(n20),
                List.of(),
                List.of(),
                List.of("pkg:docker/library/node"));
        TechnologyEntry lodash = new TechnologyEntry(
                "lodash",
                "Lodash",
                Category.LIBRARY,
                "https://lodash.com/docs/",
                List.of(),
                LocalDate.of(2026, 8, 22),
                "https://github.com/lodash/lodash",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of("pkg:npm/lodash"));
        return Catalogs.of("base", List.of(node, lodash));
    }

    private void healthySources() {
        reply(
                "GET /eol/products/nodejs",
                new Reply(200, NODE_V1, Map.of("ETag", "\"v1\"", "Last-Modified", "Mon, 30 Nov 2026 10:00:00 GMT")));
        reply("POST /osv/querybatch", new Reply(200, QUERY_ANSWER, Map.of()));
        reply("GET /osv/vulns/GHSA-jf85-cpcp-j695", new Reply(200, LODASH_RECORD, Map.of()));
    }

    @Test
    void anUpdateBringsTheLatestReleaseLinesAndAdvisoriesDatedByTheirFetch() {
        healthySources();
        LiveCatalog live = Catalogs.live(base(), options());
        assertEquals(List.of(), live.notices());
        TechnologyEntry node = live.find("node:26").orElseThrow();
        assertEquals(TODAY, node.verifiedOn());
        assertEquals("26.9.1", node.line("26").orElseThrow().latest().toString());
        assertEquals(
                LocalDate.of(2027, 10, 27),
                node.line("26").orElseThrow().endOfActiveSupport().date());
        Advisory a =
                live.find("pkg:npm/lodash@4.17.11").orElseThrow().advisories().get(0);
        assertEquals("GHSA-jf85-cpcp-j695", a.id());
        assertEquals(AdvisorySeverity.CRITICAL, a.severity());
        assertEquals(
                1,
                live.review("pkg:npm/lodash@4.17.11", null, TODAY).advisories().size());
        assertTrue(
                live.review("pkg:npm/lodash@4.17.21", null, TODAY).advisories().isEmpty());
        assertTrue(Files.exists(cache.resolve("endoflife/nodejs.json")));
        assertTrue(Files.exists(cache.resolve("osv/GHSA-jf85-cpcp-j695.json")));
    }

    @Test
    void theCacheAnUpdateLeftIsReadWithoutTheNetworkAndGivesTheSameCatalog() {
        healthySources();
        LiveCatalog live = Catalogs.live(base(), options());
        requests.clear();
        LiveCatalog cached = LiveCatalog.cached(base(), cache);
        assertEquals(List.of(), cached.notices());
        assertEquals(List.of(), requests, "nothing is fetched");
        assertEquals(live.entries(), cached.entries(), "the same release lines, dates and advisories");
        TechnologyEntry node = cached.find("nodejs").orElseThrow();
        assertEquals(TODAY, node.verifiedOn(), "dated by the update that fetched it, not by the reading");
        assertEquals("26.9.1", node.line("26").orElseThrow().latest().toString());
        assertEquals(
                List.of("GHSA-jf85-cpcp-j695"),
                cached.find("lodash").orElseThrow().advisories().stream()
                        .map(Advisory::id)
                        .toList());
        assertTrue(cached.name().startsWith("cached (base, "), cached.name());
    }

    @Test
    void aCachedAdvisoryTheLastQueryNoLongerNamedIsNotRead() {
        healthySources();
        Catalogs.live(base(), options());
        reply("POST /osv/querybatch", new Reply(200, "{\"results\":[{}]}", Map.of()));
        Catalogs.live(base(), options());
        LiveCatalog cached = LiveCatalog.cached(base(), cache);
        assertTrue(
                cached.find("lodash").orElseThrow().advisories().isEmpty(),
                "the record file stays in the cache, but the last query found no advisory for lodash");
    }

    @Test
    void aMissingCachedRecordIsANoticeAndTheOtherDataIsStillRead() throws IOException {
        healthySources();
        Catalogs.live(base(), options());
        Files.delete(cache.resolve("osv/GHSA-jf85-cpcp-j695.json"));
        LiveCatalog cached = LiveCatalog.cached(base(), cache);
        assertEquals(
                List.of("the cached OSV record GHSA-jf85-cpcp-j695 is missing or unreadable; it is left out"),
                cached.notices());
        assertEquals(
                "26.9.1",
                cached.find("nodejs")
                        .orElseThrow()
                        .line("26")
                        .orElseThrow()
                        .latest()
                        .toString());
    }

    @Test
    void aFolderWithoutCatalogDataIsRefusedWithTheFix() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> LiveCatalog.cached(base(), cache));
        assertTrue(e.getMessage().contains("holds no catalog data"), e.getMessage());
        assertTrue(e.getMessage().contains("archadvisor catalog update --cache-dir"), e.getMessage());
    }

    @Test
    void aSecondUpdateAsksConditionallyAndReusesWhatHasNotChanged() {
        healthySources();
        Catalogs.live(base(), options());
        requests.clear();
        LiveCatalog again = Catalogs.live(base(), options());
        assertEquals(List.of(), again.notices());
        assertTrue(requests.contains("GET /eol/products/nodejs If-None-Match \"v1\""), requests.toString());
        assertFalse(requests.stream().anyMatch(r -> r.startsWith("GET /osv/vulns/")), requests.toString());
        assertEquals(
                "26.9.1",
                again.find("nodejs")
                        .orElseThrow()
                        .line("26")
                        .orElseThrow()
                        .latest()
                        .toString());
        assertEquals(1, again.find("lodash").orElseThrow().advisories().size());
    }

    @Test
    void aServerErrorFallsBackToTheCacheWithANotice() {
        healthySources();
        Catalogs.live(base(), options());
        reply("GET /eol/products/nodejs", new Reply(503, "busy", Map.of()));
        LiveCatalog live = Catalogs.live(base(), options());
        assertEquals(
                List.of("endoflife.date answered HTTP 503 for nodejs; the cached copy checked on 2026-12-04 is"
                        + " used"),
                live.notices());
        assertEquals(
                "26.9.1",
                live.find("nodejs")
                        .orElseThrow()
                        .line("26")
                        .orElseThrow()
                        .latest()
                        .toString());
    }

    @Test
    void aMalformedBodyWithoutACacheFallsBackToTheEmbeddedSnapshotWithANotice() {
        healthySources();
        reply(
                "GET /eol/products/nodejs",
                new Reply(
                        200,
                        "{\"result\": {\"releases\": [{\"name\": \"26\"," + " \"releaseDate\": \"soon\"}]}}",
                        Map.of()));
        reply("GET /osv/vulns/GHSA-jf85-cpcp-j695", new Reply(200, "{\"id\": \"GHSA-jf85-cpcp-j695\"", Map.of()));
        LiveCatalog live = Catalogs.live(base(), options());
        assertEquals(2, live.notices().size(), live.notices().toString());
        assertTrue(
                live.notices()
                        .get(0)
                        .startsWith("OSV sent an unusable record for GHSA-jf85-cpcp-j695 (OSV record:" + " not JSON"),
                live.notices().get(0));
        assertEquals(
                "endoflife.date sent unusable data for nodejs (endoflife.date nodejs release 26 releaseDate:"
                        + " `soon` is not a date (YYYY-MM-DD)); the embedded snapshot is used",
                live.notices().get(1));
        TechnologyEntry node = live.find("nodejs").orElseThrow();
        assertEquals(LocalDate.of(2026, 8, 22), node.verifiedOn());
        assertEquals(
                List.of("20"),
                node.releases().stream().map(l -> l.cycle().toString()).toList());
        assertTrue(live.find("lodash").orElseThrow().advisories().isEmpty());
        assertFalse(Files.exists(cache.resolve("endoflife/nodejs.json")));
    }

    @Test
    void anAnswerOfTheWrongShapeKeepsTheSnapshotsAdvisories() {
        healthySources();
        reply("POST /osv/querybatch", new Reply(200, "{\"results\": []}", Map.of()));
        LiveCatalog live = Catalogs.live(base(), options());
        assertEquals(
                List.of("OSV sent an unusable answer to the advisory query (expected 1 results); the advisories"
                        + " of the embedded snapshot are used"),
                live.notices());
    }

    @Test
    void offlineEverythingFallsBackToTheSnapshotAndTheCommandSaysSo() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = LiveCatalog.runUpdate(base(), options(closed), new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, text);
        assertTrue(text.contains("notice: OSV (http://127.0.0.1:" + closed + "/osv/) could not be queried"), text);
        assertTrue(
                text.contains(
                        "notice: endoflife.date (http://127.0.0.1:" + closed + "/eol/) could not be" + " reached"),
                text);
        LiveCatalog live = Catalogs.live(base(), options(closed));
        assertEquals(base().entries(), live.entries());
    }

    @Test
    void onlyHttpsOrLoopbackHttpIsAccepted() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> new LiveCatalog.Options(
                        URI.create("http://endoflife.date/api/v1/"),
                        URI.create("https://api.osv.dev/v1/"),
                        cache,
                        Duration.ofSeconds(1),
                        CLOCK));
        assertTrue(e.getMessage().startsWith("endOfLifeApi (http://endoflife.date/api/v1/) must be an https URL"));
    }
}
