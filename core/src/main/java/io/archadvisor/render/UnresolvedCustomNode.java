package io.archadvisor.render;

import io.archadvisor.graph.CustomNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A custom node read from graph JSON whose Java type was not registered with {@link GraphJson#withCustomTypes}: it
 * keeps the node's type name, id, summary and fields as read, so the graph can be rendered and written again
 * unchanged, but it is not an instance of the original class.
 *
 * @param customType the fully qualified name of the node's class, as written
 * @param id the node's id, as written
 * @param summary the node's summary, as written
 * @param fields the node's fields as plain values: strings, booleans, {@code Long}, {@code BigInteger} and
 *     {@code Double} numbers, lists, maps and {@code null}, in the order written
 */
public record UnresolvedCustomNode(String customType, String id, String summary, Map<String, Object> fields)
        implements CustomNode {

    /** Validates and copies. */
    public UnresolvedCustomNode {
        Objects.requireNonNull(customType, "customType");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
    }
}
