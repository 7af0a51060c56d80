package io.archadvisor.model;

/** The dominant access pattern of a data set, which decides the kind of datastore. */
public enum AccessKind {
    TRANSACTIONAL,
    DOCUMENT,
    KEY_VALUE,
    CACHE,
    ANALYTICAL,
    TIME_SERIES,
    SEARCH,
    STREAMING,
    GRAPH,
    BLOB
}
