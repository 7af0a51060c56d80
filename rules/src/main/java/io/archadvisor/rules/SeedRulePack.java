package io.archadvisor.rules;

import io.archadvisor.pack.RuleLoadingException;
import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rule pack: the backend-architect seed encoded as DRL. It is registered as a {@link RulePack} service,
 * so {@code Advisor.builder().build()} loads it whenever {@code archadvisor-rules} is on the classpath.
 */
public final class SeedRulePack implements RulePack {

    /** The pack's name. */
    public static final String NAME = "archadvisor-seed";

    private static final String BASE = "io/archadvisor/rules/";
    private static final String INDEX = BASE + "index.txt";

    private final List<RuleSource> sources;

    /** Loads the pack's DRL files, in the order of its index. */
    public SeedRulePack() {
        this.sources = load();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        Package p = SeedRulePack.class.getPackage();
        return p.getImplementationVersion() == null ? "dev" : p.getImplementationVersion();
    }

    @Override
    public List<RuleSource> sources() {
        return sources;
    }

    /** The names of the pack's DRL files, relative to {@code io/archadvisor/rules/}. */
    public static List<String> files() {
        try (InputStream in = SeedRulePack.class.getResourceAsStream("/" + INDEX)) {
            if (in == null) {
                throw new RuleLoadingException(
                        "The seed rule index " + INDEX + " is missing from archadvisor-rules;" + " the jar is damaged.",
                        null);
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new RuleLoadingException("Cannot read " + INDEX + ": " + e.getMessage(), e);
        }
    }

    private static List<RuleSource> load() {
        ClassLoader loader = SeedRulePack.class.getClassLoader();
        return files().stream()
                .map(f -> RuleSource.fromClasspath(BASE + f, loader))
                .toList();
    }
}
