package io.archadvisor.whatif;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A node whose id stayed but whose content changed, with the provenance of each version.
 *
 * @param before the node before
 * @param after the node after
 * @param provenanceBefore how the node was derived before
 * @param provenanceAfter how it is derived now
 */
public record NodeChange(Node before, Node after, Provenance provenanceBefore, Provenance provenanceAfter) {

    /** A change of one field. */
    public record FieldChange(String field, Object before, Object after) {
        @Override
        public String toString() {
            return field + ": " + before + " → " + after;
        }
    }

    /** Requires both versions of the same node. */
    public NodeChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(provenanceBefore, "provenanceBefore");
        Objects.requireNonNull(provenanceAfter, "provenanceAfter");
        if (!before.id().equals(after.id())) {
            throw new InvalidValueException(
                    "A change relates two versions of one node, got " + before.id() + " and " + after.id());
        }
    }

    /** The node's id. */
    public String id() {
        return after.id();
    }

    /** The fields that differ, in declaration order; empty when only the provenance changed. */
    public List<FieldChange> fields() {
        List<FieldChange> out = new ArrayList<>();
        if (before.getClass() != after.getClass() || !before.getClass().isRecord()) {
            out.add(new FieldChange("node", before, after));
            return out;
        }
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            Object b = read(c, before);
            Object a = read(c, after);
            if (!Objects.equals(b, a)) {
                out.add(new FieldChange(c.getName(), b, a));
            }
        }
        return out;
    }

    private static Object read(RecordComponent c, Object o) {
        try {
            return c.getAccessor().invoke(o);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + c, e);
        }
    }
}
