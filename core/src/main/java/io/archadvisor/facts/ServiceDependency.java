package io.archadvisor.facts;

import io.archadvisor.model.CallMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call from one proposed service to another.
 *
 * @param from the calling service
 * @param to the called service
 * @param mode synchronous or asynchronous, or {@code null} when unknown (rules match {@code mode == null} to ask)
 * @param serviceIndex the caller's position in {@code proposal.services}
 * @param index the call's position in the caller's {@code calls}
 */
public record ServiceDependency(
        String from, String to, @Nullable CallMode mode, int serviceIndex, int index) implements InputFact {

    /** Requires both ends; the mode may be unknown. */
    public ServiceDependency {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String path() {
        return "proposal.services[" + serviceIndex + "].calls[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return from + " -> " + to + " (" + (mode == null ? "mode unknown" : Values.display(mode)) + ")";
    }

    @Override
    public Dimension dimension() {
        return Dimension.PROPOSAL;
    }
}
