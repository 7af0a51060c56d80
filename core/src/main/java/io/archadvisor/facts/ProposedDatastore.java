package io.archadvisor.facts;

import io.archadvisor.model.AccessKind;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A datastore of the proposal under review.
 *
 * @param name the datastore's name
 * @param technology its technology, lower case, or {@code null}
 * @param kind its access kind, or {@code null}
 * @param replicas its number of replicas, or {@code null} when unknown
 * @param index its position in {@code proposal.datastores}
 */
public record ProposedDatastore(
        String name,
        @Nullable String technology,
        @Nullable AccessKind kind,
        @Nullable Integer replicas,
        int index) implements InputFact {

    /** Requires a name. */
    public ProposedDatastore {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String path() {
        return "proposal.datastores[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return technology == null ? name : name + " (" + technology + ")";
    }

    @Override
    public Dimension dimension() {
        return Dimension.PROPOSAL;
    }
}
