package io.archadvisor.cli;

import io.archadvisor.render.Format;
import io.archadvisor.render.UnknownFormatException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One output of a run: a {@link Format} and where it goes, a file path or {@code -} for standard output. Written on
 * the command line as {@code FORMAT=PATH} ({@code sarif=build/advice.sarif}, {@code markdown=-}); any format
 * {@link Format#parse} knows is accepted. With several inputs, {@code {name}} in the path stands for each input's file
 * name without its extension.
 *
 * @param format the format
 * @param path the file, or {@code -} for standard output
 */
public record OutputTarget(Format format, String path) {

    /** Standard output. */
    public static final String STDOUT = "-";
    /** The placeholder for the input's name in a path. */
    public static final String NAME = "{name}";

    /** Validates. */
    public OutputTarget {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new CliException("The output path for " + format.id() + " is empty: write " + format.id()
                    + "=FILE, or " + format.id() + "=- for standard output");
        }
    }

    /**
     * Parses {@code FORMAT=PATH}, or {@code FORMAT} alone for standard output.
     *
     * @throws CliException naming the formats when the format is unknown
     */
    public static OutputTarget parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        int eq = spec.indexOf('=');
        String name = eq < 0 ? spec : spec.substring(0, eq);
        String path = eq < 0 ? STDOUT : spec.substring(eq + 1);
        Format format;
        try {
            format = Format.parse(name);
        } catch (IllegalArgumentException | UnknownFormatException e) {
            throw new CliException("--output `" + spec + "`: " + lowerFirst(e.getMessage())
                    + " Write FORMAT=FILE, such as sarif=build/advice.sarif, or FORMAT=- for standard output.");
        }
        return new OutputTarget(format, path);
    }

    /** Whether this output goes to standard output. */
    public boolean isStdout() {
        return path.equals(STDOUT);
    }

    /** The file for the input named {@code inputName}, with {@value #NAME} replaced. */
    public Path file(String inputName) {
        return Path.of(path.replace(NAME, inputName));
    }

    /** Whether the path names a different file for each input. */
    public boolean perInput() {
        return path.contains(NAME);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public String toString() {
        return format.id() + "=" + path;
    }
}
