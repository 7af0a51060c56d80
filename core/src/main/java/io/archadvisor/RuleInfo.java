package io.archadvisor;

import java.util.Map;
import java.util.Objects;

/**
 * A loaded rule and its metadata.
 *
 * @param id the rule's stable id (its DRL name), such as {@code AP-DISTRIBUTED-MONOLITH}
 * @param pack the name of the pack it came from
 * @param source the file it came from
 * @param category its {@code @category}, or {@code null}
 * @param severity its {@code @severity}, or {@code null}
 * @param description its {@code @description}, or {@code null}
 * @param seed its {@code @seed}: the seed section it encodes, or {@code null}
 * @param metadata every metadata attribute of the rule, as written
 */
public record RuleInfo(String id, String pack, String source, String category, String severity, String description,
        String seed, Map<String, String> metadata) {

    /** Validates and copies. */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(source, "source");
        metadata = Map.copyOf(metadata);
    }
}
