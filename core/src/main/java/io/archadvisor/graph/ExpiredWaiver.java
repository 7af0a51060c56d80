package io.archadvisor.graph;

import io.archadvisor.base.InvalidValueException;
import java.util.Objects;

/**
 * A waiver whose expiry date has passed: it no longer applies, and the engine reports it as a finding so that someone
 * renews it or fixes what it accepted. Its provenance names the pseudo-rule {@value #CODE} and the waiver.
 *
 * @param waiver the expired waiver
 */
public record ExpiredWaiver(Waiver waiver) implements CustomNode, Finding {

    /** The code of expired-waiver findings, also the rule id in their provenance. */
    public static final String CODE = "WAIVER-EXPIRED";

    /** Requires the waiver. */
    public ExpiredWaiver {
        Objects.requireNonNull(waiver, "waiver");
        if (waiver.expires() == null) {
            throw new InvalidValueException("A waiver without an expiry date cannot expire: " + waiver);
        }
    }

    @Override
    public String id() {
        return "waiver-expired:" + waiver.finding() + ":" + (waiver.subject() == null ? "*" : waiver.subject()) + ":"
                + waiver.expires();
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String subject() {
        return waiver.target();
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public String summary() {
        return "The waiver of " + waiver.target() + " (owner " + waiver.owner() + ") expired on " + waiver.expires()
                + "; renew it with a new expiry date or fix the finding. Its reason was: " + waiver.reason();
    }
}
