package io.archadvisor.samples.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.PatternSignal;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.testkit.NodeQuery;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.junit5.RuleTest;
import org.junit.jupiter.api.Test;

/** ACME's override of the built-in PAT-MS-LARGE-TEAM: microservices need 30 engineers, not 20. */
@RuleTest(setup = AcmeRules.class, coverageThreshold = 1.0)
class TeamSizeOverrideTest {

    static final NodeQuery<PatternSignal> LARGE_TEAM =
            NodeQuery.of(PatternSignal.class).where("criterion", "large-team");

    @Test
    void twentyFiveEngineersNoLongerArgueForMicroservices(RuleVerifier verify) {
        verify.givenYaml("team: {size: 25}").didNotFire("PAT-MS-LARGE-TEAM").hasNoNode(LARGE_TEAM);
    }

    @Test
    void thirtyEngineersDo(RuleVerifier verify) {
        verify.givenYaml("team: {size: 30}")
                .fired("PAT-MS-LARGE-TEAM")
                .node(LARGE_TEAM)
                .derivedBy("PAT-MS-LARGE-TEAM")
                .explanationContains("ACME's threshold");
    }

    @Test
    void theOverrideIsListedWithThePlaceOfTheRuleItReplaces(Advisor advisor) {
        RuleInfo rule = advisor.rules().stream()
                .filter(r -> r.id().equals("PAT-MS-LARGE-TEAM"))
                .findFirst()
                .orElseThrow();
        assertEquals(AcmePolicies.OVERRIDES, rule.pack());
        assertEquals("classpath:company-overrides/team-size.drl", rule.source());
        assertTrue(rule.replaces().startsWith("classpath:io/archadvisor/rules/patterns.drl:"), rule.replaces());
        assertTrue(rule.replaces().endsWith("(pack archadvisor-seed)"), rule.replaces());
    }
}
