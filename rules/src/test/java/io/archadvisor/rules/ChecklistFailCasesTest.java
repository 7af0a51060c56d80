package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.testkit.NodeQuery;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.junit5.RuleTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every item of the pre-response checklist can FAIL with the built-in packs, for a reason read off the requirements,
 * so the checklist is never a formality: one case per reason, and together they cover all eight items.
 */
@RuleTest
class ChecklistFailCasesTest {

    /** Requirements on which the built-in packs must FAIL the item; {@code date} is the advice date. */
    record FailCase(ChecklistItem item, String reason, String yaml, LocalDate date) {
        @Override
        public String toString() {
            return item + " fails: " + reason;
        }
    }

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    static List<FailCase> cases() {
        return List.of(
                new FailCase(
                        ChecklistItem.TECHNOLOGIES_VERIFIED,
                        "catalog entries verified long ago",
                        "{}",
                        LocalDate.of(2027, 6, 1)),
                new FailCase(
                        ChecklistItem.VERSIONS_CONFIRMED,
                        "a version on no known line",
                        "existing: {technologies: [{name: spring-boot, version: '3'}]}",
                        DATE),
                new FailCase(
                        ChecklistItem.NO_KNOWN_VULNERABILITIES,
                        "an advisory affects a version",
                        "existing: {technologies: [{name: log4j-core, version: '2.14.1'}]}",
                        DATE),
                new FailCase(
                        ChecklistItem.NO_DEPRECATED_FEATURES,
                        "a runtime past its end of life",
                        "existing: {technologies: [{name: node, version: '14'}]}",
                        DATE),
                new FailCase(
                        ChecklistItem.API_PATTERNS_CURRENT,
                        "a version before removed APIs",
                        "existing: {technologies: [{name: spring-boot, version: '2.7.18'}]}",
                        DATE),
                new FailCase(
                        ChecklistItem.TRADE_OFFS_ARTICULATED,
                        "a recommended database departs from a decision without a trade-off",
                        "existing: {decisions: [{topic: database, choice: CockroachDB}]}\n"
                                + "dataAccess: [{name: orders, kind: transactional}]",
                        DATE),
                new FailCase(
                        ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED,
                        "services deployed in lock-step cannot be rolled back one at a time",
                        "team: {size: 5}\nproposal: {style: microservices, services: [{name: orders, deploysWith:"
                                + " [billing]}, {name: billing}]}",
                        DATE),
                new FailCase(
                        ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED,
                        "canary releases on premises without a platform to split traffic",
                        "nfrs: {availabilityPercent: 99.95}\nteam: {opsMaturity: high, size: 8}\n"
                                + "deployment: {environment: on-prem}",
                        DATE),
                new FailCase(
                        ChecklistItem.EDGE_SERVERLESS_CONSIDERED,
                        "a 20 ms latency target nobody weighed for edge",
                        "nfrs: {latencyP99Ms: 20}",
                        DATE),
                new FailCase(
                        ChecklistItem.EDGE_SERVERLESS_CONSIDERED,
                        "data in two jurisdictions",
                        "nfrs: {dataResidency: [eu, us]}\nworkload: {geoDistributed: false, realTime: false}",
                        DATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBuiltInPacksFailTheItemForARealReason(FailCase c, RuleVerifier verify) {
        verify.givenYaml(c.yaml(), c.toString())
                .onDate(c.date())
                .hasNode(NodeQuery.of(ChecklistResult.class)
                        .where("item", c.item())
                        .where("status", CheckStatus.FAIL));
    }

    @Test
    void everyChecklistItemHasABuiltInFailCase() {
        Set<ChecklistItem> covered = EnumSet.noneOf(ChecklistItem.class);
        cases().forEach(c -> covered.add(c.item()));
        assertEquals(EnumSet.allOf(ChecklistItem.class), covered);
    }
}
