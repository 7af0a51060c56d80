package io.archadvisor.cli;

import io.archadvisor.model.Requirements;
import io.archadvisor.yaml.RequirementsReader;
import io.archadvisor.yaml.RequirementsWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code archadvisor init}: write a requirements file from an interview or from flags. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write a requirements file by answering questions about the system's scale, team, budget and"
                    + " timeline, existing infrastructure, critical NFRs and deployment. Unanswered questions stay"
                    + " unknown, and the advisor asks about them.",
            "Non-interactive: --set PATH=VALUE for each answer and --no-input."
        })
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            defaultValue = "requirements.yaml",
            description = "Where to write the requirements (default ${DEFAULT-VALUE}; - for standard output).")
    String output;

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = "Answer a question beforehand, such as team.size=5 or timeline.stage=mvp (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--no-input", description = "Ask nothing: write only what --set gives.")
    boolean noInput;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        boolean toStdout = output.equals("-");
        Path file = toStdout ? null : Path.of(output);
        if (file != null && Files.exists(file) && !force) {
            throw new CliException(
                    output + " already exists: choose another file with --output, or --force to" + " replace it");
        }
        Requirements r = Assignments.apply(EMPTY, sets, List.of());
        Set<String> answered = new LinkedHashSet<>();
        sets.forEach(s -> answered.add(s.substring(0, s.indexOf('=')).strip()));
        // the interview talks on standard error when the file itself goes to standard output
        PrintStream talk = toStdout ? parent.streams.err() : parent.streams.out();
        if (!noInput) {
            BufferedReader in = new BufferedReader(new InputStreamReader(parent.streams.in(), StandardCharsets.UTF_8));
            r = new Interview(in, talk).run(r, answered);
        }
        String yaml = "# Written by archadvisor init; `archadvisor schema requirements` prints its JSON Schema.\n"
                + RequirementsWriter.write(r);
        RequirementsReader.read(yaml, output); // what is written must read back
        if (toStdout) {
            parent.streams.out().print(yaml);
            parent.streams.out().flush();
            return ExitCode.OK;
        }
        try {
            Path parentDir = file.toAbsolutePath().getParent();
            if (parentDir != null) {
                Files.createDirectories(parentDir);
            }
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(output + ": cannot write the file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); choose a writable path with --output");
        }
        int known = countKnown(r);
        talk.println("Wrote " + output + " (" + known + " of " + Interview.QUESTIONS.size()
                + " answers known; the rest stay unknown). Next: archadvisor advise " + output);
        talk.flush();
        return ExitCode.OK;
    }

    /** Requirements with nothing known. */
    static final Requirements EMPTY =
            new Requirements(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private static int countKnown(Requirements r) {
        int n = 0;
        for (Interview.Question q : Interview.QUESTIONS) {
            Object v = r;
            for (String seg : q.path().split("\\.")) {
                if (v == null) {
                    break;
                }
                v = component(v, seg);
            }
            if (v != null) {
                n++;
            }
        }
        return n;
    }

    private static Object component(Object record, String name) {
        for (var c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
