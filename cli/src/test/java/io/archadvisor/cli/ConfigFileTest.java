package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void theNearestConfigAboveTheInputIsFoundAndTheSearchStopsAtAGitRoot() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo/a/b"));
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.writeString(dir.resolve(Config.FILE_NAME), "failOn: low\n"); // above the git root: not found
        assertEquals(java.util.Optional.empty(), ConfigFile.find(repo));
        Files.writeString(dir.resolve("repo/a/" + Config.FILE_NAME), "failOn: critical\n");
        assertEquals(
                dir.resolve("repo/a/" + Config.FILE_NAME).toAbsolutePath(),
                ConfigFile.find(repo).orElseThrow());
    }

    @Test
    void aConfigAboveTheInputThatAnotherUserOwnsIsIgnored() throws IOException {
        Files.createDirectories(dir.resolve("shared/.git")); // the search stops here either way
        Path planted = Files.writeString(dir.resolve("shared/" + Config.FILE_NAME), "rules: [evil.drl]\n");
        Path input = Files.createDirectories(dir.resolve("shared/work/project"));
        java.nio.file.attribute.UserPrincipal nobody;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(planted, nobody);
        } catch (IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("changing a file's owner needs root and a POSIX file system: " + e);
            return;
        }
        assertEquals(java.util.Optional.empty(), ConfigFile.find(input), "planted by another user");
        Files.setOwner(planted, Files.getOwner(input));
        assertEquals(planted.toAbsolutePath(), ConfigFile.find(input).orElseThrow(), "one's own is found");
    }

    @Test
    void everyKeyIsReadAndPathsAreRelativeToTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve(Config.FILE_NAME), """
                failOn: medium
                failOnChecklist: false
                outputs: [sarif=build/advice.sarif, markdown=-]
                rules: [rules/acme]
                disabledRules: [PAT-MS-LARGE-TEAM]
                catalog: our-catalog.yaml
                maxFirings: 5000
                timeout: 2s
                date: 2026-08-22
                """);
        ConfigFile c = ConfigFile.read(file);
        assertEquals(FailLevel.MEDIUM, c.config().failOn());
        assertEquals(false, c.config().failOnChecklist());
        CommonFlags noFlags = new CommonFlags();
        AdvisorOptions o = noFlags.advisorOptions(c);
        assertEquals(List.of(dir.resolve("rules/acme").toAbsolutePath().normalize()), o.rules());
        assertEquals(dir.resolve("our-catalog.yaml").toAbsolutePath().normalize(), o.catalog());
        assertEquals(List.of("PAT-MS-LARGE-TEAM"), o.disabledRules());
        assertEquals(5000, o.maxFirings());
        assertEquals(Duration.ofSeconds(2), o.timeout());
        assertEquals(LocalDate.of(2026, 8, 22), o.date());
        List<OutputTarget> outputs = CommonFlags.outputs(null, c);
        assertEquals(
                dir.resolve("build/advice.sarif").toAbsolutePath().normalize().toString(),
                outputs.get(0).path());
        assertTrue(outputs.get(1).isStdout());
    }

    @Test
    void flagsOverrideTheConfig() throws IOException {
        Path file = Files.writeString(
                dir.resolve(Config.FILE_NAME), "timeout: 2s\ndisabledRules: [A]\n" + "outputs: [json=x.json]\n");
        CommonFlags flags = new CommonFlags();
        flags.timeout = "5s";
        flags.disabledRules = List.of("B");
        AdvisorOptions o = flags.advisorOptions(ConfigFile.read(file));
        assertEquals(Duration.ofSeconds(5), o.timeout());
        assertEquals(List.of("B"), o.disabledRules());
        assertEquals(
                List.of(OutputTarget.parse("sarif=y.sarif")),
                CommonFlags.outputs(List.of("sarif=y.sarif"), ConfigFile.read(file)));
    }

    @Test
    void theConfigDecidesTheThresholdWhenNoFlagDoes() throws IOException {
        Files.writeString(dir.resolve(Config.FILE_NAME), "failOn: critical\ndate: 2026-08-22\ntimeout: 120s\n");
        Path input = Files.copy(Cli.ORDER_PLATFORM, dir.resolve("system.yaml"));
        Cli.Result r = Cli.run("check", input.toString());
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("PASS (--fail-on critical"), r::toString);
        Cli.Result flag = Cli.run("check", "--fail-on=high", input.toString());
        assertEquals(ExitCode.FINDINGS, flag.exit(), flag::toString);
    }

    @Test
    void anEmptyConfigIsNoSettings() throws IOException {
        Path file = Files.writeString(dir.resolve(Config.FILE_NAME), "# nothing yet\n");
        assertEquals(Config.EMPTY, ConfigFile.read(file).config());
    }

    @Test
    void everyProblemOfAConfigIsReportedOnItsOwnLocatedLine() throws IOException {
        Path file = Files.writeString(dir.resolve(Config.FILE_NAME), """
                failOn: severe
                maxFirings: 0
                outputs: [pdf=a.pdf]
                """);
        ConfigException e =
                org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, () -> ConfigFile.read(file));
        List<String> lines = e.getMessage().lines().toList();
        assertEquals(3, lines.size(), e.getMessage());
        assertTrue(
                lines.get(0)
                        .startsWith(file + ":1:9: the key `failOn` (severe) must be one of info, low, medium,"
                                + " high, critical, none"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":2:13: the key `maxFirings` (0) must be ≥ 1"), lines.get(1));
        assertTrue(lines.get(2).contains("`outputs[0]` (pdf=a.pdf) is invalid"), lines.get(2));
    }
}
