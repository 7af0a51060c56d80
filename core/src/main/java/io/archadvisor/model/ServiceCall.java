package io.archadvisor.model;

/**
 * A call from one proposed service to another.
 *
 * @param to to (required)
 * @param mode mode (required)
 */
public record ServiceCall(
        String to,
        CallMode mode) {

    /** Validates every given value; {@code null} means unknown. */
    public ServiceCall {
        Checks.notBlank("serviceCall.to", to);
        Checks.required("serviceCall.mode", mode);
    }
}
