package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code advise|check --from PATH… [FILE]}: advice on what imported files describe, with an optional overlay, and
 * SARIF regions at the lines of the files the facts came from; and the same real lines for plain requirements files.
 */
class FromImportsTest {

    @TempDir
    Path dir;

    private Path compose() throws IOException {
        return Files.writeString(dir.resolve("compose.yaml"), ImportCommandTest.COMPOSE);
    }

    private Path overlay() throws IOException {
        return Files.writeString(dir.resolve("overlay.yaml"), """
                system: shop
                team: {size: 6, expertise: [java, postgresql], opsMaturity: medium}
                timeline: {monthsToFirstRelease: 3, stage: mvp}
                """);
    }

    private static JsonNode results(Path sarif) throws IOException {
        return JsonMapper.shared()
                .readTree(Files.readString(sarif))
                .path("runs")
                .path(0)
                .path("results");
    }

    /** Every (uri, startLine) a SARIF result of this rule points at. */
    private static List<String> regions(JsonNode results, String ruleId) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : results) {
            if (r.path("ruleId").asString().equals(ruleId)) {
                JsonNode physical = r.path("locations").path(0).path("physicalLocation");
                out.add(physical.path("artifactLocation").path("uri").asString() + ":"
                        + physical.path("region").path("startLine").asInt());
            }
        }
        return out;
    }

    @Test
    void checkFromAComposeFilePointsTheSarifRegionAtTheComposeLines() throws IOException {
        Path compose = compose();
        Path sarif = dir.resolve("advice.sarif");
        Cli.Result r = Cli.run(Cli.pinned(
                "check",
                "--fail-on=none",
                "--no-fail-on-checklist",
                "--from",
                compose.toString(),
                "-o",
                "sarif=" + sarif));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(
                r.err().startsWith("archadvisor: Imported 1 file (1 docker-compose): 3 services, 1 datastore · "),
                "one line on what was imported: " + r);
        JsonNode results = results(sarif);
        List<String> shared = regions(results, "AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE");
        assertEquals(1, shared.size(), results::toString);
        String region = shared.get(0);
        assertTrue(region.contains("compose.yaml:"), region);
        int line = Integer.parseInt(region.substring(region.lastIndexOf(':') + 1));
        String text = Files.readAllLines(compose).get(line - 1);
        assertTrue(
                text.contains("orders:") || text.contains("inventory:") || text.contains("db"),
                () -> "line " + line + " `" + text + "` is not where a service or the shared datastore is written");
        for (JsonNode result : results) {
            String uri = result.path("locations")
                    .path(0)
                    .path("physicalLocation")
                    .path("artifactLocation")
                    .path("uri")
                    .asString();
            assertTrue(uri.isEmpty() || uri.endsWith("compose.yaml"), () -> "a result points at " + uri);
        }
    }

    @Test
    void adviseFromFilesWithAnOverlayAfterTheFilesReadsTheOverlay() throws IOException {
        Path compose = compose();
        Path overlay = overlay();
        Cli.Result after =
                Cli.run(Cli.pinned("advise", "--format", "json", "--from", compose.toString(), overlay.toString()));
        assertEquals(ExitCode.OK, after.exit(), after::toString);
        assertTrue(after.out().contains("a team of 6 engineers"), "the overlay's team size is a fact of the advice");
        Cli.Result before =
                Cli.run(Cli.pinned("advise", "--format", "json", overlay.toString(), "--from", compose.toString()));
        assertEquals(ExitCode.OK, before.exit(), before::toString);
        assertEquals(after.out(), before.out(), "the overlay before or after --from is the same run");
        List<String> dashes = new ArrayList<>(List.of(Cli.pinned("advise", "--format", "json")));
        dashes.addAll(List.of("--from", compose.toString(), "--", overlay.toString()));
        Cli.Result flag = Cli.run(dashes.toArray(String[]::new));
        assertEquals(after.out(), flag.out(), flag::toString);
    }

    @Test
    void theOverlaysValuesAreLocatedInTheOverlayAndTheImportedOnesInTheirFiles() throws IOException {
        Path compose = compose();
        Path overlay = overlay();
        Cli.Result json =
                Cli.run(Cli.pinned("advise", "--format", "json", "--from", compose.toString(), overlay.toString()));
        assertTrue(
                json.out()
                        .matches("(?s).*\"path\": \"team\\.size\",\\s*\"value\": \"6\",\\s*\"location\": \\{\\s*"
                                + "\"source\": \"" + java.util.regex.Pattern.quote(overlay.toString())
                                + "\",\\s*\"line\": 2,.*"),
                "team.size located in the overlay");
        assertTrue(
                json.out()
                        .matches("(?s).*\"path\": \"proposal\\.services\\[\\d]\",\\s*\"value\": \"orders\",\\s*"
                                + "\"location\": \\{\\s*\"source\": \""
                                + java.util.regex.Pattern.quote(compose.toString())
                                + "\",\\s*\"line\": 6,.*"),
                "the service orders located at its line in the compose file");
    }

    @Test
    void aLastFileThatIsNeitherImportableNorRequirementsIsReportedAsNotImportable() throws IOException {
        Path compose = compose();
        Path notes = Files.writeString(dir.resolve("notes.yaml"), "title: release notes\n");
        Cli.Result r = Cli.run(Cli.pinned("check", "--from", compose.toString(), notes.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("archadvisor: " + notes + ":1:1: is not a file any importer reads"), r::toString);
    }

    @Test
    void aCheckOnAFolderNoImporterReadsFailsInsteadOfPassingOnNothing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("deploy"));
        Files.writeString(folder.resolve("README.md"), "# deploy\n");
        Cli.Result r = Cli.run(Cli.pinned("check", "--from", folder.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(
                r.err()
                        .contains("archadvisor: --from " + folder + ": no file there is one an importer reads, so there"
                                + " is nothing to advise on"),
                r::toString);
        assertFalse(r.err().contains("PASS"), r::toString);
    }

    @Test
    void twoOverlaysAreAUsageError() throws IOException {
        Path compose = compose();
        Path overlay = overlay();
        Cli.Result r =
                Cli.run(Cli.pinned("check", overlay.toString(), overlay.toString(), "--from", compose.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(
                r.err().contains("--from takes at most one overlay requirements file, but 2 were given"), r::toString);
    }

    @Test
    void filesThatDisagreeStopTheCheckWithEveryConflictLocated() throws IOException {
        Path a = Files.writeString(
                Files.createDirectories(dir.resolve("a")).resolve("compose.yaml"),
                "services:\n  web:\n    image: nginx:1.27\n    deploy: {replicas: 2}\n");
        Path b = Files.writeString(
                Files.createDirectories(dir.resolve("b")).resolve("compose.yaml"),
                "services:\n  web:\n    image: nginx:1.27\n    deploy: {replicas: 4}\n");
        Cli.Result r = Cli.run(Cli.pinned("check", "--from", a.toString(), b.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("archadvisor: " + a + ":4:"), r::toString);
        assertTrue(r.err().contains("state the value in the overlay file, which wins"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileAfterFromIsNamedBeforeTheRulesCompile() {
        Path missing = dir.resolve("deploy");
        Cli.Result r = Cli.run(Cli.pinned("check", "--from", missing.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(
                r.err().startsWith("archadvisor: " + missing + ": no such file or folder; give a compose file"),
                r::toString);
    }

    @Test
    void standardInputCannotBeTheOverlay() throws IOException {
        Path compose = compose();
        Cli.Result r = Cli.run(Cli.pinned("check", "-", "--from", compose.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("the overlay of --from cannot be standard input"), r::toString);
    }

    @Test
    void neitherAFileNorFromIsAUsageErrorNamingBoth() {
        Cli.Result r = Cli.run("check");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(
                List.of("archadvisor check: Missing required parameter: 'FILE': give requirements YAML files, - for"
                        + " standard input, or --from PATH to import them (see `archadvisor check --help`)"),
                r.errLines());
    }

    @Test
    void aSarifRegionOfAPlainRequirementsFileIsTheLineTheFactWasWrittenOn() throws IOException {
        Path sarif = dir.resolve("order.sarif");
        Cli.Result r = Cli.run(Cli.pinned("check", Cli.ORDER_PLATFORM.toString(), "-o", "sarif=" + sarif));
        assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
        List<String> shared = regions(results(sarif), "AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE");
        assertEquals(1, shared.size());
        String region = shared.get(0);
        int line = Integer.parseInt(region.substring(region.lastIndexOf(':') + 1));
        assertFalse(line == 1, region);
        // the finding rests on the services that share main-db, written on lines 28-34 of the sample
        assertTrue(line >= 28 && line <= 34, region);
        assertTrue(region.startsWith(Cli.ORDER_PLATFORM.toString()) || region.contains("order-platform.yaml"), region);
    }

    @Test
    void explainNamesTheLineOfEachFact() {
        Cli.Result r = Cli.run(
                Cli.pinned("explain", Cli.ORDER_PLATFORM.toString(), "AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE"));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("order-platform.yaml:30:"), r::toString);
    }
}
