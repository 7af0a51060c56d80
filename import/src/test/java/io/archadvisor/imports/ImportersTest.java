package io.archadvisor.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.model.Requirements;
import io.archadvisor.yaml.RequirementsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection, merging, conflicts, the overlay, the commented YAML and hostile input. */
class ImportersTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aFolderIsWalkedAndEachFileIsDetectedByItsContentNotItsName() throws IOException {
        write("deploy/stack.yaml", "services:\n  web:\n    image: nginx:1.27\n");
        write("deploy/app.yml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\n");
        write("ci/workflow.yaml", "on: push\njobs: {build: {runs-on: ubuntu-latest}}\n");
        write("node_modules/x/compose.yaml", "services:\n  junk: {image: redis}\n");
        write(".git/compose.yaml", "services:\n  junk: {image: redis}\n");
        List<Importers.Detection> found = Importers.detect(dir);
        assertEquals(
                List.of("deploy/app.yml=kubernetes", "deploy/stack.yaml=docker-compose"),
                found.stream()
                        .map(d -> dir.relativize(d.file()).toString().replace('\\', '/') + "=" + d.format())
                        .toList());
    }

    @Test
    void theCommentedYamlReadsBackAsTheSameRequirementsAndNamesEveryOrigin() {
        ImportedRequirements i = Fixtures.read(
                "compose/nextcloud-redis-mariadb/compose.yaml",
                "kubernetes/microservices-demo/kubernetes-manifests.yaml");
        String yaml = i.toYaml();
        Requirements back = RequirementsReader.read(yaml, "imported.yaml");
        assertEquals(i.requirements(), back);
        assertTrue(
                yaml.contains(
                        "    - name: nc  # " + Fixtures.ROOT + "compose/nextcloud-redis-mariadb/compose.yaml:2\n"),
                yaml);
        assertTrue(yaml.contains("technology: mariadb  # inferred from the image mariadb:10.5 ("), yaml);
        assertTrue(yaml.contains("  kubernetes: true  # "), yaml);
        assertFalse(yaml.contains("team:"), "unknowns are left out");
    }

    @Test
    void aFileNameWithALineBreakCannotWriteYamlIntoTheImportedFile() throws IOException {
        Path file = write("x\nteam: {size: 999}\n#.yaml", "services:\n  web:\n    image: ghcr.io/acme/web:1\n");
        ImportedRequirements i = Fixtures.IMPORTERS.read(List.of(file.getParent()));
        Requirements back = RequirementsReader.read(i.toYaml(), "imported.yaml");
        assertNull(back.team(), i.toYaml());
        assertEquals(i.requirements(), back);
    }

    @Test
    void twoFilesStatingDifferentValuesForOneThingAreAConflictNamingBothAndTheValueStaysUnknown() throws IOException {
        Path a = write(
                "a/compose.yaml", "services:\n  web:\n    image: ghcr.io/acme/web:1\n    deploy: {replicas: 2}\n");
        Path b = write(
                "b/compose.yaml", "services:\n  web:\n    image: ghcr.io/acme/web:1\n    deploy: {replicas: 4}\n");
        ImportedRequirements i = Fixtures.IMPORTERS.read(List.of(a, b));
        assertTrue(i.hasConflicts());
        assertNull(i.requirements().proposal().services().get(0).instances(), "never a silent pick");
        Conflict c = i.conflicts().get(0);
        assertEquals("proposal.services[0].instances", c.path());
        assertEquals(
                a + ":4:24: the instances of service web is stated as 2 here and stated as 4 at " + b
                        + ":4:24; make the files agree, or state the value in the overlay file, which wins",
                c.message());
        ImportException e = assertThrows(ImportException.class, i::requireNoConflicts);
        assertEquals(c.message(), e.getMessage());
        assertTrue(i.toYaml().contains("# CONFLICT, left unknown: " + a + ":4:24"));
    }

    @Test
    void theOverlayWinsAndAddsWhatFilesCannotSayWithItsOwnLocations() throws IOException {
        Path compose = write("compose.yaml", """
                services:
                  web:
                    image: ghcr.io/acme/web:1
                    deploy: {replicas: 2}
                    depends_on: [api]
                  api:
                    image: ghcr.io/acme/api:1
                """);
        Path overlay = write("overlay.yaml", """
                team: {size: 6}
                proposal:
                  services:
                    - name: web
                      instances: 3
                      calls: [{to: api, mode: sync}]
                    - name: worker
                """);
        ImportedRequirements i = Fixtures.IMPORTERS.read(List.of(compose), overlay);
        Requirements r = i.requirements();
        assertEquals(6, r.team().size());
        assertEquals(3, Fixtures.service(r, "web").instances());
        assertEquals(
                io.archadvisor.model.CallMode.SYNC,
                Fixtures.service(r, "web").calls().get(0).mode());
        assertEquals(List.of("web", "api", "worker"), Fixtures.names(r));
        assertEquals(
                overlay + ":5:18",
                i.sources().find("proposal.services[0].instances").orElseThrow().toString());
        assertEquals(
                overlay + ":1:14", i.sources().find("team.size").orElseThrow().toString());
        assertEquals(
                compose + ":6:3",
                i.sources().find("proposal.services[1]").orElseThrow().toString());
        assertTrue(i.origins().get("proposal.services[0].instances").overlay());
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().contains("replaces the imported 2")),
                i.notes().toString());
        assertFalse(i.hasConflicts());
    }

    @Test
    void aFileGivenByNameThatNoImporterReadsIsALocatedError() throws IOException {
        Path p = write("notes.yaml", "title: hello\n");
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.IMPORTERS.read(List.of(p)));
        assertTrue(
                e.getMessage()
                        .startsWith(p + ":1:1: is not a file any importer reads; the formats are"
                                + " docker-compose, kubernetes"),
                e.getMessage());
    }

    @Test
    void aYamlBombIsRefusedWithItsLocation() throws IOException {
        StringBuilder bomb = new StringBuilder("services:\n  a: &a {image: [x, x, x, x, x, x, x, x, x, x]}\n");
        String prev = "a";
        for (int n = 0; n < 12; n++) {
            String name = "b" + n;
            bomb.append("  ").append(name).append(": &").append(name).append(" [");
            for (int k = 0; k < 10; k++) {
                bomb.append(k == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = name;
        }
        Path p = write("compose.yaml", bomb.toString());
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.IMPORTERS.read(List.of(p)));
        assertTrue(e.getMessage().startsWith(p + ":"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("values (counting every alias expansion); raise the limit with"
                                + " ImportLimits (its ReadLimits maxNodes)"),
                e.getMessage());
    }

    @Test
    void aTemplateNamedOnPurposeIsAnErrorNotAnEmptyImport() throws IOException {
        Path template = write(
                "chart/templates/deployment.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n");
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.IMPORTERS.read(List.of(template)));
        assertTrue(e.getMessage().contains("deployment.yaml:1:1: is a template (it contains `{{`)"), e.getMessage());
    }

    @Test
    void aFolderFileThatIsNotValidYamlOrATemplateIsSkippedWithANoteNotACrash() throws IOException {
        write(
                "chart/templates/deployment.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                        + "  name: {{ .Release.Name }}\n  labels: {{- include \"x\" . | nindent 4 }}\n");
        write("broken.yaml", "services:\n  web: [unclosed\n");
        write("compose.yaml", "services:\n  web: {image: 'nginx:1.27'}\n");
        ImportedRequirements i = Fixtures.IMPORTERS.read(List.of(dir));
        assertEquals(List.of("web"), Fixtures.names(i.requirements()));
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().contains("is a template")),
                i.notes().toString());
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().startsWith("is not valid YAML or JSON")),
                i.notes().toString());
    }

    @Test
    void aHugeFileGivenByNameIsRefusedBeforeItIsRead() throws IOException {
        Path p = write("compose.yaml", "services: {}\n" + "#".repeat(2048));
        Importers small = Fixtures.IMPORTERS.withLimits(
                new ImportLimits(10, 1024, 4096, 3, io.archadvisor.yaml.ReadLimits.DEFAULTS));
        ImportException e = assertThrows(ImportException.class, () -> small.read(List.of(p)));
        assertTrue(
                e.getMessage().contains(":1:1: is 2061 bytes, larger than the limit of 1024 bytes per file"),
                e.getMessage());
    }

    @Test
    void theFileCountLimitStopsAWalkWithANote() throws IOException {
        for (int n = 0; n < 5; n++) {
            write("f" + n + ".yaml", "services:\n  s" + n + ": {image: 'nginx:1.27'}\n");
        }
        Importers small = Fixtures.IMPORTERS.withLimits(
                new ImportLimits(3, 1024, 1 << 20, 3, io.archadvisor.yaml.ReadLimits.DEFAULTS));
        ImportedRequirements i = small.read(List.of(dir));
        assertEquals(List.of("s0", "s1", "s2"), Fixtures.names(i.requirements()));
        assertTrue(
                i.notes().get(0).message().startsWith("more than 3 files"),
                i.notes().toString());
    }

    @Test
    void anOverlayThatIsNotValidRequirementsIsRefusedWithItsLocation() throws IOException {
        Path compose = write("compose.yaml", "services:\n  web: {image: 'nginx:1.27'}\n");
        Path overlay = write("overlay.yaml", "team: {size: 0}\n");
        ImportException e =
                assertThrows(ImportException.class, () -> Fixtures.IMPORTERS.read(List.of(compose), overlay));
        assertEquals(overlay + ":1:14: The field `team.size` (0) must be ≥ 1.", e.getMessage());
    }

    @Test
    void aComposeFileAndAManifestThatDisagreeOnADatastoresEngineAreAConflictAcrossFormats() {
        SourceFile compose = SourceFile.of("compose.yaml", "services:\n  db: {image: 'postgres:16'}\n");
        SourceFile manifest = SourceFile.of("db.yaml", """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec: {replicas: 1, template: {spec: {containers: [{name: db, image: "mysql:8.4"}]}}}
                """);
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(compose, manifest));
        assertNull(i.requirements().proposal().datastores().get(0).technology());
        assertEquals(
                "compose.yaml:2:15: the technology of datastore db is postgresql (inferred from the image"
                        + " postgres:16) here and mysql (inferred from the image mysql:8.4) at db.yaml:4:70; make the files"
                        + " agree, or state the value in the overlay file, which wins",
                i.conflicts().get(0).message());
    }
}
