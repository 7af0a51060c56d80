package io.archadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.cli.CheckOptions;
import io.archadvisor.cli.CliException;
import io.archadvisor.cli.FailLevel;
import io.archadvisor.render.Format;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's parameters become the command's options; nothing here compiles rules (the sample builds in src/it do). */
class CheckMojoTest {

    @TempDir
    Path project;

    private CheckMojo mojo(String... files) {
        CheckMojo m = new CheckMojo();
        m.basedir = project.toFile();
        m.files = java.util.Arrays.stream(files).map(File::new).toList();
        return m;
    }

    @Test
    void relativePathsAreResolvedAgainstTheProjectFolderAndAbsoluteOnesKept() throws MojoExecutionException {
        CheckMojo m = mojo("src/arch/system.yaml");
        Path elsewhere = project.resolve("../shared/catalog.yaml").normalize();
        m.catalog = elsewhere.toFile();
        m.rules = List.of(new File("rules/acme"));
        m.waivers = new File("waivers.yaml");
        m.baseline = new File("baseline.json");
        m.outputs = List.of("sarif=target/archadvisor.sarif", "markdown=-");
        CheckOptions o = m.options();
        assertEquals(List.of(CheckMojo.display(project.resolve("src/arch/system.yaml"))), o.inputs());
        assertEquals(
                project.resolve("src/arch/system.yaml"),
                Path.of(o.inputs().get(0)).toAbsolutePath());
        assertEquals(elsewhere, o.advisor().catalog());
        assertEquals(List.of(project.resolve("rules/acme")), o.advisor().rules());
        assertEquals(project.resolve("waivers.yaml"), o.waivers());
        assertEquals(project.resolve("baseline.json"), o.baseline());
        assertEquals(Format.SARIF, o.outputs().get(0).format());
        assertEquals(
                project.resolve("target/archadvisor.sarif").toString(),
                o.outputs().get(0).path());
        assertTrue(o.outputs().get(1).isStdout(), "FORMAT=- stays standard output (the build log)");
    }

    @Test
    void theDefaultsAreThoseOfTheCommandsCheck() throws MojoExecutionException {
        CheckOptions o = mojo("system.yaml").options();
        assertEquals(CheckOptions.DEFAULT_FAIL_ON, o.failOn());
        assertTrue(o.failOnChecklist());
        assertTrue(o.outputs().isEmpty());
        assertNull(o.waivers(), "waivers.yaml next to each file, as the command does");
        assertNull(o.advisor().date());
    }

    @Test
    void limitsDateAndThresholdAreParsedAsTheCommandParsesThem() throws MojoExecutionException {
        CheckMojo m = mojo("system.yaml");
        m.failOn = "CRITICAL";
        m.failOnChecklist = false;
        m.timeout = "2m";
        m.maxFirings = 5000;
        m.date = "2026-08-22";
        m.disabledRules = List.of("PAT-MS-LARGE-TEAM");
        CheckOptions o = m.options();
        assertEquals(FailLevel.CRITICAL, o.failOn());
        assertEquals(false, o.failOnChecklist());
        assertEquals(Duration.ofMinutes(2), o.advisor().timeout());
        assertEquals(5000, o.advisor().maxFirings());
        assertEquals(LocalDate.of(2026, 8, 22), o.advisor().date());
        assertEquals(List.of("PAT-MS-LARGE-TEAM"), o.advisor().disabledRules());
    }

    @Test
    void theNearestConfigurationFileSuppliesWhatNoParameterSetsWithItsPathsRelativeToItsFolder()
            throws IOException, MojoExecutionException {
        Files.writeString(project.resolve(".archadvisor.yaml"), """
                failOn: critical
                failOnChecklist: false
                outputs: [sarif=build/advice.sarif]
                disabledRules: [PAT-MS-LARGE-TEAM]
                timeout: 2m
                """);
        Files.createDirectories(project.resolve("arch"));
        CheckMojo m = mojo("arch/system.yaml");
        m.failOn = "medium";
        CheckOptions o = m.options();
        assertEquals(FailLevel.MEDIUM, o.failOn(), "a parameter wins over the key");
        assertEquals(false, o.failOnChecklist());
        assertEquals(
                project.resolve("build/advice.sarif").toString(),
                o.outputs().get(0).path());
        assertEquals(List.of("PAT-MS-LARGE-TEAM"), o.advisor().disabledRules());
        assertEquals(Duration.ofMinutes(2), o.advisor().timeout());
        m.disabledRules = List.of();
        assertEquals(List.of(), m.options().advisor().disabledRules(), "a given list replaces the file's");
        m.noConfig = true;
        CheckOptions none = m.options();
        assertTrue(none.failOnChecklist() && none.outputs().isEmpty(), "noConfig ignores the file");
    }

    @Test
    void aNamedConfigurationFileIsReadStrictlyWithLocatedProblems() throws IOException {
        Files.writeString(project.resolve("ci.yaml"), "failOn: high\nfailon: low\n");
        CheckMojo m = mojo("system.yaml");
        m.config = new File("ci.yaml");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::options);
        assertTrue(e.getMessage().contains("ci.yaml:2:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("failon"), e.getMessage());
    }

    @Test
    void anUnknownSeverityIsAnErrorNamingTheChoices() {
        CheckMojo m = mojo("system.yaml");
        m.failOn = "hihg";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::options);
        assertEquals("`hihg` is not a severity: choose one of info, low, medium, high, critical, none", e.getMessage());
    }

    @Test
    void anUnknownOutputFormatIsAnErrorNamingTheForm() {
        CheckMojo m = mojo("system.yaml");
        m.outputs = List.of("pdf=target/a.pdf");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::options);
        assertTrue(e.getMessage().contains("unknown output format `pdf`"), e.getMessage());
        assertTrue(e.getMessage().contains("Write FORMAT=FILE"), e.getMessage());
    }

    @Test
    void aBadTimeoutOrDateIsAnErrorNamingTheParameter() {
        CheckMojo m = mojo("system.yaml");
        m.timeout = "soon";
        assertTrue(assertThrows(MojoExecutionException.class, m::options)
                .getMessage()
                .contains("<timeout> `soon` is not a duration"));
        m.timeout = null;
        m.date = "22.08.2026";
        assertTrue(assertThrows(MojoExecutionException.class, m::options)
                .getMessage()
                .contains("<date> `22.08.2026` is not a date: write it as YYYY-MM-DD"));
    }

    @Test
    void noRequirementsFileIsAnErrorSayingWhereToNameOne() {
        CheckMojo m = mojo();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
        assertTrue(e.getMessage().contains("<files><file>"), e.getMessage());
    }

    @Test
    void severalFilesNeedANamePlaceholderInEachOutputPath() {
        CheckMojo m = mojo("a.yaml", "b.yaml");
        m.outputs = List.of("sarif=target/advice.sarif");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::options);
        assertTrue(e.getMessage().contains("put {name} in the path"), e.getMessage());
    }

    @Test
    void aMissingRequirementsFileFailsBeforeAnyRuleIsCompiled() {
        CheckMojo m = mojo("missing.yaml");
        m.advisors = options -> {
            throw new AssertionError("no advisor may be built for a missing file");
        };
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
        assertTrue(
                e.getMessage().startsWith(CheckMojo.display(project.resolve("missing.yaml")) + ": no such file"),
                e.getMessage());
    }

    @Test
    void filesBelowTheFolderMavenRunsInAreNamedRelativeToItAndOthersAbsolutely() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(
                Path.of("src", "it", "system.yaml").toString(),
                CheckMojo.display(cwd.resolve("src/it/../it/system.yaml")));
        Path outside = cwd.getRoot().resolve("elsewhere/system.yaml");
        assertEquals(outside.toString(), CheckMojo.display(outside));
    }

    @Test
    void rulesThatDoNotLoadFailTheBuildAsAnErrorWithTheirLocation() throws IOException {
        Files.writeString(project.resolve("system.yaml"), "system: shop\nteam: {size: 4}\n");
        CheckMojo m = mojo("system.yaml");
        m.advisors = options -> {
            throw new CliException("rules/acme.drl:3:5: mismatched input `whn`; did you mean `when`?");
        };
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
        assertEquals("rules/acme.drl:3:5: mismatched input `whn`; did you mean `when`?", e.getMessage());
    }

    @Test
    void skipDoesNothingEvenWithoutFiles() {
        CheckMojo m = mojo();
        m.skip = true;
        assertDoesNotThrow(m::execute);
    }
}
