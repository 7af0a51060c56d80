package io.archadvisor.rules.support;

import io.archadvisor.graph.ComponentKind;
import io.archadvisor.model.AccessKind;
import java.util.List;
import java.util.Set;

/**
 * Names and labels of the component model the design rules derive: one datastore component per access kind, fixed
 * names for the shared components, and service names that never collide with them. What each store is and how
 * compute uses it are the texts store-KIND.description and store-KIND.flow of the design bundle.
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
            case TRANSACTIONAL -> Messages.text("design", "store-transactional", "description", Messages.none());
            case DOCUMENT -> Messages.text("design", "store-document", "description", Messages.none());
            case KEY_VALUE -> Messages.text("design", "store-keyValue", "description", Messages.none());
            case CACHE -> Messages.text("design", "store-cache", "description", Messages.none());
            case ANALYTICAL -> Messages.text("design", "store-analytical", "description", Messages.none());
            case TIME_SERIES -> Messages.text("design", "store-timeSeries", "description", Messages.none());
            case SEARCH -> Messages.text("design", "store-search", "description", Messages.none());
            case STREAMING -> Messages.text("design", "store-streaming", "description", Messages.none());
            case GRAPH -> Messages.text("design", "store-graph", "description", Messages.none());
            case BLOB -> Messages.text("design", "store-blob", "description", Messages.none());
        };
    }

    /** The label of a flow from compute to the datastore serving an access kind. */
    public static String storeFlowLabel(AccessKind kind) {
        return switch (kind) {
            case TRANSACTIONAL -> Messages.text("design", "store-transactional", "flow", Messages.none());
            case DOCUMENT -> Messages.text("design", "store-document", "flow", Messages.none());
            case KEY_VALUE -> Messages.text("design", "store-keyValue", "flow", Messages.none());
            case CACHE -> Messages.text("design", "store-cache", "flow", Messages.none());
            case ANALYTICAL -> Messages.text("design", "store-analytical", "flow", Messages.none());
            case TIME_SERIES -> Messages.text("design", "store-timeSeries", "flow", Messages.none());
            case SEARCH -> Messages.text("design", "store-search", "flow", Messages.none());
            case STREAMING -> Messages.text("design", "store-streaming", "flow", Messages.none());
            case GRAPH -> Messages.text("design", "store-graph", "flow", Messages.none());
            case BLOB -> Messages.text("design", "store-blob", "flow", Messages.none());
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
