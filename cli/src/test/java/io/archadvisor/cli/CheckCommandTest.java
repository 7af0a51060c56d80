package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void aHighFindingFailsTheCheckWithExitOneAndNamesTheFinding() {
        Cli.Result r = Cli.run(Cli.pinned("check", Cli.ORDER_PLATFORM.toString()));
        assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith("AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE (HIGH) in main-db"), r::toString);
        assertEquals("1 finding (1 high) · checklist 8 pass, 0 fail · FAIL (--fail-on high, checklist)", lines.get(1));
        assertEquals("", r.err());
    }

    @Test
    void failOnCriticalLetsTheSameSamplePass() {
        Cli.Result r = Cli.run(Cli.pinned("check", "--fail-on", "critical", Cli.ORDER_PLATFORM.toString()));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertEquals("1 finding (1 high) · checklist 8 pass, 0 fail · PASS (--fail-on critical, checklist)\n", r.out());
    }

    @Test
    void failedChecklistItemsFailTheCheckUnlessTurnedOff() {
        Cli.Result on = Cli.run(Cli.pinned("check", "--fail-on=none", Cli.STARTUP_MVP.toString()));
        assertEquals(ExitCode.FINDINGS, on.exit(), on::toString);
        assertTrue(on.out().contains("checklist NO_DEPRECATED_FEATURES failed"), on::toString);
        Cli.Result off =
                Cli.run(Cli.pinned("check", "--fail-on=none", "--no-fail-on-checklist", Cli.STARTUP_MVP.toString()));
        assertEquals(ExitCode.OK, off.exit(), off::toString);
        assertTrue(
                off.out().startsWith("2 findings (1 critical, 1 high) · checklist 5 pass, 1 fail," + " 2 unknown"),
                off::toString);
    }

    @Test
    void severalOutputsAreWrittenInOneRunAndStandardOutputGetsOnlyWhatNamesIt() throws IOException {
        Path sarif = dir.resolve("build/advice.sarif");
        Path json = dir.resolve("build/advice.json");
        Cli.Result r = Cli.run(Cli.pinned(
                "check",
                Cli.ORDER_PLATFORM.toString(),
                "--output",
                "sarif=" + sarif,
                "--output=json=" + json,
                "--output",
                "markdown=-"));
        assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
        JsonNode s = JsonMapper.shared().readTree(Files.readString(sarif));
        assertEquals("2.1.0", s.path("version").asString());
        assertEquals(
                "AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE",
                s.path("runs").path(0).path("results").path(0).path("ruleId").asString());
        assertTrue(
                Files.readString(json).contains("\"anti-pattern:AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE:main-db\""));
        assertTrue(r.out().startsWith("# "), "the Markdown report on standard output");
        assertFalse(r.out().contains("· FAIL"), "the summary goes to standard error when a report is on stdout");
        assertTrue(r.err().contains("1 finding (1 high) · checklist 8 pass, 0 fail · FAIL"), r::toString);
    }

    @Test
    void sarifPointsAtTheYamlLineOfAFactTheFindingRestsOnNotAtTheTopOfTheFile() throws IOException {
        Path sarif = dir.resolve("advice.sarif");
        Cli.Result r = Cli.run(Cli.pinned("check", Cli.ORDER_PLATFORM.toString(), "--output", "sarif=" + sarif));
        assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
        JsonNode location = JsonMapper.shared()
                .readTree(Files.readString(sarif))
                .path("runs")
                .path(0)
                .path("results")
                .path(0)
                .path("locations")
                .path(0)
                .path("physicalLocation");
        assertEquals(
                Cli.ORDER_PLATFORM.toString(),
                location.path("artifactLocation").path("uri").asString());
        int line = location.path("region").path("startLine").asInt();
        List<String> yaml = Files.readAllLines(Cli.ORDER_PLATFORM, StandardCharsets.UTF_8);
        assertTrue(line > 1 && yaml.get(line - 1).contains("main-db"), () -> "line " + line + ": " + yaml);
    }

    @Test
    void standardInputIsReadForADash() throws IOException {
        String yaml = Files.readString(Cli.ORDER_PLATFORM, StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithInput(yaml, Cli.pinned("check", "-"));
        assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
        assertTrue(r.out().contains("1 finding (1 high)"), r::toString);
    }

    @Test
    void aBaselineOfTheSameAdviceLeavesNothingNewToFailOn() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        Cli.Result advise =
                Cli.run(Cli.pinned("advise", Cli.STARTUP_MVP.toString(), "--output", "json=" + baseline, "--quiet"));
        assertEquals(ExitCode.OK, advise.exit(), advise::toString);
        Cli.Result r = Cli.run(Cli.pinned("check", Cli.STARTUP_MVP.toString(), "--baseline", baseline.toString()));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().contains(" · 3 in the baseline · PASS"), r::toString);
    }

    @Test
    void aBaselineThatIsNotAJsonAdviceIsAUsageError() throws IOException {
        Path baseline = Files.writeString(dir.resolve("baseline.json"), "{\"nodes\": 3}");
        Cli.Result r = Cli.run(Cli.pinned("check", Cli.ORDER_PLATFORM.toString(), "--baseline", baseline.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains("is not a JSON advice") && r.err().contains("--format json"), r::toString);
    }

    @Test
    void aBaselineThatIsNotARegularFileIsRefusedBeforeItIsRead() {
        Path zero = Path.of("/dev/zero"); // endless: reading it whole ran the JVM out of memory
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
        Cli.Result r = Cli.run(Cli.pinned("check", Cli.ORDER_PLATFORM.toString(), "--baseline", zero.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(
                List.of("archadvisor: --baseline /dev/zero: is not a regular file; give the JSON an earlier `advise"
                        + " --format json` wrote"),
                r.errLines());
    }

    @Test
    void aWaiverAcceptsTheFindingSoTheCheckPasses() throws IOException {
        Path waivers = Files.writeString(dir.resolve("w.yaml"), """
                waivers:
                  - finding: AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE
                    subject: main-db
                    reason: inventory moves to its own schema next quarter
                    owner: team-orders
                """);
        Cli.Result r = Cli.run(Cli.pinned("check", Cli.ORDER_PLATFORM.toString(), "--waivers", waivers.toString()));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertEquals("0 findings · checklist 8 pass, 0 fail · 1 waived · PASS (--fail-on high, checklist)\n", r.out());
    }

    @Test
    void severalInputsWriteOneFileEachThroughTheNamePlaceholder() throws IOException {
        Cli.Result r = Cli.run(Cli.pinned(
                "check",
                "--fail-on=none",
                "--no-fail-on-checklist",
                Cli.ORDER_PLATFORM.toString(),
                Cli.STARTUP_MVP.toString(),
                "--output",
                "sarif=" + dir + "/{name}.sarif"));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(Files.exists(dir.resolve("order-platform.sarif")));
        assertTrue(Files.exists(dir.resolve("startup-mvp.sarif")));
        assertTrue(r.out().startsWith("2 files: 3 findings (1 critical, 2 high)"), r::toString);
    }

    @Test
    void severalInputsIntoOneOutputFileIsAUsageErrorNamingThePlaceholder() {
        Cli.Result r = Cli.run(Cli.pinned(
                "check", Cli.ORDER_PLATFORM.toString(), Cli.STARTUP_MVP.toString(), "--output", "sarif=out.sarif"));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("{name}"), r::toString);
    }

    @Test
    void twoInputsOfOneNameCannotShareANamedOutput() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("system.yaml");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("system.yaml");
        Files.copy(Cli.ORDER_PLATFORM, a);
        Files.copy(Cli.STARTUP_MVP, b);
        Cli.Result r = Cli.run(
                Cli.pinned("check", a.toString(), b.toString(), "--output", "sarif=" + dir + "/out/{name}.sarif"));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(
                r.err()
                        .contains("{name} in --output is `system` for both " + a + " and " + b
                                + ", so one report would overwrite the other"),
                r::toString);
        assertFalse(Files.exists(dir.resolve("out")), "nothing was written");
    }

    @Test
    void anInvalidInputIsExitTwoWithItsLocatedProblems() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "team:\n  size: 0\n");
        Cli.Result r = Cli.run(Cli.pinned("check", bad.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains(bad + ":2:9: The field `team.size` (0) must be ≥ 1."), r::toString);
        assertEquals("", r.out(), "no summary when nothing was advised");
    }

    @Test
    void aRunawayRuleIsExitThree() throws IOException {
        Path rules = Files.writeString(dir.resolve("loop.drl"), """
                package acme;
                import io.archadvisor.facts.TeamSize;
                declare Tick
                    n : int
                end
                rule "ACME-START"
                when
                    TeamSize()
                then
                    insert(new Tick(0));
                end
                rule "ACME-LOOP"
                when
                    $t : Tick()
                then
                    insert(new Tick($t.getN() + 1));
                end
                """);
        Cli.Result r = Cli.run(Cli.pinned(
                "check", Cli.ORDER_PLATFORM.toString(), "--rules", rules.toString(), "--max-firings", "500"));
        assertEquals(ExitCode.EVALUATION, r.exit(), r::toString);
        assertTrue(r.err().contains("ACME-LOOP"), r::toString);
    }
}
