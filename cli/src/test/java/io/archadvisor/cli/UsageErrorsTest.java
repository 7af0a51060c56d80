package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake a user can make on the command line: exit 2 and one line that names the thing and the fix. */
class UsageErrorsTest {

    @TempDir
    Path dir;

    private static String oneLine(Cli.Result r) {
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), () -> "one line: " + r);
        assertEquals("", r.out(), r::toString);
        return r.errLines().get(0);
    }

    @Test
    void aReportThatCannotBeWrittenToStandardOutputIsAnErrorNotASuccess() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = Main.execute(
                Cli.pinned("advise", Cli.ORDER_PLATFORM.toString()),
                new Streams(
                        java.io.InputStream.nullInputStream(),
                        new java.io.PrintStream(full, true, java.nio.charset.StandardCharsets.UTF_8),
                        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)),
                SharedAdvisors.INSTANCE);
        assertEquals(ExitCode.EVALUATION, exit);
        assertTrue(
                err.toString(java.nio.charset.StandardCharsets.UTF_8)
                        .contains("archadvisor: standard output could not be written"),
                err::toString);
    }

    @Test
    void aMisspelledFlagIsNamedWithTheFlagItResembles() {
        String line = oneLine(Cli.run("check", "--fial-on", "high", Cli.ORDER_PLATFORM.toString()));
        assertEquals(
                "archadvisor check: unknown option `--fial-on`; did you mean `--fail-on`? (see `archadvisor check"
                        + " --help`)",
                line);
    }

    @Test
    void aFlagWithAnEqualsSignIsAcceptedAndAMisspelledOneNamedWithoutItsValue() {
        String line = oneLine(Cli.run("check", "--fail-onn=high", Cli.ORDER_PLATFORM.toString()));
        assertTrue(line.contains("unknown option `--fail-onn`; did you mean `--fail-on`?"), line);
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        String line = oneLine(Cli.run("advice", "x.yaml"));
        assertTrue(line.startsWith("archadvisor: unknown command `advice`; did you mean `advise`?"), line);
        String other = oneLine(Cli.run("frobnicate"));
        assertTrue(other.contains("the commands are advise, check, explain, what-if, diff, validate"), other);
    }

    @Test
    void anUnknownOutputFormatNamesTheFormatsAndTheSyntax() {
        String line = oneLine(Cli.run("check", Cli.ORDER_PLATFORM.toString(), "--output", "pdf=out.pdf"));
        assertTrue(line.contains("--output `pdf=out.pdf`: "), line);
        assertTrue(line.contains("nknown output format `pdf`: choose one of markdown, mermaid, json, sarif"), line);
        assertTrue(line.contains("FORMAT=FILE"), line);
    }

    @Test
    void anUnknownFormatForAdviseIsNamedToo() {
        String line = oneLine(Cli.run("advise", Cli.ORDER_PLATFORM.toString(), "--format", "yaml"));
        assertTrue(line.contains("nknown output format `yaml`"), line);
    }

    @Test
    void aMissingFileIsNamedWithTheFixBeforeAnyRuleCompiles() {
        String line =
                oneLine(Cli.run("check", "--no-config", dir.resolve("nope.yaml").toString()));
        assertEquals(
                "archadvisor: " + dir.resolve("nope.yaml") + ": no such file; give the path of a requirements"
                        + " YAML file, or - to read standard input",
                line);
    }

    @Test
    void aFolderGivenAsTheInputIsNamed() {
        String line = oneLine(Cli.run("advise", "--no-config", dir.toString()));
        assertTrue(line.contains(dir + " is a folder: give the path of a requirements YAML file"), line);
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Path f = Files.writeString(dir.resolve("locked.yaml"), "system: x\n");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                f.toFile().setReadable(false, false) && !Files.isReadable(f),
                "the file system lets this user read any file (root)");
        String line = oneLine(Cli.run("check", "--no-config", f.toString()));
        assertTrue(line.contains("locked.yaml: cannot be read; check its permissions"), line);
    }

    @Test
    void anUnknownConfigKeyIsLocatedAndTheClosestKeySuggested() throws IOException {
        Files.writeString(dir.resolve(Config.FILE_NAME), "failOn: high\nfailon: critical\n");
        Path input = Files.copy(Cli.ORDER_PLATFORM, dir.resolve("system.yaml"));
        String line = oneLine(Cli.run("check", input.toString()));
        assertTrue(
                line.startsWith("archadvisor: " + dir.resolve(Config.FILE_NAME) + ":2:1: the key `failon` is not a"
                        + " key of the configuration; did you mean `failOn`?"),
                line);
    }

    @Test
    void aBadConfigValueIsLocatedWithWhatIsAllowed() throws IOException {
        Files.writeString(dir.resolve(Config.FILE_NAME), "timeout: soon\n");
        Path input = Files.copy(Cli.ORDER_PLATFORM, dir.resolve("system.yaml"));
        String line = oneLine(Cli.run("check", input.toString()));
        assertTrue(
                line.contains(Config.FILE_NAME + ":1:10: the key `timeout` (soon) is invalid: write it as 10s,"
                        + " 500ms or 2m"),
                line);
    }

    @Test
    void aConfigTimeoutOfZeroIsBlamedOnTheConfigNotOnAFlag() throws IOException {
        Files.writeString(dir.resolve(Config.FILE_NAME), "timeout: 0s\n");
        Path input = Files.copy(Cli.ORDER_PLATFORM, dir.resolve("system.yaml"));
        String line = oneLine(Cli.run("check", input.toString()));
        assertTrue(line.contains(Config.FILE_NAME + ":1:10: "), line);
        assertTrue(line.contains("must be positive and at most 24h"), line);
        assertTrue(!line.contains("--timeout"), line);
    }

    @Test
    void aMissingBaselineOrWaiversFileIsNamedWithoutOfferingStandardInput() {
        String baseline = oneLine(Cli.run(Cli.pinned("check", Cli.ORDER_PLATFORM.toString(), "--baseline", "-")));
        assertEquals("archadvisor: -: no such file; give the path of a baseline JSON file", baseline);
        String waivers = oneLine(Cli.run(Cli.pinned("check", Cli.ORDER_PLATFORM.toString(), "--waivers", "-")));
        assertEquals("archadvisor: -: no such file; give the path of a waivers YAML file", waivers);
    }

    @Test
    void aMissingConfigFileGivenByFlagIsNamed() {
        String line = oneLine(
                Cli.run("check", "--config", dir.resolve("nope.yaml").toString(), Cli.ORDER_PLATFORM.toString()));
        assertTrue(line.contains("--config " + dir.resolve("nope.yaml") + ": no such file"), line);
    }

    @Test
    void aBadDurationOrDateOrSeverityNamesTheForm() {
        assertTrue(oneLine(Cli.run("check", "--no-config", "--timeout", "5x", Cli.ORDER_PLATFORM.toString()))
                .contains("--timeout `5x` is not a duration: write it as 10s, 500ms or 2m"));
        assertTrue(oneLine(Cli.run(
                        "check", "--no-config", "--timeout", "99999999999999999s", Cli.ORDER_PLATFORM.toString()))
                .contains("--timeout must be at most 24h"));
        assertTrue(oneLine(Cli.run("check", "--no-config", "--date", "22/08/2026", Cli.ORDER_PLATFORM.toString()))
                .contains("--date `22/08/2026` is not a date: write it as YYYY-MM-DD"));
        assertTrue(oneLine(Cli.run("check", "--no-config", "--fail-on", "severe", Cli.ORDER_PLATFORM.toString()))
                .contains("`severe` is not a severity: choose one of info, low, medium, high, critical, none"));
    }

    @Test
    void aMissingArgumentNamesIt() {
        String line = oneLine(Cli.run("advise"));
        assertTrue(line.startsWith("archadvisor advise: Missing required parameter: 'FILE|-'"), line);
    }

    @Test
    void noCommandAtAllListsTheCommands() {
        String line = oneLine(Cli.run());
        assertTrue(line.contains("no command given: choose one of advise, check"), line);
    }

    @Test
    void aMissingRulesFolderIsNamed() {
        String line = oneLine(Cli.run(
                "check", "--no-config", "--rules", dir.resolve("rules").toString(), Cli.ORDER_PLATFORM.toString()));
        assertTrue(line.contains("--rules " + dir.resolve("rules") + ": no such file or folder"), line);
    }

    @Test
    void untrustedRulesThatReachOutsideTheFactApiAreRejectedWithFileAndLine() throws IOException {
        Path drl = Files.writeString(dir.resolve("evil.drl"), """
                package acme;
                import io.archadvisor.facts.TeamSize;
                rule "ACME-EXIT"
                when
                    TeamSize()
                then
                    System.exit(0);
                end
                """);
        Cli.Result r = Cli.run(Cli.pinned("check", "--untrusted-rules", drl.toString(), Cli.ORDER_PLATFORM.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains(drl + ":7:"), r::toString);
        assertTrue(r.err().contains("System"), r::toString);
    }
}
