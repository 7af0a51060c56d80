package io.archadvisor.policy;

import io.archadvisor.base.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The thresholds of the calibration policy; in an override file every field is optional, and a missing one keeps
 * the default of {@link Policy#defaults()}.
 *
 * @param smallTeam a team below this many engineers is small (microservices are to be avoided)
 * @param largeTeam a team of at least this many engineers is large (microservices pay; below it, one deployable)
 * @param latencyCriticalMs a p99 latency target below this many milliseconds is latency-critical
 * @param realTimeEdgeMs a real-time p99 target of at most this many milliseconds favours edge computing (and a
 *     latency target below it that no edge signal weighed fails the edge item of the checklist)
 * @param latencySensitiveMs a p99 latency target of at most this many milliseconds makes a use case latency-sensitive
 *     (ignoring edge computing for it is an anti-pattern)
 * @param rapidReleaseMonths a first release due within this many months calls for rapid iteration
 * @param looseCouplingContexts this many bounded contexts or more favour coupling them through events
 * @param tinyProjectedRps a projected peak below this many requests per second is a tiny load
 * @param tinyProjectedUsers fewer projected users than this is a tiny load (unless a request rate says otherwise)
 * @param bigTechScaleRps a projected peak below this many requests per second is far below big-tech scale
 * @param bigTechBudgetUsd a monthly budget below this many US dollars is far below what a big-tech stack costs
 * @param manyServices this many services or more is a big-tech stack element
 * @param highAvailabilityPercent an availability target of at least this many percent needs several zones, a warm
 *     standby in a second region, replicas, SLOs and zero-downtime releases; below it one region is enough
 * @param activeActivePercent an availability target of at least this many percent needs active-active (or a hot
 *     standby) across regions
 */
public record Thresholds(
        Integer smallTeam,
        Integer largeTeam,
        Integer latencyCriticalMs,
        Integer realTimeEdgeMs,
        Integer latencySensitiveMs,
        Integer rapidReleaseMonths,
        Integer looseCouplingContexts,
        Integer tinyProjectedRps,
        Integer tinyProjectedUsers,
        Integer bigTechScaleRps,
        Integer bigTechBudgetUsd,
        Integer manyServices,
        Double highAvailabilityPercent,
        Double activeActivePercent) {

    /**
     * Checks that every given count is positive, every percentage between 0 and 100, the small team no larger than
     * the large one, and the high availability target no higher than the active-active one.
     */
    public Thresholds {
        positive("thresholds.smallTeam", smallTeam);
        positive("thresholds.largeTeam", largeTeam);
        positive("thresholds.latencyCriticalMs", latencyCriticalMs);
        positive("thresholds.realTimeEdgeMs", realTimeEdgeMs);
        positive("thresholds.latencySensitiveMs", latencySensitiveMs);
        positive("thresholds.rapidReleaseMonths", rapidReleaseMonths);
        positive("thresholds.looseCouplingContexts", looseCouplingContexts);
        positive("thresholds.tinyProjectedRps", tinyProjectedRps);
        positive("thresholds.tinyProjectedUsers", tinyProjectedUsers);
        positive("thresholds.bigTechScaleRps", bigTechScaleRps);
        positive("thresholds.bigTechBudgetUsd", bigTechBudgetUsd);
        positive("thresholds.manyServices", manyServices);
        percent("thresholds.highAvailabilityPercent", highAvailabilityPercent);
        percent("thresholds.activeActivePercent", activeActivePercent);
        if (highAvailabilityPercent != null
                && activeActivePercent != null
                && highAvailabilityPercent > activeActivePercent) {
            throw new InvalidValueException("thresholds.highAvailabilityPercent (" + highAvailabilityPercent
                    + ") must not exceed thresholds.activeActivePercent (" + activeActivePercent + ")");
        }
        if (smallTeam != null && largeTeam != null && smallTeam > largeTeam) {
            throw new InvalidValueException("thresholds.smallTeam (" + smallTeam + ") must not exceed"
                    + " thresholds.largeTeam (" + largeTeam + ")");
        }
    }

    private static void positive(String name, Integer value) {
        if (value != null && value < 1) {
            throw new InvalidValueException(name + " must be ≥ 1, got " + value);
        }
    }

    private static void percent(String name, Double value) {
        if (value != null && !(value > 0 && value < 100)) {
            throw new InvalidValueException(name + " must be a percentage above 0 and below 100, got " + value);
        }
    }

    /** These thresholds with every field {@code other} gives replaced. */
    Thresholds with(@Nullable Thresholds other) {
        if (other == null) {
            return this;
        }
        return new Thresholds(
                pick(other.smallTeam, smallTeam),
                pick(other.largeTeam, largeTeam),
                pick(other.latencyCriticalMs, latencyCriticalMs),
                pick(other.realTimeEdgeMs, realTimeEdgeMs),
                pick(other.latencySensitiveMs, latencySensitiveMs),
                pick(other.rapidReleaseMonths, rapidReleaseMonths),
                pick(other.looseCouplingContexts, looseCouplingContexts),
                pick(other.tinyProjectedRps, tinyProjectedRps),
                pick(other.tinyProjectedUsers, tinyProjectedUsers),
                pick(other.bigTechScaleRps, bigTechScaleRps),
                pick(other.bigTechBudgetUsd, bigTechBudgetUsd),
                pick(other.manyServices, manyServices),
                pick(other.highAvailabilityPercent, highAvailabilityPercent),
                pick(other.activeActivePercent, activeActivePercent));
    }

    private static <T> T pick(T override, T base) {
        return override != null ? override : base;
    }
}
