package io.archadvisor.facts;

import io.archadvisor.model.Practice;
import java.util.Objects;

/**
 * A practice with a modern replacement that a proposed service uses, such as in-memory sessions or polling.
 *
 * @param service the service's name
 * @param practice the practice
 * @param serviceIndex the service's position in {@code proposal.services}
 * @param index the practice's position in the service's list of practices
 */
public record ServicePractice(String service, Practice practice, int serviceIndex, int index) implements InputFact {

    /** Requires the service and the practice. */
    public ServicePractice {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(practice, "practice");
    }

    @Override
    public String path() {
        return "proposal.services[" + serviceIndex + "].practices[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return practice;
    }

    @Override
    public Dimension dimension() {
        return Dimension.PROPOSAL;
    }
}
