package io.archadvisor.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Pattern;
import io.archadvisor.render.GraphJson;
import io.archadvisor.samples.cli.AdviseCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdviseCommandTest {

    private static final Path EXAMPLES = Path.of("src/main/resources/examples");

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AdviseCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theStartupSampleGetsAMarkdownReportRecommendingAModularMonolith() {
        Run run = run(EXAMPLES.resolve("startup-mvp.yaml").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("# Architecture recommendation"), run.out());
        assertTrue(run.out().contains("**Primary pattern:** Modular Monolith"), run.out());
        assertTrue(run.out().contains("## Open clarifying questions"), run.out());
    }

    @Test
    void thePlatformSampleGetsMicroservicesAsItsPrimaryPattern() {
        Run run = run(EXAMPLES.resolve("platform-60.yaml").toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        RecommendationGraph graph = GraphJson.standard().read(run.out());
        assertEquals(Pattern.MICROSERVICES, graph.primaryPattern().orElseThrow().pattern());
        assertFalse(graph.primaryPattern().orElseThrow().provisional());
    }

    @Test
    void everyFormatCanBeWrittenToAFile(@TempDir Path dir) throws Exception {
        for (String format : new String[] {"markdown", "json", "mermaid", "sarif"}) {
            Path out = dir.resolve("advice." + format);
            Run run = run(EXAMPLES.resolve("platform-60.yaml").toString(), "--format", format, "--out", out.toString());
            assertEquals(0, run.status(), run.err());
            assertTrue(Files.size(out) > 0, format);
            assertTrue(run.err().contains("wrote " + format), run.err());
        }
    }

    @Test
    void sarifOutputPointsEveryResultAtTheRequirementsFileAndDescribesItsRules() {
        Path file = EXAMPLES.resolve("platform-60.yaml");
        Run run = run(file.toString(), "--format", "sarif");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"version\" : \"2.1.0\"") || run.out().contains("\"version\": \"2.1.0\""),
                run.out().substring(0, 300));
        assertTrue(run.out().contains(file.toString()), "results carry the requirements file as their artifact");
    }

    @Test
    void anInvalidRequirementsFileIsReportedWithItsLocationAndExitStatusTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("system.yaml");
        Files.writeString(bad, "system: shop\nteam:\n  size: -3\n");
        Run run = run(bad.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains(bad + ":3:9: The field `team.size` (-3) must be ≥ 1"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aWaiversFileNextToTheRequirementsAcceptsAFindingAndTheReportSaysWhy(@TempDir Path dir) throws Exception {
        Path system = dir.resolve("system.yaml");
        Files.writeString(system, """
                system: clinic
                team: {size: 6}
                nfrs: {compliance: [hipaa]}
                security: {encryptionAtRest: false, encryptionInTransit: true, auditLogging: true}
                """);
        Run unwaived = run(system.toString(), "--format", "json");
        RecommendationGraph before = GraphJson.standard().read(unwaived.out());
        assertTrue(before.findings().stream().anyMatch(f -> f.code().equals("AP-SECURITY-AFTERTHOUGHT-NO-ENCRYPTION-AT-REST")),
                before.findings().toString());
        assertTrue(before.waived().isEmpty());

        Files.writeString(dir.resolve("waivers.yaml"), """
                waivers:
                  - finding: AP-SECURITY-AFTERTHOUGHT-NO-ENCRYPTION-AT-REST
                    reason: The volume is encrypted by the hosting provider; tracked in SEC-42
                    owner: team-clinic
                """);
        RecommendationGraph after = GraphJson.standard().read(run(system.toString(), "--format", "json").out());
        var finding = after.findings().stream()
                .filter(f -> f.code().equals("AP-SECURITY-AFTERTHOUGHT-NO-ENCRYPTION-AT-REST")).findFirst().orElseThrow();
        assertTrue(after.isWaived(finding));
        assertEquals("The volume is encrypted by the hosting provider; tracked in SEC-42",
                after.waiverOf(finding).orElseThrow().reason());
        assertTrue(run(system.toString()).out().contains("SEC-42"));
    }

    @Test
    void wrongUsageIsExplainedWithTheUsageLine() {
        Run run = run("--format", "pdf", "x.yaml");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("usage: advise"), run.err());
        assertTrue(run(new String[0]).err().contains("no requirements file given"));
    }
}
