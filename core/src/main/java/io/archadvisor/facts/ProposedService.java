package io.archadvisor.facts;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A service or module of the proposal under review.
 *
 * @param name the service's name
 * @param datastores the names of the datastores it uses (empty when none or unknown)
 * @param instances how many instances run, or {@code null} when unknown
 * @param deploysWith the services it must be deployed together with
 * @param index its position in {@code proposal.services}
 */
public record ProposedService(
        String name,
        @Nullable List<String> datastores,
        @Nullable Integer instances,
        @Nullable List<String> deploysWith,
        int index)
        implements InputFact {

    /** Requires a name; copies the lists. */
    public ProposedService {
        Objects.requireNonNull(name, "name");
        datastores = datastores == null ? List.of() : List.copyOf(datastores);
        deploysWith = deploysWith == null ? List.of() : List.copyOf(deploysWith);
    }

    @Override
    public String path() {
        return "proposal.services[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return name;
    }

    @Override
    public Dimension dimension() {
        return Dimension.PROPOSAL;
    }
}
