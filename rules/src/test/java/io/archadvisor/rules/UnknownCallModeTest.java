package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archadvisor.facts.Dimension;
import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.Flow;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.junit5.RuleTest;
import org.junit.jupiter.api.Test;

/**
 * A call whose mode nobody stated (typical of imported deployment files) is unknown: the advisor asks about it, draws
 * it without claiming a protocol, and counts it in no synchronous-chain or asynchronous-flow rule.
 */
@RuleTest
class UnknownCallModeTest {

    private static final String MICROSERVICES = """
            team: {size: 40}
            domain: {clarity: clear, independentScaling: true}
            proposal:
              style: microservices
              services:
                - {name: web, calls: [{to: orders}, {to: billing, mode: sync}]}
                - {name: orders, calls: [{to: billing}]}
                - {name: billing, calls: [{to: stock}]}
                - {name: stock}
            """;

    @Test
    void theAdvisorAsksAboutEveryCallWhoseModeIsUnknownByName(RuleVerifier verify) {
        ClarifyingQuestion q =
                verify.givenYaml(MICROSERVICES, "calls.yaml").fired("Q-CALL-MODES").graph().questions().stream()
                        .filter(x -> x.dimension() == Dimension.PROPOSAL_CALL_MODES)
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                "Which of these calls wait for the answer (sync) and which are messages or events (async):"
                        + " billing → stock; orders → billing; web → orders?",
                q.question());
    }

    @Test
    void aCallOfUnknownModeIsDrawnWithoutAProtocol(RuleVerifier verify) {
        verify.givenYaml(MICROSERVICES, "calls.yaml")
                .hasNode(Flow.class, f -> f.label().equals("call, sync or async not known yet") && !f.async())
                .hasNode(Flow.class, f -> f.label().equals("gRPC call with a deadline"));
    }

    @Test
    void callsOfUnknownModeMakeNoSynchronousChain(RuleVerifier verify) {
        verify.givenYaml(MICROSERVICES, "calls.yaml").didNotFire("AP-DISTRIBUTED-MONOLITH-SYNC-CHAIN");
        // the same calls stated synchronous do make one: web → orders → billing → stock
        verify.givenYaml(
                        MICROSERVICES
                                .replace("{to: orders}", "{to: orders, mode: sync}")
                                .replace("{to: billing}]", "{to: billing, mode: sync}]")
                                .replace("{to: stock}", "{to: stock, mode: sync}"),
                        "calls.yaml")
                .fired("AP-DISTRIBUTED-MONOLITH-SYNC-CHAIN")
                .didNotFire("Q-CALL-MODES");
    }
}
