package io.archadvisor.rules;

import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.Scenario;
import io.archadvisor.testkit.junit5.RuleTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of cases/*.yaml with the rule test kit: each rule fires where it must and stays silent where it
 * must not. The kit shares one compiled advisor with the module's other rule tests, and counts rule coverage: every
 * rule of the seed pack must fire in at least one case of the run. A case may give an advice date, for rules that
 * depend on time such as end of life.
 */
@RuleTest(coverageThreshold = 1.0)
class RuleCasesTest {

    static Stream<RuleCases.Case> cases() {
        return RuleCases.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleFiresExactlyWhereItsCasesSay(RuleCases.Case c, RuleVerifier verify) {
        Scenario scenario = verify.givenYaml(c.yaml(), c.where());
        if (c.date() != null) {
            scenario.onDate(c.date());
        }
        if (c.policy() != null) {
            scenario.withPolicy(io.archadvisor.yaml.PolicyReader.read(c.policy(), c.where() + " policy"));
        }
        if (c.fires()) {
            scenario.fired(c.rule());
        } else {
            scenario.didNotFire(c.rule());
        }
    }
}
