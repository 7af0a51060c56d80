package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.yaml.RequirementsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code archadvisor import}: an editable requirements file from the files a team already has. */
class ImportCommandTest {

    /** A small shop: a web front end and two services, one PostgreSQL database both services use. */
    static final String COMPOSE = """
            services:
              web:
                image: nginx:1.27
                depends_on: [orders]
                ports: ["80:80"]
              orders:
                image: eclipse-temurin:21
                environment:
                  DATABASE_URL: postgres://db:5432/shop
                  INVENTORY_URL: http://inventory:8080
                deploy:
                  replicas: 3
              inventory:
                image: eclipse-temurin:21
                environment:
                  DATABASE_URL: postgres://db:5432/shop
              db:
                image: postgres:16
            """;

    @TempDir
    Path dir;

    private Path compose() throws IOException {
        return Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
    }

    @Test
    void aComposeFileBecomesRequirementsOnStandardOutputEachValueFollowedByItsLine() throws IOException {
        Path compose = compose();
        Cli.Result r = Cli.run("import", compose.toString());
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        Requirements read = RequirementsReader.read(r.out(), "imported.yaml");
        List<String> services =
                read.proposal().services().stream().map(ServiceSpec::name).toList();
        assertTrue(services.containsAll(List.of("web", "orders", "inventory")), services::toString);
        ServiceSpec orders = read.proposal().services().stream()
                .filter(s -> s.name().equals("orders"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, orders.instances(), r::toString);
        assertTrue(r.out().contains("- name: orders  # " + compose + ":6"), r::toString);
        assertTrue(r.out().contains("inferred from the image postgres:16"), r::toString);
        assertTrue(
                r.err().lines().anyMatch(l -> l.startsWith("Imported 1 file (1 docker-compose): 3 services,")),
                r::toString);
    }

    @Test
    void theOutFileIsWrittenAndNotReplacedWithoutForce() throws IOException {
        Path compose = compose();
        Path out = dir.resolve("req/system.yaml");
        Cli.Result r = Cli.run("import", compose.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertEquals("", r.out());
        assertTrue(Files.readString(out).contains("- name: inventory"), r::toString);
        assertTrue(
                r.err()
                        .contains("Wrote " + out + "; next: add what the files cannot say, then archadvisor advise "
                                + out),
                r::toString);

        Cli.Result again = Cli.run("import", compose.toString(), "--out", out.toString());
        assertEquals(ExitCode.USAGE, again.exit(), again::toString);
        assertEquals(
                List.of("archadvisor: --out " + out + " already exists: choose another file, or --force to replace"
                        + " it"),
                again.errLines());
        Cli.Result forced = Cli.run("import", compose.toString(), "--out", out.toString(), "--force", "--quiet");
        assertEquals(ExitCode.OK, forced.exit(), forced::toString);
        assertEquals("", forced.err(), "--quiet prints nothing but errors");
    }

    @Test
    void theOverlaySaysWhatFilesCannotAndWins() throws IOException {
        Path compose = compose();
        Path overlay = Files.writeString(dir.resolve("overlay.yaml"), """
                team: {size: 7}
                proposal:
                  services:
                    - {name: orders, instances: 4}
                """);
        Cli.Result r = Cli.run("import", compose.toString(), "--overlay", overlay.toString());
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        Requirements read = RequirementsReader.read(r.out(), "imported.yaml");
        assertEquals(7, read.team().size());
        assertEquals(
                4,
                read.proposal().services().stream()
                        .filter(s -> s.name().equals("orders"))
                        .findFirst()
                        .orElseThrow()
                        .instances());
    }

    @Test
    void aFolderIsWalkedAndFilesOfNoFormatAreNotedNotFatal() throws IOException {
        compose();
        Files.writeString(dir.resolve("notes.yaml"), "title: not a manifest\n");
        Cli.Result r = Cli.run("import", dir.toString());
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("- name: orders"), r::toString);
        assertTrue(r.err().contains("note: 1 file is of no format an importer reads and is skipped: "), r::toString);
    }

    @Test
    void twoFilesThatDisagreeAreReportedAsAConflictAndTheValueLeftOut() throws IOException {
        Path a = Files.writeString(
                Files.createDirectories(dir.resolve("a")).resolve("compose.yaml"),
                "services:\n  web:\n    image: nginx:1.27\n    deploy: {replicas: 2}\n");
        Path b = Files.writeString(
                Files.createDirectories(dir.resolve("b")).resolve("compose.yaml"),
                "services:\n  web:\n    image: nginx:1.27\n    deploy: {replicas: 4}\n");
        Cli.Result r = Cli.run("import", a.toString(), b.toString());
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(
                r.err()
                        .lines()
                        .anyMatch(l -> l.startsWith("conflict: " + a + ":4:")
                                && l.contains("stated as 2 here and stated as 4 at " + b)),
                r::toString);
        assertTrue(r.err().contains("· 1 conflict"), r::toString);
    }

    @Test
    void aFileOfNoKnownKindIsOneLineNamingItAndTheFormats() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.yaml"), "title: not a manifest\n");
        Cli.Result r = Cli.run("import", notes.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(
                r.err()
                        .startsWith("archadvisor: " + notes + ":1:1: is not a file any importer reads; the formats are"
                                + " "),
                r::toString);
        assertTrue(r.err().contains("docker-compose") && r.err().contains("kubernetes"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void aMissingPathIsOneLineBeforeAnythingIsRead() throws IOException {
        Path compose = compose();
        Path missing = dir.resolve("deploy");
        Cli.Result r = Cli.run("import", compose.toString(), missing.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(
                List.of("archadvisor: " + missing + ": no such file or folder; give a compose file, Kubernetes"
                        + " manifest, Backstage catalog, Terraform plan (JSON), OpenAPI or AsyncAPI contract or"
                        + " Structurizr workspace, or a folder of them"),
                r.errLines());
    }

    @Test
    void anInvalidOverlayIsLocated() throws IOException {
        Path compose = compose();
        Path overlay = Files.writeString(dir.resolve("overlay.yaml"), "team: {size: 0}\n");
        Cli.Result r = Cli.run("import", compose.toString(), "--overlay", overlay.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("archadvisor: " + overlay + ":1:14: "), r::toString);
        assertTrue(r.err().contains("`team.size` (0) must be ≥ 1"), r::toString);
    }

    @Test
    void noPathAtAllIsAUsageError() {
        Cli.Result r = Cli.run("import");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("archadvisor import: Missing required parameter: 'PATH'"), r::toString);
    }
}
