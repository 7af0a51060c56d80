package io.archadvisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One DRL file: the name errors refer to it by, and its text.
 *
 * @param name the name shown in errors and provenance, such as a file path or a classpath resource
 * @param drl the DRL text
 */
public record RuleSource(String name, String drl) {

    /** Validates the source. */
    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(drl, "drl");
    }

    /** Reads a DRL file; it keeps its path as its name. */
    public static RuleSource fromFile(Path file) {
        try {
            return new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleLoadingException("Cannot read the rule file " + file + ": " + e.getMessage()
                    + ". Check that it exists and is readable.", e);
        }
    }

    /** Reads a DRL classpath resource, such as {@code com/acme/rules/broker.drl}. */
    public static RuleSource fromClasspath(String resource, ClassLoader loader) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new RuleLoadingException("No rule resource `" + name + "` on the classpath. Check the name and that"
                        + " the jar or folder holding it is on the classpath.", null);
            }
            return new RuleSource("classpath:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + name, e);
        }
    }
}
