package io.archadvisor.pack;

import io.archadvisor.base.InvalidValueException;
import java.util.List;
import java.util.Objects;

/** The immutable pack made by {@link RulePack#of} and {@link RulePack.Builder}. */
record Pack(String name, String version, List<RuleSource> sources, boolean overrides) implements RulePack {

    Pack {
        checkName(name);
        Objects.requireNonNull(version, "version");
        sources = List.copyOf(sources);
    }

    static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidValueException("A rule pack needs a non-blank name");
        }
        return name;
    }
}
