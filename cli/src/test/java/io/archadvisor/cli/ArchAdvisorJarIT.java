package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command as a user runs it: the launcher in the repository root and the executable jar, as processes
 * (run in the integration-test phase, after the jar is built).
 */
class ArchAdvisorJarIT {

    private static final Path ROOT = Path.of(System.getProperty("archadvisor.root", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path JAR = Path.of(System.getProperty("archadvisor.jar", "target/archadvisor.jar"));
    private static final String SAMPLE = "samples/src/main/resources/examples/";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsThePackagedJar() {
        // the unit-test phase runs before the jar exists: these run in the integration-test phase, which names it
        Assumptions.assumeTrue(
                System.getProperty("archadvisor.jar") != null && Files.isRegularFile(JAR),
                "the packaged jar is named by -Darchadvisor.jar (the integration-test phase)");
    }

    record Run(int exit, String out, String err) {}

    private Run launcher(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        boolean windows = File.separatorChar == '\\';
        cmd.add(ROOT.resolve(windows ? "archadvisor.cmd" : "archadvisor").toString());
        cmd.addAll(List.of(args));
        return run(cmd, stdin);
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        return run(cmd, null);
    }

    private Run run(List<String> cmd, String stdin) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(ROOT.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().put("ARCHADVISOR_JAR", JAR.toAbsolutePath().toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the command finished");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theReadmesFirstCommandPrintsAReport() throws Exception {
        Run r = launcher(null, "advise", SAMPLE + "startup-mvp.yaml", "--timeout=120s");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("# "), r::toString);
        assertTrue(r.out().contains("**Primary pattern:** Modular Monolith"), r::toString);
        assertEquals("", r.err(), "nothing on standard error: no JVM or logging noise");
    }

    @Test
    void checkGatesOnTheSeverityAndReadsStandardInput() throws Exception {
        Run high = launcher(null, "check", "--date=2026-08-22", "--timeout=120s", SAMPLE + "order-platform.yaml");
        assertEquals(1, high.exit(), high::toString);
        assertTrue(
                high.out()
                        .endsWith("1 finding (1 high) · checklist 8 pass, 0 fail · FAIL (--fail-on high,"
                                + " checklist)\n"),
                high::toString);
        String yaml = Files.readString(ROOT.resolve(SAMPLE + "order-platform.yaml"));
        Run critical = launcher(yaml, "check", "--date=2026-08-22", "--timeout=120s", "--fail-on", "critical", "-");
        assertEquals(0, critical.exit(), critical::toString);
    }

    @Test
    void severalOutputsInOneRun() throws Exception {
        Path sarif = dir.resolve("advice.sarif");
        Path json = dir.resolve("advice.json");
        Run r = jar(
                "advise",
                SAMPLE + "platform-60.yaml",
                "--quiet",
                "--timeout=120s",
                "--output",
                "sarif=" + sarif,
                "--output",
                "json=" + json,
                "--output",
                "mermaid=-");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("flowchart"), r::toString);
        assertTrue(Files.readString(sarif).contains("\"version\" : \"2.1.0\"")
                || Files.readString(sarif).contains("\"version\": \"2.1.0\""));
        assertTrue(Files.size(json) > 10_000);
    }

    @Test
    void aBadFlagIsOneLineAndExitTwo() throws Exception {
        Run r = jar("check", "--fail-on", "severe", SAMPLE + "order-platform.yaml");
        assertEquals(2, r.exit(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
    }

    @Test
    void theJarFindsEveryImporterAndImportsAComposeFile() throws Exception {
        Path compose = Files.writeString(dir.resolve("compose.yaml"), ImportCommandTest.COMPOSE);
        Path notes = Files.writeString(dir.resolve("notes.yaml"), "title: release notes\n");
        Run r = jar("import", compose.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("- name: orders  # " + compose + ":6"), r::toString);
        // the services files of the import module survive shading: the error lists every importer's format
        Run unknown = jar("import", notes.toString());
        assertEquals(2, unknown.exit(), unknown::toString);
        for (String format : List.of(
                "docker-compose", "kubernetes", "backstage", "terraform-plan", "openapi", "asyncapi", "structurizr")) {
            assertTrue(unknown.err().contains(format), () -> format + " missing: " + unknown);
        }
    }

    @Test
    void versionNamesTheRelease() throws Exception {
        Run r = jar("--version");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("archadvisor 0."), r::toString);
    }
}
