package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.model.Pattern;
import io.archadvisor.policy.Policy;
import io.archadvisor.policy.PolicyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyReaderTest {

    @Test
    void anOverrideChangesOnlyWhatItNames() {
        Policy p = PolicyReader.read("""
                name: acme
                version: "3"
                thresholds: {largeTeam: 30}
                weights:
                  - {pattern: microservices, criterion: large-team, weight: 4}
                """, "policy.yaml");
        assertEquals("acme", p.name());
        assertEquals("3", p.version());
        assertEquals(30, p.thresholds().largeTeam());
        assertEquals(10, p.thresholds().smallTeam());
        assertEquals(4, p.weight(Pattern.MICROSERVICES, "large-team"));
        assertEquals(3, p.weight(Pattern.MODULAR_MONOLITH, "team-under-20"));
        assertFalse(p.isDefault());
        assertEquals(
                List.of(
                        "thresholds.largeTeam = 30 (default 20)",
                        "weight of Microservices / large-team = 4 (default 3)"),
                p.differences());
    }

    @Test
    void anEmptyOverrideIsTheDefaultPolicy() {
        Policy p = PolicyReader.read("{}", "policy.yaml");
        assertTrue(p.isDefault());
        assertEquals(List.of(), p.differences());
    }

    @Test
    void anUnknownKeyIsReportedWithItsPlaceAndTheClosestKey() {
        PolicyException e = assertThrows(
                PolicyException.class, () -> PolicyReader.read("thresholds: {largTeam: 30}\n", "policy.yaml"));
        assertTrue(e.getMessage().contains("policy.yaml:1:14"), e.getMessage());
        assertTrue(e.getMessage().contains("largTeam"), e.getMessage());
        assertTrue(e.getMessage().contains("largeTeam"), e.getMessage());
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyReader.read("""
                thresholds: {smallTeam: 0}
                weights:
                  - {pattern: microservice, criterion: large-team, weight: 4}
                  - {pattern: serverless, criterion: spiky-workload, weight: 11}
                """, "policy.yaml"));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("microservice"), e.getMessage());
        assertTrue(e.getMessage().contains("policy.yaml:4:"), e.getMessage());
    }

    @Test
    void aSmallTeamLargerThanTheLargeOneIsRefused() {
        PolicyException e = assertThrows(
                PolicyException.class, () -> PolicyReader.read("thresholds: {smallTeam: 25}\n", "policy.yaml"));
        assertTrue(e.getMessage().contains("smallTeam"), e.getMessage());
    }

    @Test
    void theEdgeAndEventDrivenSignalsAreWeighedByThePolicy() {
        Policy p = PolicyReader.read("""
                thresholds: {realTimeEdgeMs: 20}
                weights:
                  - {pattern: edge, criterion: geo-distributed, weight: 0}
                  - {pattern: event-driven, criterion: audit-trail, weight: 5}
                """, "policy.yaml");
        assertEquals(20, p.thresholds().realTimeEdgeMs());
        assertEquals(0, p.weight(Pattern.EDGE, "geo-distributed"));
        assertEquals(3, p.weight(Pattern.EDGE, "real-time-iot"));
        assertEquals(5, p.weight(Pattern.EVENT_DRIVEN, "audit-trail"));
        assertEquals(
                List.of(
                        "thresholds.realTimeEdgeMs = 20 (default 50)",
                        "weight of Edge Computing / geo-distributed = 0 (default 2)",
                        "weight of Event-Driven / audit-trail = 5 (default 2)"),
                p.differences());
    }

    @Test
    void everyPatternHasItsSignalsInTheBuiltInPolicy() {
        for (Pattern pattern : Pattern.values()) {
            assertFalse(Policy.criteria(pattern).isEmpty(), pattern.toString());
        }
        assertEquals(
                List.of("real-time-iot", "interactive-real-time", "geo-distributed", "simple-crud"),
                Policy.criteria(Pattern.EDGE));
    }

    @Test
    void aCriterionTheRulesDoNotWeighIsReportedAtItsPlaceWithTheClosestOne() {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyReader.read("""
                weights:
                  - {pattern: edge, criterion: geo-distribted, weight: 1}
                """, "policy.yaml"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("policy.yaml:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("geo-distribted"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean `geo-distributed`"), e.getMessage());
    }

    @Test
    void aCriterionOfAnotherPatternIsNotACriterionOfThisOne() {
        PolicyException e = assertThrows(
                PolicyException.class,
                () -> PolicyReader.read(
                        "weights: [{pattern: edge, criterion: large-team, weight: 1}]\n", "policy.yaml"));
        assertTrue(e.getMessage().contains("Edge Computing"), e.getMessage());
        assertTrue(e.getMessage().contains("real-time-iot"), e.getMessage());
    }

    @Test
    void theAvailabilityTiersAreThresholdsWithTheSeedsDefaults() {
        Policy p = PolicyReader.read("thresholds: {highAvailabilityPercent: 99.5}\n", "policy.yaml");
        assertEquals(99.5, p.thresholds().highAvailabilityPercent());
        assertEquals(99.99, p.thresholds().activeActivePercent());
        assertEquals(99.9, Policy.defaults().thresholds().highAvailabilityPercent());
        assertEquals(List.of("thresholds.highAvailabilityPercent = 99.5 (default 99.9)"), p.differences());
    }

    @Test
    void anAvailabilityTierOutsideAPercentageOrAboveTheActiveActiveTierIsRefused() {
        PolicyException outside = assertThrows(
                PolicyException.class,
                () -> PolicyReader.read("thresholds: {activeActivePercent: 100}\n", "policy.yaml"));
        assertTrue(outside.getMessage().contains("activeActivePercent"), outside.getMessage());
        assertTrue(outside.getMessage().startsWith("policy.yaml:"), outside.getMessage());
        PolicyException inverted = assertThrows(
                PolicyException.class,
                () -> PolicyReader.read("thresholds: {highAvailabilityPercent: 99.995}\n", "policy.yaml"));
        assertTrue(inverted.getMessage().contains("highAvailabilityPercent"), inverted.getMessage());
    }
}
