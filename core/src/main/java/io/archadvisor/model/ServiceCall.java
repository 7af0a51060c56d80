package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * A call from one proposed service to another.
 *
 * @param to to (required)
 * @param mode whether the caller waits for the answer; {@code null} when the files or people describing the system
 *     have not said (unknown, never assumed synchronous)
 */
public record ServiceCall(String to, @Nullable CallMode mode) {

    /** Validates every given value; {@code null} means unknown. */
    public ServiceCall {
        Checks.notBlank("serviceCall.to", to);
    }
}
