package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code archadvisor adr FILE --dir DIR}: MADR records from the advice, kept current. */
class AdrCommandTest {

    @TempDir
    Path dir;

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void theRecordsAreWrittenThenARerunOnTheSameAdviceChangesNoFile() throws IOException {
        Path adr = dir.resolve("docs/adr");
        Cli.Result first = Cli.run(Cli.pinned("adr", Cli.STARTUP_MVP.toString(), "--dir", adr.toString()));
        assertEquals(ExitCode.OK, first.exit(), first::toString);
        Map<String, String> written = files(adr);
        assertTrue(written.containsKey("0001-use-a-modular-monolith.md"), written::toString);
        assertTrue(first.out().startsWith("created 0001-use-a-modular-monolith.md (proposed)\n"), first::toString);
        assertTrue(first.out().contains("\n" + written.size() + " created, 0 updated, 0 superseded"), first::toString);
        assertTrue(first.out().endsWith("Wrote " + written.size() + " records in " + adr + ".\n"), first::toString);
        assertTrue(
                written.get("0001-use-a-modular-monolith.md").contains("\ndate: " + Cli.DATE + "\n"),
                "dated with the advice date");

        Cli.Result again = Cli.run(Cli.pinned("adr", Cli.STARTUP_MVP.toString(), "--dir", adr.toString()));
        assertEquals(ExitCode.OK, again.exit(), again::toString);
        assertEquals(written, files(adr), "byte for byte the same files");
        assertTrue(
                again.out()
                        .contains("0 created, 0 updated, 0 superseded, 0 deprecated, " + written.size()
                                + " unchanged, 0 edited by hand"),
                again::toString);
        assertTrue(again.out().endsWith(adr + " is up to date.\n"), again::toString);
    }

    @Test
    void aChangedPrimaryPatternSupersedesExactlyOneRecord() throws IOException {
        Path adr = dir.resolve("adr");
        Path system = Files.copy(Cli.STARTUP_MVP, dir.resolve("system.yaml"));
        assertEquals(
                ExitCode.OK,
                Cli.run(Cli.pinned("adr", system.toString(), "--dir", adr.toString()))
                        .exit());
        // two years on: 80 engineers at the growth stage, with clear bounded contexts that scale independently
        Files.writeString(
                system,
                Files.readString(system)
                        .replace("\n  size: 5\n", "\n  size: 80\n")
                        .replace("stage: mvp", "stage: growth")
                        .replace("clarity: unclear", "clarity: clear")
                        .replace("boundedContexts: []", "boundedContexts: [bookings, billing, studios]")
                        .replace("independentScaling: false", "independentScaling: true"));
        Cli.Result r = Cli.run(Cli.pinned("adr", system.toString(), "--dir", adr.toString(), "--dry-run"));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().startsWith("Dry run: nothing is written to " + adr), r::toString);
        List<String> superseded =
                r.out().lines().filter(l -> l.startsWith("superseded ")).toList();
        assertEquals(1, superseded.size(), r::toString);
        assertTrue(superseded.get(0).startsWith("superseded 0001-use-a-modular-monolith.md by "), r::toString);
    }

    @Test
    void aDryRunPrintsThePlanAndWritesNothing() {
        Path adr = dir.resolve("adr");
        Cli.Result r = Cli.run(Cli.pinned("adr", Cli.ORDER_PLATFORM.toString(), "--dir", adr.toString(), "--dry-run"));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("\ncreated 0001-"), r::toString);
        assertFalse(Files.exists(adr), "nothing written");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("adr"), "not a folder\n");
        Cli.Result r = Cli.run(Cli.pinned("adr", Cli.ORDER_PLATFORM.toString(), "--dir", file.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(
                List.of("archadvisor: The ADR folder " + file + " is a file; give a folder (such as docs/adr)."),
                r.errLines());
    }

    @Test
    void anInvalidInputWritesNoRecord() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "team:\n  size: 0\n");
        Path adr = dir.resolve("adr");
        Cli.Result r = Cli.run(Cli.pinned("adr", bad.toString(), "--dir", adr.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains(bad + ":2:9: The field `team.size` (0) must be ≥ 1."), r::toString);
        assertFalse(Files.exists(adr));
    }

    @Test
    void recordsFromImportedFiles() throws IOException {
        Path compose = Files.writeString(dir.resolve("compose.yaml"), ImportCommandTest.COMPOSE);
        Path adr = dir.resolve("adr");
        Cli.Result r = Cli.run(Cli.pinned("adr", "--from", compose.toString(), "--dir", adr.toString()));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("created 0001-"), r::toString);
        assertFalse(files(adr).isEmpty());
    }
}
