package io.archadvisor;

import java.util.List;

/**
 * A named, versioned set of DRL files. Packs on the classpath registered under
 * {@code META-INF/services/io.archadvisor.RulePack} are loaded by default, which is how the built-in packs of
 * {@code archadvisor-rules} are found.
 */
public interface RulePack {

    /** The pack's name, such as {@code archadvisor-seed}. */
    String name();

    /** The pack's version. */
    String version();

    /** The DRL files of the pack, in a stable order. */
    List<RuleSource> sources();

    /** A pack made of the given sources. */
    static RulePack of(String name, String version, List<RuleSource> sources) {
        List<RuleSource> copy = List.copyOf(sources);
        return new RulePack() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String version() {
                return version;
            }

            @Override
            public List<RuleSource> sources() {
                return copy;
            }
        };
    }
}
