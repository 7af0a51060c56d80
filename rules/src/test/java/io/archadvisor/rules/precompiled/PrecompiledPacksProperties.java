package io.archadvisor.rules.precompiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.base.ArchAdvisorException;
import io.archadvisor.model.Requirements;
import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.render.GraphJson;
import io.archadvisor.rules.reliability.Inputs;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in packs ship precompiled to Drools' executable model; an advisor built from them must behave exactly as
 * one that compiles the same packs from DRL: the same rules with the same metadata and places, the same graph, byte
 * for byte, on the bundled samples, the rule cases, the scenarios and generated inputs, and the same with custom
 * rules, disabled, replaced and selected rules mixed in.
 */
class PrecompiledPacksProperties {

    private static final String PROPERTY = "archadvisor.precompiledPacks";
    private static final GraphJson JSON = GraphJson.standard();
    private static final List<Requirements> INPUTS = Inputs.varied(Inputs.scaled(20, 400));

    private static final String CUSTOM = """
            package com.example.precompiled;
            import io.archadvisor.facts.*;
            import io.archadvisor.graph.*;
            import io.archadvisor.model.Pattern;

            rule "CUSTOM-LARGE-TEAM-MICROSERVICES"
                agenda-group "assess"
            when
                TeamSize(value >= 20)
            then
                insertLogical(new PatternAssessment(Pattern.MICROSERVICES, Verdict.RECOMMENDED, 3, true, false, "custom"));
            end

            rule "CUSTOM-SERVERLESS-BESIDE-MICROSERVICES"
                agenda-group "advise"
            when
                PatternAssessment(pattern == Pattern.MICROSERVICES, verdict == Verdict.RECOMMENDED, rationale != "custom")
            then
                insertLogical(new PatternAssessment(Pattern.SERVERLESS, Verdict.RECOMMENDED, 1, false, false, "custom"));
            end
            """;

    private static final String REPLACEMENT = """
            package com.example.precompiled;
            import io.archadvisor.facts.*;
            import io.archadvisor.graph.*;
            import io.archadvisor.model.Pattern;

            rule "PAT-MM-SMALL-TEAM"
                agenda-group "signals"
            when
                TeamSize(value < 3)
            then
            end
            """;

    private static Advisor precompiled;
    private static Advisor classic;

    @BeforeAll
    static void build() {
        precompiled = build(UnaryOperator.identity(), true);
        classic = build(UnaryOperator.identity(), false);
    }

    @AfterAll
    static void close() {
        precompiled.close();
        classic.close();
    }

    private static Advisor build(UnaryOperator<Advisor.Builder> options, boolean fromPrecompiled) {
        String before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, String.valueOf(fromPrecompiled));
        try {
            return options.apply(Advisor.builder().checkReferences(false)).build();
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }

    /** Whether the engine behind the facade built its KieBase from precompiled packs (it is not API, so reflection). */
    private static boolean isPrecompiled(Advisor advisor) {
        try {
            java.lang.reflect.Method engine = advisor.getClass().getDeclaredMethod("engine");
            engine.setAccessible(true);
            Object e = engine.invoke(advisor);
            java.lang.reflect.Method precompiled = e.getClass().getDeclaredMethod("precompiled");
            precompiled.setAccessible(true);
            return (boolean) precompiled.invoke(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the engine no longer tells whether it is precompiled", e);
        }
    }

    static Stream<Integer> inputs() {
        return IntStream.range(0, INPUTS.size()).boxed();
    }

    @Test
    void theDefaultAdvisorLoadsTheBuiltInPacksPrecompiledUnlessTurnedOff() {
        assertTrue(isPrecompiled(precompiled), "the default packs load from their executable model");
        assertFalse(isPrecompiled(classic), "archadvisor.precompiledPacks=false compiles the DRL");
    }

    @Test
    void bothBuildsListTheSameRulesWithTheSameMetadataAndPlaces() {
        assertFalse(precompiled.rules().isEmpty(), "the seed pack's rules");
        assertEquals(classic.rules(), precompiled.rules());
    }

    @ParameterizedTest(name = "input {0}")
    @MethodSource("inputs")
    void bothBuildsGiveTheSameGraphByteForByte(int input) {
        Requirements r = INPUTS.get(input);
        assertEquals(JSON.write(classic.advise(r)), JSON.write(precompiled.advise(r)), "input " + input + ": " + r);
    }

    @Test
    void customDisabledReplacedAndSelectedRulesMixWithThePrecompiledPacksAsWithTheClassicBuild() throws Exception {
        List<UnaryOperator<Advisor.Builder>> variants = List.of(
                b -> b.addRules("custom.drl", CUSTOM),
                b -> b.disableRule("PAT-MM-UNCLEAR-DOMAIN").disableRule("AP-DISTRIBUTED-MONOLITH-SYNC-CALL-GRAPH"),
                b -> b.replaceRule("PAT-MM-SMALL-TEAM", REPLACEMENT).addRules("custom.drl", CUSTOM),
                b -> b.onlyPacks("archadvisor-seed").disableRule("PAT-MM-SMALL-TEAM"),
                b -> b.onlyRules("PAT-MM-SMALL-TEAM", "PAT-MM-UNCLEAR-DOMAIN", "CUSTOM-LARGE-TEAM-MICROSERVICES")
                        .addRules("custom.drl", CUSTOM));
        for (int v = 0; v < variants.size(); v++) {
            try (Advisor fast = build(variants.get(v), true);
                    Advisor slow = build(variants.get(v), false)) {
                assertTrue(isPrecompiled(fast), "variant " + v + " loads the precompiled packs");
                assertEquals(slow.rules(), fast.rules(), "variant " + v + ": rules");
                for (int i = 0; i < INPUTS.size(); i += 3) {
                    assertEquals(
                            outcome(slow, INPUTS.get(i)),
                            outcome(fast, INPUTS.get(i)),
                            "variant " + v + ", input " + i);
                }
            }
        }
    }

    /** The graph as JSON, or the error a rule raised (custom rules can conflict with the seed's). */
    private static String outcome(Advisor advisor, Requirements r) {
        try {
            return JSON.write(advisor.advise(r));
        } catch (ArchAdvisorException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void aCustomRuleThatDoesNotCompileIsReportedAsByTheClassicBuild() {
        UnaryOperator<Advisor.Builder> broken =
                b -> b.addRules("broken.drl", CUSTOM.replace("TeamSize(value", "TeamSise(value"));
        RuleCompilationException fast = assertThrows(RuleCompilationException.class, () -> build(broken, true));
        RuleCompilationException slow = assertThrows(RuleCompilationException.class, () -> build(broken, false));
        assertEquals(slow.getMessage(), fast.getMessage());
        assertEquals(slow.errors(), fast.errors());
    }
}
