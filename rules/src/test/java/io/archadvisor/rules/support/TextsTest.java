package io.archadvisor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
