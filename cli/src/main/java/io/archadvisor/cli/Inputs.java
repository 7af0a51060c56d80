package io.archadvisor.cli;

import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsDocument;
import io.archadvisor.yaml.RequirementsReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads requirements from a file or from standard input ({@code -}). */
public final class Inputs {

    /** The name standard input is given in messages. */
    public static final String STDIN_NAME = "<stdin>";

    private Inputs() {}

    /** Whether the argument names standard input. */
    public static boolean isStdin(String input) {
        return "-".equals(input);
    }

    /**
     * Reads the requirements.
     *
     * @throws CliException when the file does not exist or cannot be read
     * @throws io.archadvisor.model.RequirementsException when the requirements are invalid
     */
    public static Requirements read(String input, InputStream stdin) {
        if (isStdin(input)) {
            return RequirementsReader.read(stdin, STDIN_NAME);
        }
        return RequirementsReader.read(existingFile(input, "requirements"));
    }

    /**
     * Reads the requirements with the location of each value, so that provenance, SARIF regions and explanations point
     * at the line each value was written on.
     *
     * @throws CliException when the file does not exist or cannot be read
     * @throws io.archadvisor.model.RequirementsException when the requirements are invalid
     */
    public static RequirementsDocument readDocument(String input, InputStream stdin) {
        if (isStdin(input)) {
            return RequirementsReader.readDocument(stdin, STDIN_NAME);
        }
        return RequirementsReader.readDocument(existingFile(input, "requirements"));
    }

    /**
     * The file an argument names, checked to be readable.
     *
     * @throws CliException naming the file and the fix
     */
    public static Path existingFile(String input, String what) {
        Path p = Path.of(input);
        // a baseline is a JSON advice; only requirements can come from standard input
        String file = what + (what.equals("baseline") ? " JSON file" : " YAML file");
        if (Files.isDirectory(p)) {
            throw new CliException(input + " is a folder: give the path of a " + file);
        }
        if (!Files.exists(p)) {
            throw new CliException(input + ": no such file; give the path of a " + file
                    + (what.equals("requirements") ? ", or - to read standard input" : ""));
        }
        if (!Files.isReadable(p)) {
            throw new CliException(input + ": cannot be read; check its permissions");
        }
        return p;
    }

    /** The input's file, or empty for standard input. */
    public static Optional<Path> file(String input) {
        return isStdin(input) ? Optional.empty() : Optional.of(Path.of(input));
    }

    /** The input's file name without its extension ({@code stdin} for standard input), for {@code {name}} in outputs. */
    public static String baseName(String input) {
        if (isStdin(input)) {
            return "stdin";
        }
        Path name = Path.of(input).getFileName();
        String n = name == null ? input : name.toString();
        int dot = n.lastIndexOf('.');
        String base = dot > 0 ? n.substring(0, dot) : n;
        // a name that would climb out of, or stay in, the output folder (`...yaml` gives `..`) is spelt out instead
        return base.isEmpty() || base.chars().allMatch(c -> c == '.') ? "input" + n.replace('.', '_') : base;
    }

    /** What messages and SARIF call the input. */
    public static String display(String input) {
        return isStdin(input) ? STDIN_NAME : input;
    }
}
