package io.archadvisor.graph;

import io.archadvisor.base.InvalidValueException;
import java.util.Objects;

/**
 * One step of the scaling roadmap: when a trigger is observed, take the step.
 *
 * @param code a stable key
 * @param order the step's position in the roadmap, from 1
 * @param trigger the measurable trigger
 * @param action what to do then
 */
public record ScalingStep(String code, int order, String trigger, String action) implements Node {

    /** Validates the node. */
    public ScalingStep {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(action, "action");
        if (order < 1) {
            throw new InvalidValueException("order must be ≥ 1, got " + order);
        }
    }

    @Override
    public String id() {
        return "scaling:" + code;
    }

    @Override
    public String summary() {
        return order + ". when " + trigger + ": " + action;
    }
}
