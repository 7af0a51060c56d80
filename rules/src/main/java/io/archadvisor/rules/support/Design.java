package io.archadvisor.rules.support;

import io.archadvisor.graph.ComponentKind;
import io.archadvisor.model.AccessKind;
import java.util.List;
import java.util.Set;

/**
 * Names and labels of the component model the design rules derive: one datastore component per access kind, fixed
 * names for the shared components, and service names that never collide with them.
 */
public final class Design {

    /** The names of the shared components; a proposed service with one of these names gets a suffix. */
    public static final Set<String> RESERVED = Set.of(
            "clients",
            "devices",
            "edge",
            "cdn",
            "gateway",
            "monolith",
            "message-broker",
            "workers",
            "observability",
            "read-cache",
            "database",
            "api-functions",
            "services",
            "payment-provider",
            "relational-db",
            "document-db",
            "key-value-store",
            "cache",
            "analytics-db",
            "time-series-db",
            "search-index",
            "event-log",
            "graph-db",
            "object-storage");

    private Design() {}

    /** Every access kind, in declaration order, for rules that iterate over them. */
    public static List<AccessKind> accessKinds() {
        return List.of(AccessKind.values());
    }

    /** The component name of the datastore serving an access kind, such as {@code relational-db}. */
    public static String storeName(AccessKind kind) {
        return switch (kind) {
            case TRANSACTIONAL -> "relational-db";
            case DOCUMENT -> "document-db";
            case KEY_VALUE -> "key-value-store";
            case CACHE -> "cache";
            case ANALYTICAL -> "analytics-db";
            case TIME_SERIES -> "time-series-db";
            case SEARCH -> "search-index";
            case STREAMING -> "event-log";
            case GRAPH -> "graph-db";
            case BLOB -> "object-storage";
        };
    }

    /** The diagram kind of the datastore serving an access kind. */
    public static ComponentKind storeKind(AccessKind kind) {
        return switch (kind) {
            case CACHE -> ComponentKind.CACHE;
            case STREAMING -> ComponentKind.QUEUE;
            default -> ComponentKind.DATASTORE;
        };
    }

    /** What the datastore serving an access kind is, such as {@code relational database}. */
    public static String storeDescription(AccessKind kind) {
        return switch (kind) {
            case TRANSACTIONAL -> "relational database";
            case DOCUMENT -> "document store";
            case KEY_VALUE -> "key-value store";
            case CACHE -> "in-memory cache store";
            case ANALYTICAL -> "columnar analytical store";
            case TIME_SERIES -> "time-series store";
            case SEARCH -> "search index";
            case STREAMING -> "partitioned event log";
            case GRAPH -> "graph database";
            case BLOB -> "object storage";
        };
    }

    /** The label of a flow from compute to the datastore serving an access kind. */
    public static String storeFlowLabel(AccessKind kind) {
        return switch (kind) {
            case TRANSACTIONAL -> "SQL reads and writes in transactions";
            case DOCUMENT -> "document reads and writes by key";
            case KEY_VALUE -> "get and put by key";
            case CACHE -> "get and set with TTL";
            case ANALYTICAL -> "analytical queries";
            case TIME_SERIES -> "appends and time-range queries";
            case SEARCH -> "search queries";
            case STREAMING -> "publishes and consumes events";
            case GRAPH -> "graph traversals";
            case BLOB -> "object metadata and server-side reads";
        };
    }

    /** Whether a flow to the datastore serving an access kind is asynchronous. */
    public static boolean storeFlowAsync(AccessKind kind) {
        return kind == AccessKind.STREAMING;
    }

    /** The component name of a proposed service: its own name, suffixed when it is a shared component's name. */
    public static String serviceName(String name) {
        return RESERVED.contains(name) ? name + "-service" : name;
    }

    /** Whether a name looks like a payment capability: pay, billing, checkout. */
    public static boolean paymentLike(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.contains("pay") || n.contains("billing") || n.contains("checkout");
    }
}
