package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.archadvisor.model.Level;
import io.archadvisor.model.Requirements;
import io.archadvisor.yaml.RequirementsReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code archadvisor init} as a person uses it: in a real terminal (tmux), typing answers and reading the screen.
 * Skipped when tmux is missing on a developer's machine; on CI (CI set) tmux is required.
 */
class InitTerminalTest {

    private static final long WAIT_MILLIS = 120_000;

    @TempDir
    Path dir;

    private final String socket =
            "archadvisor-init-test-" + ProcessHandle.current().pid();

    @BeforeEach
    void needsTmux() {
        boolean present = run(List.of("tmux", "-V")) == 0;
        if (!present && System.getenv("CI") != null) {
            fail("tmux is required on CI for the terminal test of `archadvisor init` (.ci/run installs it)");
        }
        Assumptions.assumeTrue(present, "tmux is not installed");
    }

    @AfterEach
    void stopTmux() {
        run(List.of("tmux", "-L", socket, "kill-server"));
    }

    @Test
    void aPersonAnswersSomeQuestionsSkipsOthersFixesAMistakeAndGetsAValidFile() throws Exception {
        Path file = dir.resolve("system.yaml");
        Path script = Files.writeString(
                dir.resolve("run.sh"),
                "cd '" + dir + "' && exec '"
                        + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                        + System.getProperty("java.class.path") + "' " + Main.class.getName()
                        + " init --output system.yaml\n");
        assertEquals(
                0,
                run(List.of(
                        "tmux",
                        "-L",
                        socket,
                        "new-session",
                        "-d",
                        "-s",
                        "init",
                        "-x",
                        "200",
                        "-y",
                        "50",
                        "bash",
                        script.toString())));
        run(List.of("tmux", "-L", socket, "set-option", "-t", "init", "remain-on-exit", "on"));

        waitFor("What is the system called?: ");
        type("court-booking");
        waitFor("Requests per second today: ");
        type(""); // unknown
        waitFor("Requests per second expected at the horizon: ");
        type("300");
        waitFor("Users expected at the horizon: ");
        type("");
        waitFor("Planning horizon in months: ");
        type("");
        waitFor("Engineers who build and run it: ");
        type("a few"); // a mistake, explained, asked again
        waitFor("`a few` is not a whole number. Try again, or press Enter to skip.");
        type("4");
        waitFor("What the team knows well");
        type("kotlin, postgresql");
        waitFor("Operations maturity [low/medium/high]: ");
        type("low");
        for (Interview.Question q : Interview.QUESTIONS.subList(8, Interview.QUESTIONS.size())) {
            waitFor(q.prompt());
            type(""); // the rest stays unknown
        }
        String screen = waitFor("Wrote system.yaml (5 of 24 answers known");
        assertTrue(screen.contains("## Critical NFRs") && screen.contains("## Deployment"), screen);

        Requirements r = RequirementsReader.read(file);
        assertEquals("court-booking", r.system());
        assertEquals(300, r.scale().projectedRequestsPerSecond());
        assertNull(r.scale().currentRequestsPerSecond());
        assertEquals(4, r.team().size());
        assertEquals(List.of("kotlin", "postgresql"), r.team().expertise());
        assertEquals(Level.LOW, r.team().opsMaturity());
        assertNull(r.nfrs(), "skipped sections stay unknown");
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("# Written by archadvisor init"));
    }

    private void type(String line) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "send-keys", "-t", "init"));
        if (!line.isEmpty()) {
            cmd.add("-l");
            cmd.add(line);
            assertEquals(0, run(cmd));
            cmd = new ArrayList<>(List.of("tmux", "-L", socket, "send-keys", "-t", "init"));
        }
        cmd.add("Enter");
        assertEquals(0, run(cmd));
    }

    /** Waits until the screen shows the text; returns the screen. */
    private String waitFor(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        fail("the terminal never showed `" + text + "`; it shows:\n" + screen);
        return screen;
    }

    private String capture() {
        try {
            Process p = new ProcessBuilder(
                            "tmux", "-L", socket, "capture-pane", "-p", "-J", "-S", "-1000", "-t", "init")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
