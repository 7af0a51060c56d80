package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command-line part of the catalogue in docs/troubleshooting.md: each mistake on the command line, its exit status
 * 2 and the exact one line it prints. The files a case names live in a fresh folder, written without it in the guide.
 */
class CliTroubleshootingTest {

    /** Prepares the folder a case runs in. */
    @FunctionalInterface
    interface Setup {
        void in(Path dir) throws IOException;
    }

    /**
     * One mistake.
     *
     * @param id the entry's id in docs/troubleshooting.md
     * @param setup the files the case needs
     * @param args the command line, {@code @} standing for the case's folder
     * @param line the one line printed on standard error, with paths relative to the folder
     */
    record Mistake(String id, Setup setup, List<String> args, String line) {
        @Override
        public String toString() {
            return id;
        }
    }

    private static final Setup NOTHING = dir -> {};

    private static final Setup SYSTEM = dir -> Files.writeString(dir.resolve("system.yaml"), "system: shop\n");

    private static Mistake m(String id, Setup setup, String command, String line) {
        return new Mistake(id, setup, Arrays.asList(command.split(" ")), line);
    }

    static Stream<Mistake> mistakes() {
        return Stream.of(
                m(
                        "cli-unknown-option",
                        SYSTEM,
                        "check --fial-on high @/system.yaml",
                        "archadvisor check: unknown option `--fial-on`; did you mean `--fail-on`? (see `archadvisor"
                                + " check --help`)"),
                m(
                        "cli-unknown-command",
                        SYSTEM,
                        "advice @/system.yaml",
                        "archadvisor: unknown command `advice`; did you mean `advise`? (see `archadvisor --help`)"),
                m(
                        "cli-missing-input",
                        NOTHING,
                        "check",
                        "archadvisor check: Missing required parameter: 'FILE': give requirements YAML files, - for"
                                + " standard input, or --from PATH to import them (see `archadvisor check --help`)"),
                m(
                        "cli-unknown-format",
                        SYSTEM,
                        "check @/system.yaml --output pdf=out.pdf",
                        "archadvisor: --output `pdf=out.pdf`: unknown output format `pdf`: choose one of markdown,"
                                + " mermaid, json, sarif, junit, github, html (or the file extensions md, mmd). Write"
                                + " FORMAT=FILE, such as"
                                + " sarif=build/advice.sarif, or FORMAT=- for standard output."),
                m(
                        "cli-file-missing",
                        NOTHING,
                        "check --no-config @/system.yaml",
                        "archadvisor: system.yaml: no such file; give the path of a requirements YAML file, or - to"
                                + " read standard input"),
                m(
                        "cli-folder-as-input",
                        NOTHING,
                        "advise --no-config @",
                        "archadvisor: @ is a folder: give the path of a requirements YAML file"),
                m(
                        "cli-config-unknown-key",
                        dir -> {
                            SYSTEM.in(dir);
                            Files.writeString(dir.resolve(Config.FILE_NAME), "failOn: high\nfailon: critical\n");
                        },
                        "check @/system.yaml",
                        "archadvisor: .archadvisor.yaml:2:1: the key `failon` is not a key of the configuration; did"
                                + " you mean `failOn`? The keys are: " + String.join(", ", ConfigFile.keys())),
                m(
                        "cli-bad-duration",
                        SYSTEM,
                        "check --no-config --timeout 5x @/system.yaml",
                        "archadvisor: --timeout `5x` is not a duration: write it as 10s, 500ms or 2m"),
                m(
                        "cli-bad-severity",
                        SYSTEM,
                        "check --no-config --fail-on severe @/system.yaml",
                        "archadvisor: `severe` is not a severity: choose one of info, low, medium, high, critical,"
                                + " none"),
                m(
                        "cli-import-unknown-kind",
                        dir -> Files.writeString(dir.resolve("notes.yaml"), "title: release notes\n"),
                        "import @/notes.yaml",
                        "archadvisor: notes.yaml:1:1: is not a file any importer reads; the formats are "
                                + String.join(
                                        ", ",
                                        io.archadvisor.imports.Importers.standard().importers().stream()
                                                .map(io.archadvisor.imports.Importer::format)
                                                .toList())
                                + " (a compose file needs `services:`, a Kubernetes manifest `apiVersion:` and"
                                + " `kind:`)"),
                m(
                        "cli-import-missing",
                        NOTHING,
                        "import @/deploy",
                        "archadvisor: deploy: no such file or folder; give a compose file, Kubernetes manifest,"
                                + " Backstage catalog, Terraform plan (JSON), OpenAPI or AsyncAPI contract or"
                                + " Structurizr workspace, or a folder of them"),
                m(
                        "cli-import-out-exists",
                        dir -> {
                            Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
                            SYSTEM.in(dir);
                        },
                        "import @/compose.yaml --out @/system.yaml",
                        "archadvisor: --out system.yaml already exists: choose another file, or --force to replace"
                                + " it"),
                m(
                        "cli-from-two-overlays",
                        dir -> {
                            Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
                            SYSTEM.in(dir);
                            Files.writeString(dir.resolve("team.yaml"), "team: {size: 4}\n");
                        },
                        "check --no-config @/system.yaml @/team.yaml --from @/compose.yaml",
                        "archadvisor: --from takes at most one overlay requirements file, but 2 were given"
                                + " (system.yaml, team.yaml): merge them into one overlay, or pass the files to"
                                + " import after --from"),
                m(
                        "cli-adr-dir-is-file",
                        dir -> {
                            SYSTEM.in(dir);
                            Files.writeString(dir.resolve("adr"), "a file\n");
                        },
                        "adr --no-config --date 2026-08-22 @/system.yaml --dir @/adr",
                        "archadvisor: The ADR folder adr is a file; give a folder (such as docs/adr)."),
                m(
                        "cli-catalog-update-plain-http",
                        NOTHING,
                        "catalog update --cache-dir @/cache --endoflife-api http://mirror.example/eol/",
                        "archadvisor: --endoflife-api (http://mirror.example/eol/) must be an https URL (http only to"
                                + " localhost); the catalog must not be fetched in the clear"));
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsExitTwoAndTheDocumentedLine(Mistake mistake) throws IOException {
        mistake.setup().in(dir);
        String[] args =
                mistake.args().stream().map(a -> a.replace("@", dir.toString())).toArray(String[]::new);
        Cli.Result r = Cli.run(args);
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), () -> "one line: " + r);
        String line =
                r.errLines().get(0).replace(dir + java.io.File.separator, "").replace(dir.toString(), "@");
        assertEquals(mistake.line(), line);
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Path f = Files.writeString(dir.resolve("system.yaml"), "system: shop\n");
        Assumptions.assumeTrue(
                f.toFile().setReadable(false, false) && !Files.isReadable(f),
                "the file system lets this user read any file (root)");
        Cli.Result r = Cli.run("check", "--no-config", f.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(List.of("archadvisor: " + f + ": cannot be read; check its permissions"), r.errLines());
    }

    @Test
    void theTroubleshootingGuideListsEveryCommandLineMistakeWithItsLine() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "troubleshooting.md"));
        for (Mistake m : mistakes().toList()) {
            assertTrue(guide.contains("### `" + m.id() + "`"), "docs/troubleshooting.md lacks " + m.id());
            assertTrue(
                    guide.contains("\n" + m.line().replace("@", "deploy") + "\n")
                            || guide.contains("\n" + m.line() + "\n"),
                    "docs/troubleshooting.md lacks the line of " + m.id() + ": " + m.line());
        }
        assertTrue(guide.contains("### `cli-unreadable-file`"), "docs/troubleshooting.md lacks cli-unreadable-file");
    }
}
