package io.archadvisor.model;

/**
 * An integration or state-handling practice a proposed service uses that has a modern replacement: written in
 * YAML in kebab case, such as {@code in-memory-sessions}.
 */
public enum Practice {
    /** User sessions held in the memory of one instance. */
    IN_MEMORY_SESSIONS,
    /** Load balancing that pins each user to one instance (session affinity). */
    STICKY_SESSIONS,
    /** Reading or writing another service's tables as the way to integrate with it. */
    SHARED_DATABASE_INTEGRATION,
    /** Two-phase commit or XA transactions across services. */
    DISTRIBUTED_TRANSACTIONS,
    /** One request fanned out synchronously to many services, or through a chain of them, before it answers. */
    SYNCHRONOUS_FAN_OUT,
    /** Exchanging files on a shared drive or in nightly batches as the way to integrate. */
    SHARED_FILE_INTEGRATION,
    /** Asking another system again and again whether something changed. */
    POLLING
}
