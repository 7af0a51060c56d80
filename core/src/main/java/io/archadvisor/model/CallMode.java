package io.archadvisor.model;

/** Whether a call between services waits for the answer. */
public enum CallMode {
    SYNC,
    ASYNC
}
