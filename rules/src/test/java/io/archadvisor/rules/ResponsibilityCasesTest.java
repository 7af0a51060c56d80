package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Runs the rule cases of the responsibility packs: each rule fires on its firing documents and not on its silent ones. */
class ResponsibilityCasesTest {

    static final List<String> FILES = java.util.Arrays.stream(System.getProperty("cases", "api").split(","))
            .map(String::strip).toList();

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder().build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String file : FILES) {
            JsonNode root = CaseDocuments.tree("io/archadvisor/rules/cases/" + file + ".yaml");
            for (JsonNode c : root) {
                String rule = c.get("rule").asString();
                int i = 0;
                for (JsonNode d : c.get("fires")) {
                    out.add(Arguments.of(file, rule, true, i++, d));
                }
                i = 0;
                for (JsonNode d : c.get("silent")) {
                    out.add(Arguments.of(file, rule, false, i++, d));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2} #{3}")
    @MethodSource("cases")
    void eachRuleFiresOnItsFiringCasesAndStaysSilentOnItsSilentOnes(String file, String rule, boolean fires,
            int index, JsonNode document) {
        Requirements r = CaseDocuments.requirements(document);
        RecommendationGraph g = advisor.advise(r);
        if (fires) {
            assertTrue(g.firedRules().contains(rule), () -> rule + " should fire on " + document + "; fired: "
                    + g.firedRules());
        } else {
            assertFalse(g.firedRules().contains(rule), () -> rule + " should stay silent on " + document);
        }
    }
}
