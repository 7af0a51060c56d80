package io.archadvisor.graph;

/** What an architecture component is, for diagrams. */
public enum ComponentKind {
    /** A client or user agent. */
    CLIENT,
    /** An edge or CDN layer. */
    EDGE,
    /** An API gateway or load balancer. */
    GATEWAY,
    /** A deployable service. */
    SERVICE,
    /** A module inside a deployable. */
    MODULE,
    /** A serverless function. */
    FUNCTION,
    /** A database. */
    DATASTORE,
    /** A cache. */
    CACHE,
    /** A queue, broker or event log. */
    QUEUE,
    /** Telemetry collection and dashboards. */
    OBSERVABILITY,
    /** An external system. */
    EXTERNAL
}
