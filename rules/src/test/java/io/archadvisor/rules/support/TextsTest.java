package io.archadvisor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archadvisor.facts.Compliance;
import io.archadvisor.facts.CurrentRps;
import io.archadvisor.model.ComplianceRegime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void anAvailabilityTargetIsWrittenAsItsErrorRatioAndDowntime() {
        assertEquals("0.001", Texts.errorRatio(99.9));
        assertEquals("0.0005", Texts.errorRatio(99.95));
        assertEquals("21.6 minutes", Texts.downtimePer30Days(99.95));
        assertEquals("7.2 hours", Texts.downtimePer30Days(99.0));
        assertEquals(21, Texts.downtimeMinutesPer30Days(99.95));
    }

    @Test
    void aRememberedTextIsTheSameAsTheFirstOneWrittenForEveryValue() {
        for (int i = 0; i < 3_000; i++) { // more values than are remembered at once
            double availability = 90 + i / 1_000.0;
            String ratio = Texts.errorRatio(availability);
            String downtime = Texts.downtimePer30Days(availability);
            assertEquals(ratio, Texts.errorRatio(availability), () -> "error ratio of " + availability);
            assertEquals(downtime, Texts.downtimePer30Days(availability), () -> "downtime of " + availability);
        }
        assertEquals("0.001", Texts.errorRatio(99.9));
    }

    @Test
    void factsAreListedByDimensionThenByShorterPathThenByPathAndOtherObjectsAreLeftOut() {
        List<Object> facts = List.of(
                new Compliance(ComplianceRegime.SOC2, 10),
                "not a fact",
                new Compliance(ComplianceRegime.PCI_DSS, 2),
                new CurrentRps(1200),
                new Compliance(ComplianceRegime.GDPR, 1));
        assertEquals(
                List.of(
                        new CurrentRps(1200),
                        new Compliance(ComplianceRegime.GDPR, 1),
                        new Compliance(ComplianceRegime.PCI_DSS, 2),
                        new Compliance(ComplianceRegime.SOC2, 10)),
                Texts.sorted(facts));
        assertEquals(
                "scale.currentRequestsPerSecond = 1200, nfrs.compliance[1] = gdpr, nfrs.compliance[2] = pci-dss,"
                        + " nfrs.compliance[10] = soc2",
                Texts.facts(facts));
        assertEquals("1200, gdpr, pci-dss, soc2", Texts.values(facts));
        assertEquals("", Texts.values(List.of("nothing to list")));
    }
}
