package io.archadvisor.facts;

import io.archadvisor.model.Exposure;
import java.util.Objects;

/**
 * How a proposed service or datastore can be reached from outside the system, as the requirements state it
 * ({@code proposal.services[i].exposure}, {@code proposal.datastores[i].exposure}).
 *
 * @param name the service's or datastore's name
 * @param datastore whether it is a datastore rather than a service
 * @param exposure how it can be reached
 * @param index its position in {@code proposal.services} or {@code proposal.datastores}
 */
public record Exposed(String name, boolean datastore, Exposure exposure, int index) implements InputFact {

    /** Requires the name and the exposure. */
    public Exposed {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(exposure, "exposure");
    }

    /** Whether it can be reached from outside at all, directly or through a gateway. */
    public boolean external() {
        return exposure != Exposure.INTERNAL;
    }

    @Override
    public String path() {
        return "proposal." + (datastore ? "datastores[" : "services[") + index + "].exposure";
    }

    @Override
    public Object displayValue() {
        return exposure;
    }

    @Override
    public Dimension dimension() {
        return Dimension.PROPOSAL;
    }
}
