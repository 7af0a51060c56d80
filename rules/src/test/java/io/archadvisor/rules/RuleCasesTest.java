package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.yaml.RequirementsReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of cases/*.yaml: each rule fires where it must and stays silent where it must not. */
class RuleCasesTest {

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder().build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    static Stream<RuleCases.Case> cases() {
        return RuleCases.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleFiresExactlyWhereItsCasesSay(RuleCases.Case c) {
        RecommendationGraph graph = advisor.advise(RequirementsReader.read(c.yaml(), c.where()));
        boolean fired = graph.firedRules().contains(c.rule());
        if (fired != c.fires()) {
            fail(c.rule() + (c.fires() ? " did not fire" : " fired") + " on " + c.where() + ":\n" + c.yaml()
                    + "rules that fired: " + graph.firedRules());
        }
        assertEquals(c.fires(), fired);
    }
}
