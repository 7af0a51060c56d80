package io.archadvisor.rules;

import io.archadvisor.Advisor;
import io.archadvisor.yaml.RequirementsReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Build-time tool: makes the list of classes that building the default advisor and its first advice load, which the
 * core library loads ahead of the building thread in a fresh JVM. Two steps, each its own JVM:
 * <ul>
 *   <li>{@code StartupTraining --train <requirements.yaml>} builds the default advisor and advises on the file; run it
 *       with {@code -Xlog:class+load=info:file=<log>};</li>
 *   <li>{@code StartupTraining --list <log> <list>} writes the classes of that log loaded from the class path or the
 *       JDK's modules (not from a class-data-sharing archive, nor generated at run time), in their load order.</li>
 * </ul>
 */
final class StartupTraining {

    private StartupTraining() {}

    /**
     * Runs one of the two steps.
     *
     * @throws Exception when the advice fails or a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--train")) {
            try (Advisor advisor = Advisor.builder().build()) {
                advisor.advise(RequirementsReader.read(Path.of(args[1])));
            }
        } else if (args.length == 3 && args[0].equals("--list")) {
            List<String> classes = classes(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
            Path out = Path.of(args[2]);
            Files.createDirectories(out.getParent());
            List<String> lines = new ArrayList<>();
            lines.add("# the classes building the default advisor and its first advice load, in load order; generated"
                    + " when archadvisor-rules was built, do not edit");
            lines.addAll(classes);
            Files.write(out, lines, StandardCharsets.UTF_8);
            System.out.printf("archadvisor: %d start-up classes listed%n", classes.size());
        } else {
            throw new IllegalArgumentException(
                    "Usage: StartupTraining --train <requirements.yaml> | --list <class-load-log> <list>");
        }
    }

    /** The classes of a {@code -Xlog:class+load} log worth loading ahead: named, from a file or the JDK's modules. */
    static List<String> classes(List<String> log) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line : log) {
            int tag = line.indexOf("[class,load] ");
            int source = line.indexOf(" source: ");
            if (tag < 0 || source < 0) {
                continue;
            }
            String name = line.substring(tag + "[class,load] ".length(), source).strip();
            String from = line.substring(source + " source: ".length());
            boolean loadable = from.startsWith("file:") || from.startsWith("jar:") || from.startsWith("jrt:/");
            if (loadable
                    && !name.contains("/")
                    && !name.contains("$$Lambda")
                    && !name.startsWith(StartupTraining.class.getName())) {
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            throw new IOException("The class-load log lists no class: was the training run given -Xlog:class+load?");
        }
        return new ArrayList<>(out);
    }
}
