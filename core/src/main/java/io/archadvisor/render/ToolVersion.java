package io.archadvisor.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** The version of archadvisor that renders, as the build wrote it, such as {@code 0.1.0}. */
public final class ToolVersion {

    private static volatile @Nullable String version;

    private ToolVersion() {}

    /** This build's version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        String v = version;
        if (v == null) {
            v = load();
            version = v;
        }
        return v;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("The core jar lacks io/archadvisor/render/tool.properties; it was not"
                        + " built by its Maven build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (v.isEmpty() || v.contains("${")) {
                throw new IllegalStateException("io/archadvisor/render/tool.properties names no version: `" + v + "`");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
