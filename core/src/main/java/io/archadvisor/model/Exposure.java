package io.archadvisor.model;

/** How a service or datastore can be reached from outside the system, declared from the widest reach to the narrowest. */
public enum Exposure {
    /** Reachable from outside directly: a published port, a load balancer or node port of its own. */
    PUBLIC,
    /** Reachable from outside only through a gateway or ingress that routes to it. */
    VIA_GATEWAY,
    /** Reachable only from inside the system's network. */
    INTERNAL
}
