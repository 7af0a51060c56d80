package io.archadvisor.pack;

import io.archadvisor.base.InvalidValueException;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * @param line the line of {@code source} the rule starts on, or 0 when not known
 * @param replaces where the rule it replaced was defined (pack and place), when it comes from an overriding pack or
 *     {@code Advisor.Builder.replaceRule}; otherwise {@code null}
 */
public record RuleInfo(
        String id,
        String pack,
        String source,
        @Nullable String category,
        @Nullable String severity,
        @Nullable String description,
        @Nullable String seed,
        Map<String, String> metadata,
        int line,
        @Nullable String replaces) {

    /** Validates and copies. */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(source, "source");
        metadata = Map.copyOf(metadata);
        if (line < 0) {
            throw new InvalidValueException("line must be ≥ 0, got " + line);
        }
    }

    /** A rule whose line is not known and that replaces nothing. */
    public RuleInfo(
            String id,
            String pack,
            String source,
            @Nullable String category,
            @Nullable String severity,
            @Nullable String description,
            @Nullable String seed,
            Map<String, String> metadata) {
        this(id, pack, source, category, severity, description, seed, metadata, 0, null);
    }

    /** Where the rule is defined, such as {@code rules/broker.drl:12}. */
    public String location() {
        return line > 0 ? source + ":" + line : source;
    }
}
