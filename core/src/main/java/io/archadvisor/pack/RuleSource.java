package io.archadvisor.pack;

import io.archadvisor.base.ClasspathScanner;
import io.archadvisor.base.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One DRL file: the name errors refer to it by, and its text.
 *
 * @param name the name shown in errors and {@link RuleInfo#source()}: the file's path as given, or
 *     {@code classpath:} and the resource name
 * @param drl the DRL text
 */
public record RuleSource(String name, String drl) {

    /** Validates the source. */
    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(drl, "drl");
        if (name.isBlank()) {
            throw new InvalidValueException("A rule source needs a name for its errors to refer to");
        }
    }

    /** DRL text under a name of your choice, such as {@code broker-rule.drl}. */
    public static RuleSource of(String name, String drl) {
        return new RuleSource(name, drl);
    }

    /** Reads a DRL file; it keeps its path, as given, as its name. */
    public static RuleSource fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new RuleLoadingException(
                    "The rule file " + file + " is a folder; use RuleSource.fromDirectory or"
                            + " Advisor.builder().addRules(folder) to load every .drl file under it.",
                    null);
        }
        try {
            return new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleLoadingException(
                    "Cannot read the rule file " + file + ": " + e + ". Check that it exists and is readable.", e);
        }
    }

    /**
     * Reads every {@code *.drl} file under a folder and its subfolders, sorted by their path relative to the folder, so
     * the order is the same on every machine.
     *
     * @throws RuleLoadingException when the folder does not exist, cannot be read or holds no DRL file
     */
    public static List<RuleSource> fromDirectory(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new RuleLoadingException(
                    "The rule folder " + folder + (Files.exists(folder) ? " is a file" : " does not exist")
                            + ". Pass a folder holding .drl files (they are read recursively).",
                    null);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RuleLoadingException("Cannot list the rule folder " + folder + ": " + e, e);
        }
        files.sort((a, b) -> relative(folder, a).compareTo(relative(folder, b)));
        if (files.isEmpty()) {
            throw new RuleLoadingException(
                    "The rule folder " + folder + " holds no .drl file (searched recursively).", null);
        }
        return files.stream().map(RuleSource::fromFile).toList();
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** Reads a DRL classpath resource, such as {@code com/acme/rules/broker.drl}. */
    public static RuleSource fromClasspath(String resource, ClassLoader loader) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(loader, "loader");
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new RuleLoadingException(
                        "No rule resource `" + name + "` on the classpath. Check the name and that"
                                + " the jar or folder holding it is on the classpath.",
                        null);
            }
            return new RuleSource("classpath:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleLoadingException("Cannot read the classpath resource " + name + ": " + e, e);
        }
    }

    /**
     * Reads every {@code *.drl} resource under a classpath folder, such as {@code company-rules}, and its subfolders,
     * from directories and jars alike, sorted by resource name.
     *
     * @throws RuleLoadingException when no DRL resource is under the folder
     */
    public static List<RuleSource> fromClasspathFolder(String folder, ClassLoader loader) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(loader, "loader");
        List<String> names;
        try {
            names = ClasspathScanner.list(loader, folder, ".drl");
        } catch (IOException e) {
            throw new RuleLoadingException("Cannot list the classpath folder " + folder + ": " + e, e);
        }
        if (names.isEmpty()) {
            throw new RuleLoadingException(
                    "No .drl resource under the classpath folder `" + folder + "`. Check the"
                            + " name (relative to the classpath root, such as com/acme/rules) and that the jar or folder"
                            + " holding it is on the classpath.",
                    null);
        }
        return names.stream().map(n -> fromClasspath(n, loader)).toList();
    }
}
