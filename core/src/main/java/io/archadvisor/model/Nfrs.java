package io.archadvisor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Critical non-functional requirements.
 *
 * @param latencyP99Ms latencyP99Ms
 * @param availabilityPercent availabilityPercent
 * @param rpoMinutes rpoMinutes
 * @param rtoMinutes rtoMinutes
 * @param compliance compliance
 * @param dataResidency dataResidency
 */
public record Nfrs(
        @Nullable Integer latencyP99Ms,
        @Nullable Double availabilityPercent,
        @Nullable Integer rpoMinutes,
        @Nullable Integer rtoMinutes,
        @Nullable List<ComplianceRegime> compliance,
        @Nullable List<String> dataResidency) {

    /** Validates every given value; {@code null} means unknown. */
    public Nfrs {
        Checks.atLeast("nfrs.latencyP99Ms", latencyP99Ms, 1);
        Checks.percentage("nfrs.availabilityPercent", availabilityPercent);
        Checks.atLeast("nfrs.rpoMinutes", rpoMinutes, 0);
        Checks.atLeast("nfrs.rtoMinutes", rtoMinutes, 0);
        compliance = Checks.list("nfrs.compliance", compliance);
        dataResidency = Checks.list("nfrs.dataResidency", dataResidency);
    }
}
