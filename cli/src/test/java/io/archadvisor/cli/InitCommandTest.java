package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.model.ComplianceRegime;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Stage;
import io.archadvisor.yaml.RequirementsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void theInterviewWritesWhatWasAnsweredAndLeavesTheRestUnknown() throws IOException {
        Path file = dir.resolve("system.yaml");
        // system, then 4 scale answers skipped, team size, expertise, ops maturity; the input ends there
        String answers = "booking\n\n\n\n\n6\njava, postgresql\nlow\n";
        Cli.Result r = Cli.runWithInput(answers, "init", "--output", file.toString());
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        Requirements req = RequirementsReader.read(file);
        assertEquals("booking", req.system());
        assertEquals(6, req.team().size());
        assertEquals(List.of("java", "postgresql"), req.team().expertise());
        assertNull(req.scale(), "skipped questions stay unknown");
        assertNull(req.budget(), "questions never reached stay unknown");
        assertTrue(r.out().contains("## Team"), r::toString);
        assertTrue(r.out().contains("Wrote " + file + " (4 of 24 answers known"), r::toString);
    }

    @Test
    void anInvalidAnswerIsExplainedAndAskedAgain() throws IOException {
        Path file = dir.resolve("system.yaml");
        String answers = "x\n\n\n\n\nzero\n0\n12\n";
        Cli.Result r = Cli.runWithInput(answers, "init", "-o", file.toString());
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("`zero` is not a whole number. Try again"), r::toString);
        assertTrue(r.out().contains("must be ≥ 1"), r::toString);
        assertEquals(12, RequirementsReader.read(file).team().size());
    }

    @Test
    void flagsAnswerWithoutAnInterview() {
        Cli.Result r = Cli.run(
                "init",
                "--no-input",
                "-o",
                "-",
                "--set",
                "timeline.stage=mvp",
                "--set",
                "nfrs.compliance=gdpr, hipaa",
                "--set",
                "existing.technologies=postgresql 16, node@22",
                "--set",
                "deployment.kubernetes=false");
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        Requirements req = RequirementsReader.read(r.out(), "out");
        assertEquals(Stage.MVP, req.timeline().stage());
        assertEquals(
                List.of(ComplianceRegime.GDPR, ComplianceRegime.HIPAA),
                req.nfrs().compliance());
        assertEquals("22", req.existing().technologies().get(1).version());
        assertEquals(false, req.deployment().kubernetes());
        assertEquals("", r.err(), "no interview");
    }

    @Test
    void anExistingFileIsNotReplacedWithoutForce() throws IOException {
        Path file = Files.writeString(dir.resolve("system.yaml"), "system: keep\n");
        Cli.Result r = Cli.run("init", "--no-input", "-o", file.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("already exists: choose another file with --output, or --force"), r::toString);
        assertEquals("system: keep\n", Files.readString(file));
        assertEquals(
                ExitCode.OK,
                Cli.run("init", "--no-input", "--force", "-o", file.toString()).exit());
    }
}
