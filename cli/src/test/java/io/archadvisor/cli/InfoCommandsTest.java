package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.render.GraphJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, rules, catalog, schema, version, help (of every command), completion. */
class InfoCommandsTest {

    @TempDir
    Path dir;

    @Test
    void validateReportsEveryFileAndEveryProblemWithoutAdvising() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "team: {size: 0}\nnfrs: {compliance: [pci]}\n");
        Cli.Result r = Cli.run("validate", "--no-config", Cli.ORDER_PLATFORM.toString(), bad.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals(Cli.ORDER_PLATFORM + ": valid (system `order-platform`)\n", r.out());
        assertTrue(r.err().startsWith("archadvisor: 2 problems in the requirements:"), r::toString);
        assertTrue(r.err().contains("did you mean `pci-dss`?"), r::toString);
    }

    @Test
    void rulesListsEveryLoadedRuleAndLeavesOutDisabledOnes() {
        Cli.Result all = Cli.run(Cli.pinned("rules", "--ids"));
        Cli.Result fewer = Cli.run(Cli.pinned("rules", "--ids", "--disable-rule", "PAT-MS-LARGE-TEAM"));
        assertEquals(ExitCode.OK, all.exit(), all::toString);
        assertTrue(all.out().lines().anyMatch("PAT-MS-LARGE-TEAM"::equals));
        assertEquals(all.out().lines().count() - 1, fewer.out().lines().count());
        assertTrue(fewer.out().lines().noneMatch("PAT-MS-LARGE-TEAM"::equals));
    }

    @Test
    void disablingAnUnknownRuleIsExitTwoWithTheClosestIds() {
        Cli.Result r = Cli.run("rules", "--no-config", "--disable-rule", "PAT-MS-LARGE-TEEM");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("PAT-MS-LARGE-TEAM"), r::toString);
    }

    @Test
    void catalogShowFindsAnEntryByAliasAndJudgesSupportOnTheDate() {
        Cli.Result r = Cli.run("catalog", "show", "pg", "--date", Cli.DATE);
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().startsWith("PostgreSQL (postgresql) — database\n"), r::toString);
        assertTrue(r.out().contains("13 (latest 13.23, end of life since 2025-11-13)"), r::toString);
        Cli.Result missing = Cli.run("catalog", "show", "postgress");
        assertEquals(ExitCode.USAGE, missing.exit());
        assertTrue(missing.err().contains("did you mean `postgresql`?"), missing::toString);
    }

    @Test
    void schemaPrintsEachSchema() {
        assertEquals(
                GraphJson.schema().strip(), Cli.run("schema", "graph").out().strip());
        assertTrue(Cli.run("schema", "requirements").out().contains("\"title\": \"archadvisor requirements\""));
        assertTrue(Cli.run("schema", "config").out().contains("\"failOn\""));
        assertEquals(ExitCode.USAGE, Cli.run("schema", "report").exit());
    }

    @Test
    void versionAndHelpExitZero() {
        Cli.Result v = Cli.run("--version");
        assertEquals(ExitCode.OK, v.exit());
        assertTrue(v.out().startsWith("archadvisor "), v::toString);
        Cli.Result h = Cli.run("check", "--help");
        assertEquals(ExitCode.OK, h.exit());
        assertTrue(h.out().contains("--fail-on=SEVERITY") && h.out().contains("--baseline=FILE"), h::toString);
    }

    @Test
    void theHelpListsTheImportAdrAndCatalogUpdateCommandsWithTheirFlags() {
        Cli.Result top = Cli.run("--help");
        assertEquals(ExitCode.OK, top.exit(), top::toString);
        assertTrue(top.out().contains("\n  import ") && top.out().contains("\n  adr "), top::toString);
        Cli.Result imp = Cli.run("import", "--help");
        assertEquals(ExitCode.OK, imp.exit(), imp::toString);
        assertTrue(
                imp.out().contains("--overlay=FILE")
                        && imp.out().contains("--out=FILE")
                        && imp.out().contains("PATH..."),
                imp::toString);
        Cli.Result adr = Cli.run("adr", "--help");
        assertTrue(
                adr.out().contains("--dir=DIR")
                        && adr.out().contains("--dry-run")
                        && adr.out().contains("docs/adr"),
                adr::toString);
        Cli.Result advise = Cli.run("advise", "--help");
        assertTrue(advise.out().contains("--from=PATH..."), advise::toString);
        Cli.Result check = Cli.run("check", "--help");
        assertTrue(check.out().contains("--from=PATH..."), check::toString);
        Cli.Result catalog = Cli.run("catalog", "--help");
        assertTrue(catalog.out().contains("\n  update "), catalog::toString);
        Cli.Result update = Cli.run("catalog", "update", "--help");
        assertTrue(
                update.out().contains("--cache-dir=DIR") && update.out().contains("--osv-api=URL"), update::toString);
    }

    @Test
    void aBashCompletionScriptIsGeneratedWithTheCommandsAndFlags() {
        Cli.Result r = Cli.run("generate-completion");
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("complete -F _complete_archadvisor"), "a bash completion function");
        assertTrue(r.out().contains("what-if") && r.out().contains("--fail-on"), "commands and flags");
    }
}
