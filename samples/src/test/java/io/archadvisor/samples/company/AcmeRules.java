package io.archadvisor.samples.company;

import io.archadvisor.Advisor;
import io.archadvisor.testkit.RuleSetup;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The rules the ACME tests run: the built-in packs plus the company packs, on a fixed date so that waiver expiry is
 * deterministic. Coverage counts only the company's own rules.
 */
public class AcmeRules implements RuleSetup {

    /** The date every ACME test advises on. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Override
    public Advisor.Builder advisor() {
        return AcmePolicies.advisor()
                .clock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Override
    public Set<String> coveredPacks() {
        return Set.of(AcmePolicies.POLICIES, AcmePolicies.OVERRIDES);
    }
}
