package io.archadvisor.internal;

import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.graph.Waiver;
import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import io.archadvisor.vetting.VettingPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code Advisor.Builder} collected, as one immutable value the engine is built from. Internal: not part of
 * the API, which is {@code Advisor.builder()}.
 *
 * @param onlyRules the rules to keep, or {@code null} for all
 * @param onlyPacks the packs to keep, or {@code null} for all
 * @param policy the calibration policy every advice inserts
 * @param catalog the technology catalog, or {@code null} for the built-in one
 * @param checkReferences whether advice, sessions and comparisons refuse proposals with broken cross-references
 */
public record AdvisorSettings(
        List<RulePack> packs,
        List<RuleSource> extra,
        Set<String> disabled,
        Map<String, RuleSource> replacements,
        List<Waiver> waivers,
        @Nullable Set<String> onlyRules,
        @Nullable Set<String> onlyPacks,
        boolean defaultPacks,
        boolean checkReferences,
        int maxRuleFirings,
        Duration timeout,
        int maxInsertedFacts,
        int maxStuckEvaluations,
        List<RulePack> untrustedPacks,
        List<RuleSource> untrustedSources,
        VettingPolicy vettingPolicy,
        Clock clock,
        io.archadvisor.policy.Policy policy,
        @Nullable TechnologyCatalog catalog,
        ClassLoader classLoader) {

    /** Copies every collection, keeping the order the builder saw. */
    public AdvisorSettings {
        packs = List.copyOf(packs);
        extra = List.copyOf(extra);
        disabled = ordered(disabled);
        replacements = Collections.unmodifiableMap(new LinkedHashMap<>(replacements));
        waivers = List.copyOf(waivers);
        onlyRules = onlyRules == null ? null : ordered(onlyRules);
        onlyPacks = onlyPacks == null ? null : ordered(onlyPacks);
        Objects.requireNonNull(timeout, "timeout");
        untrustedPacks = List.copyOf(untrustedPacks);
        untrustedSources = List.copyOf(untrustedSources);
        Objects.requireNonNull(vettingPolicy, "vettingPolicy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(classLoader, "classLoader");
    }

    private static Set<String> ordered(Set<String> names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }
}
