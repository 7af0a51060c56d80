package io.archadvisor.policy;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.model.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The calibration policy the rules judge by: the thresholds (a small team, a latency-critical target, a tiny load,
 * ...) and the weight of every pattern signal. {@link #defaults()} is the documented policy of {@code docs/policy.md};
 * a team overrides parts of it with a YAML file ({@code PolicyReader}), and the report names the policy when it is
 * not the default. Rules match it as a fact: {@code $p : Policy()}, then {@code $p.thresholds().largeTeam()} and
 * {@code $p.weight(Pattern.MICROSERVICES, "large-team")}.
 *
 * @param name the policy's name ({@code default} for the built-in one)
 * @param version the policy's version
 * @param thresholds every threshold (all set)
 * @param weights the weight of every pattern signal
 */
public record Policy(String name, String version, Thresholds thresholds, List<Weight> weights) {

    /** The version of the built-in policy. */
    public static final String DEFAULT_VERSION = "2026.12";

    private static final Policy DEFAULT = new Policy(
            "default",
            DEFAULT_VERSION,
            new Thresholds(10, 20, 100, 50, 100, 6, 3, 100, 1000, 500, 2000, 10, 99.9, 99.99),
            List.of(
                    new Weight(Pattern.MODULAR_MONOLITH, "team-under-20", 3),
                    new Weight(Pattern.MODULAR_MONOLITH, "unclear-domain", 3),
                    new Weight(Pattern.MODULAR_MONOLITH, "rapid-iteration-stage", 2),
                    new Weight(Pattern.MODULAR_MONOLITH, "rapid-iteration-deadline", 1),
                    new Weight(Pattern.MODULAR_MONOLITH, "independent-scaling", 3),
                    new Weight(Pattern.MICROSERVICES, "large-team", 3),
                    new Weight(Pattern.MICROSERVICES, "clear-domains", 2),
                    new Weight(Pattern.MICROSERVICES, "independent-scale", 3),
                    new Weight(Pattern.MICROSERVICES, "small-team", 3),
                    new Weight(Pattern.MICROSERVICES, "early-stage", 3),
                    new Weight(Pattern.MICROSERVICES, "unclear-domain", 3),
                    new Weight(Pattern.SERVERLESS, "spiky-workload", 3),
                    new Weight(Pattern.SERVERLESS, "event-triggered", 1),
                    new Weight(Pattern.SERVERLESS, "cost-optimize", 2),
                    new Weight(Pattern.SERVERLESS, "latency-critical", 3),
                    new Weight(Pattern.SERVERLESS, "long-running", 3),
                    new Weight(Pattern.EDGE, "real-time-iot", 3),
                    new Weight(Pattern.EDGE, "interactive-real-time", 2),
                    new Weight(Pattern.EDGE, "geo-distributed", 2),
                    new Weight(Pattern.EDGE, "simple-crud", 3),
                    new Weight(Pattern.EVENT_DRIVEN, "async-workflows", 3),
                    new Weight(Pattern.EVENT_DRIVEN, "audit-trail", 2),
                    new Weight(Pattern.EVENT_DRIVEN, "loose-coupling", 1),
                    new Weight(Pattern.EVENT_DRIVEN, "simple-request-response", 3)));

    /** Requires every part; the thresholds must all be set, and each signal weighed at most once. */
    public Policy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(thresholds, "thresholds");
        weights = List.copyOf(Objects.requireNonNull(weights, "weights"));
        Map<String, Weight> seen = new LinkedHashMap<>();
        for (Weight w : weights) {
            if (seen.put(w.pattern() + "/" + w.criterion(), w) != null) {
                throw new InvalidValueException(
                        "the signal " + w.pattern() + "/" + w.criterion() + " is weighed twice");
            }
        }
    }

    /** The documented default policy (docs/policy.md). */
    public static Policy defaults() {
        return DEFAULT;
    }

    /**
     * The criteria the built-in rules weigh for a pattern, in the order of the documented table: a weight for any
     * other criterion is a mistake the policy reader reports.
     */
    public static List<String> criteria(Pattern pattern) {
        return DEFAULT.weights.stream()
                .filter(w -> w.pattern() == pattern)
                .map(Weight::criterion)
                .toList();
    }

    /** Whether this is the built-in policy, unchanged. */
    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /**
     * The weight of a pattern signal; a signal the policy does not list weighs what the built-in policy says, and
     * 0 when neither lists it. A signal of weight 0 does not count in its pattern's score.
     */
    public int weight(Pattern pattern, String criterion) {
        for (Weight w : weights) {
            if (w.pattern() == pattern && w.criterion().equals(criterion)) {
                return w.weight();
            }
        }
        for (Weight w : DEFAULT.weights) {
            if (w.pattern() == pattern && w.criterion().equals(criterion)) {
                return w.weight();
            }
        }
        return 0;
    }

    /**
     * This policy with an override applied: the override's name and version, every threshold it sets, and every
     * weight it lists; everything else stays.
     */
    public Policy with(
            @Nullable String overrideName,
            @Nullable String overrideVersion,
            @Nullable Thresholds overrideThresholds,
            @Nullable List<Weight> overrideWeights) {
        Map<String, Weight> merged = new LinkedHashMap<>();
        for (Weight w : weights) {
            merged.put(w.pattern() + "/" + w.criterion(), w);
        }
        for (Weight w : overrideWeights == null ? List.<Weight>of() : overrideWeights) {
            merged.put(w.pattern() + "/" + w.criterion(), w);
        }
        return new Policy(
                overrideName == null ? name : overrideName,
                overrideVersion == null ? version : overrideVersion,
                thresholds.with(overrideThresholds),
                new ArrayList<>(merged.values()));
    }

    /** What this policy changes against the built-in one, in words; empty for the built-in policy. */
    public List<String> differences() {
        List<String> out = new ArrayList<>();
        Thresholds d = DEFAULT.thresholds();
        for (java.lang.reflect.RecordComponent c : Thresholds.class.getRecordComponents()) {
            try {
                Object mine = c.getAccessor().invoke(thresholds);
                Object base = c.getAccessor().invoke(d);
                if (!Objects.equals(mine, base)) {
                    out.add("thresholds." + c.getName() + " = " + mine + " (default " + base + ")");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        for (Weight w : weights) {
            int base = DEFAULT.weight(w.pattern(), w.criterion());
            if (base != w.weight()) {
                out.add("weight of " + w.pattern().label() + " / " + w.criterion() + " = " + w.weight() + " (default "
                        + base + ")");
            }
        }
        return out;
    }
}
