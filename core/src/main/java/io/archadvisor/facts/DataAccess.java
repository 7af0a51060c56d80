package io.archadvisor.facts;

import io.archadvisor.model.AccessKind;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One data set and its access pattern; the numeric fields are {@code null} when unknown.
 *
 * @param name the data set's name
 * @param kind the dominant access pattern
 * @param readsPerSecond reads per second, or {@code null}
 * @param writesPerSecond writes per second, or {@code null}
 * @param strongConsistency whether reads must see the latest write, or {@code null}
 * @param index its position in {@code dataAccess}
 */
public record DataAccess(
        String name,
        AccessKind kind,
        @Nullable Integer readsPerSecond,
        @Nullable Integer writesPerSecond,
        @Nullable Boolean strongConsistency,
        int index)
        implements InputFact {

    /** Requires a name and a kind. */
    public DataAccess {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String path() {
        return "dataAccess[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return name + " (" + Values.display(kind) + ")";
    }

    @Override
    public Dimension dimension() {
        return Dimension.DATA_ACCESS;
    }
}
