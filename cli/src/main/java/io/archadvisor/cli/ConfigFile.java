package io.archadvisor.cli;

import io.archadvisor.yaml.StrictYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An {@code .archadvisor.yaml} read from disk: its {@link Config} and the folder its relative paths start from.
 *
 * @param file the file, or {@code null} when no configuration applies
 * @param config its settings
 */
public record ConfigFile(Path file, Config config) {

    private static final StrictYaml<Config> READER = StrictYaml.of(Config.class, ConfigException::new)
            .describedAs("the configuration", "a smaller file; StrictYaml.withLimits(...)")
            .emptyAs(() -> Config.EMPTY);

    /** No configuration file. */
    public static final ConfigFile NONE = new ConfigFile(null, Config.EMPTY);

    /**
     * The nearest {@value Config#FILE_NAME} in {@code start} (a folder) or one of its parents, stopping after the root
     * of a git work tree or of the file system.
     */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Config.FILE_NAME);
            if (Files.isRegularFile(candidate) && trusted(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a configuration found by walking up may apply: on POSIX file systems only one owned by the user running
     * the command or by root. A configuration can add rules, which are code, so one that another user planted in a
     * shared folder above the input (such as {@code /tmp}) is ignored with a warning; {@code --config} still reads it.
     */
    static boolean trusted(Path file) {
        try {
            if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return true;
            }
            String owner = Files.getOwner(file).getName();
            String user = System.getProperty("user.name", "");
            if (owner.equals(user) || owner.equals("root")) {
                return true;
            }
            org.slf4j.LoggerFactory.getLogger(ConfigFile.class)
                    .warn(
                            "{} is ignored: it belongs to {}, not to {}, and a configuration can add rules; name it"
                                    + " with --config to use it",
                            file,
                            owner,
                            user);
            return false;
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    /**
     * The configuration that applies to an input when none is named: the nearest {@value Config#FILE_NAME} above it
     * (above the working folder for standard input or {@code null}), read strictly, or {@link #NONE}.
     *
     * @throws ConfigException when the file found is invalid
     */
    public static ConfigFile nearest(String input) {
        Path start = input == null || Inputs.isStdin(input)
                ? Path.of("").toAbsolutePath()
                : Files.isDirectory(Path.of(input))
                        ? Path.of(input).toAbsolutePath()
                        : Path.of(input).toAbsolutePath().getParent();
        return start == null ? NONE : find(start).map(ConfigFile::read).orElse(NONE);
    }

    /**
     * Reads a configuration file strictly.
     *
     * @throws CliException when the file does not exist
     * @throws ConfigException one line per problem, each starting with {@code file:line:column:}
     */
    public static ConfigFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliException("--config " + file + ": no such file; give the path of an " + Config.FILE_NAME
                    + " file, or leave --config out to look for one next to the input");
        }
        return new ConfigFile(file, READER.read(file));
    }

    /** The keys a configuration may hold, in order. */
    public static List<String> keys() {
        return java.util.Arrays.stream(Config.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
    }

    /** A path of the configuration, relative to its folder. */
    public Path resolve(String path) {
        Path p = Path.of(path);
        if (file == null || p.isAbsolute()) {
            return p;
        }
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve(p).normalize();
    }

    /** The paths of a list key, resolved. */
    public List<Path> resolveAll(List<String> paths) {
        return paths == null ? null : paths.stream().map(this::resolve).toList();
    }
}
