package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code archadvisor catalog update} against a local server replaying recorded endoflife.date and OSV responses;
 * nothing here touches the network.
 */
class CatalogUpdateTest {

    /** endoflife.date API v1, {@code GET /products/nodejs}, in the shape the site generates. */
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

    /** OSV, {@code GET /vulns/GHSA-jf85-cpcp-j695}. */
    static final String LODASH_RECORD = """
            {"schema_version":"1.4.0","id":"GHSA-jf85-cpcp-j695","modified":"2023-09-05T22:24:55Z",
             "published":"2019-07-10T19:45:23Z","aliases":["CVE-2019-10744"],"summary":"Prototype Pollution in lodash",
             "affected":[{"package":{"ecosystem":"npm","name":"lodash"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"4.17.12"}]}]}],
             "database_specific":{"severity":"CRITICAL"}}""";

    @TempDir
    Path cache;

    private HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

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

    /**
     * Node.js release lines; every other product unknown (404); the batch query answers one result per package asked
     * for, with the lodash advisory for npm lodash; that advisory's record.
     */
    private void handle(HttpExchange ex) throws IOException {
        String key = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
        requests.add(key);
        int status = 200;
        String body;
        if (key.equals("GET /eol/products/nodejs")) {
            body = NODE_V1;
        } else if (key.equals("POST /osv/querybatch")) {
            JsonNode query = JsonMapper.shared()
                    .readTree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ObjectNode answer = JsonMapper.shared().createObjectNode();
            ArrayNode results = answer.putArray("results");
            for (JsonNode q : query.path("queries")) {
                ObjectNode r = results.addObject();
                JsonNode p = q.path("package");
                if (p.path("ecosystem").asString().equals("npm")
                        && p.path("name").asString().equals("lodash")) {
                    r.putArray("vulns")
                            .addObject()
                            .put("id", "GHSA-jf85-cpcp-j695")
                            .put("modified", "2023-09-05T22:24:55Z");
                }
            }
            body = answer.toString();
        } else if (key.equals("GET /osv/vulns/GHSA-jf85-cpcp-j695")) {
            body = LODASH_RECORD;
        } else {
            status = 404;
            body = "{\"message\":\"not found\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void theUpdateFetchesReleaseLinesAndAdvisoriesIntoTheCacheAndSaysWhatItCouldNotGet() {
        Cli.Result r = update("--timeout", "30s");
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        String first = r.out().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("Catalog cache " + cache + ": 1 of "), first);
        assertTrue(first.contains(" technologies have lifecycle data as of "), first);
        assertTrue(
                r.out()
                        .contains("notice: endoflife.date answered HTTP 404 for postgresql; the embedded snapshot is"
                                + " used"),
                r::toString);
        assertTrue(Files.isRegularFile(cache.resolve("endoflife/nodejs.json")));
        assertTrue(Files.isRegularFile(cache.resolve("osv/GHSA-jf85-cpcp-j695.json")));
        assertTrue(requests.contains("POST /osv/querybatch"), requests::toString);
        assertEquals("", r.err());
    }

    /** {@code catalog update} into the test's cache from the local server, with these further arguments. */
    private Cli.Result update(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "catalog",
                "update",
                "--cache-dir",
                cache.toString(),
                "--endoflife-api",
                base() + "/eol/",
                "--osv-api",
                base() + "/osv/"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theUpdateSaysHowTheOtherCommandsUseTheCache() {
        Cli.Result r = update();
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(
                r.out()
                        .contains("Use it with --catalog " + cache + " (or `catalog: " + cache
                                + "` in .archadvisor.yaml)"),
                r::toString);
    }

    @Test
    void theCommandsReadTheCacheFolderNamedByCatalogWithoutTheNetwork() throws IOException {
        assertEquals(ExitCode.OK, update().exit());
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        requests.clear();
        Cli.Result cached = Cli.run("catalog", "show", "nodejs", "--catalog", cache.toString(), "--date", today);
        assertEquals(ExitCode.OK, cached.exit(), cached::toString);
        assertTrue(cached.out().contains("latest 26.9.1"), cached::toString);
        Cli.Result embedded = Cli.run("catalog", "show", "nodejs", "--date", today);
        assertFalse(embedded.out().contains("26.9.1"), "the embedded snapshot does not know the fetched release");

        Path system = cache.getParent().resolve("node-system.yaml");
        Files.writeString(system, """
                system: node-app
                existing:
                  technologies: [{name: nodejs, version: "20"}]
                """);
        Cli.Result advice = Cli.run(
                "advise", system.toString(), "--catalog", cache.toString(), "--format", "json", "--date", today);
        assertEquals(ExitCode.OK, advice.exit(), advice::toString);
        assertTrue(
                advice.out().contains("https://endoflife.date/nodejs, as of " + today + ")"),
                "the advice cites the cached data's date: " + advice.out());
        assertEquals(List.of(), requests, "nothing is fetched by advise or catalog show");
    }

    @Test
    void aCatalogFolderWithoutCachedDataIsRefusedWithTheFix() throws IOException {
        Path empty = Files.createDirectories(cache.resolve("nothing-here"));
        Cli.Result r = Cli.run("catalog", "show", "nodejs", "--catalog", empty.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(
                List.of("archadvisor: --catalog " + empty + ": the folder holds no catalog data; name the folder that"
                        + " `archadvisor catalog update --cache-dir` wrote, or run the update first"),
                r.errLines());
    }

    @Test
    void theUpdateRefusesACacheFolderAsTheCatalogFileToUpdate() {
        Cli.Result r = Cli.run("catalog", "update", "--cache-dir", cache.toString(), "--catalog", cache.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("is a folder: `catalog update` updates a catalog YAML file"), r::toString);
        assertTrue(requests.isEmpty());
    }

    @Test
    void offlineEverythingFallsBackToTheSnapshotAndTheStatusIsOne() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String root = "http://127.0.0.1:" + closed;
        Cli.Result r = Cli.run(
                "catalog",
                "update",
                "--cache-dir",
                cache.toString(),
                "--endoflife-api",
                root + "/eol/",
                "--osv-api",
                root + "/osv/");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("notice: endoflife.date (" + root + "/eol/) could not be reached"), r::toString);
        assertTrue(r.out().contains("notice: OSV (" + root + "/osv/) could not be queried"), r::toString);
    }

    @Test
    void aPlainHttpSourceOnAnotherHostIsRefusedNamingTheFlag() {
        Cli.Result r = Cli.run(
                "catalog", "update", "--cache-dir", cache.toString(), "--endoflife-api", "http://mirror.example/eol/");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(
                List.of("archadvisor: --endoflife-api (http://mirror.example/eol/) must be an https URL (http only to"
                        + " localhost); the catalog must not be fetched in the clear"),
                r.errLines());
        assertTrue(requests.isEmpty());
    }

    @Test
    void aSourceThatIsNotAnAddressIsNamed() {
        Cli.Result r = Cli.run("catalog", "update", "--cache-dir", cache.toString(), "--osv-api", "osv");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(
                List.of("archadvisor: --osv-api `osv` is not a web address: write it as https://host/path/"),
                r.errLines());
    }
}
