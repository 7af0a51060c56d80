package io.archadvisor.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archadvisor.Advisor;
import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.PatternSignal;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.TradeOff;
import io.archadvisor.model.Budget;
import io.archadvisor.model.Clarity;
import io.archadvisor.model.ComplianceRegime;
import io.archadvisor.model.Decision;
import io.archadvisor.model.DecisionTopic;
import io.archadvisor.model.Domain;
import io.archadvisor.model.ExistingInfrastructure;
import io.archadvisor.model.Level;
import io.archadvisor.model.LoadShape;
import io.archadvisor.model.Nfrs;
import io.archadvisor.model.Observability;
import io.archadvisor.model.Pattern;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Scale;
import io.archadvisor.model.Stage;
import io.archadvisor.model.Team;
import io.archadvisor.model.Timeline;
import io.archadvisor.model.Workload;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The floor is only a floor if it makes the same decisions as the rules it stands for: the same signals, verdicts,
 * primary pattern, questions, blocking edges and trade-offs, node for node.
 */
class PlainJavaFloorTest {

    private static final List<Class<? extends Node>> DECIDED =
            List.of(PatternSignal.class, PatternAssessment.class, ClarifyingQuestion.class, TradeOff.class);

    private static Advisor advisor;

    @BeforeAll
    static void buildAdvisor() {
        advisor = FloorBenchmark.decisionRulesAdvisor();
    }

    @AfterAll
    static void closeAdvisor() {
        advisor.close();
    }

    static Stream<Arguments> inputs() {
        Stream<Arguments> reference =
                BenchmarkInputs.NAMES.stream().map(n -> Arguments.of(n, BenchmarkInputs.named(n)));
        Stream<Arguments> generated = Stream.of(1, 2, 7, 50)
                .map(n -> Arguments.of("generated " + n + " services", ProposalGenerator.requirements(n, 1_000L + n)));
        Requirements t = BenchmarkInputs.typical();
        Stream<Arguments> edgeCases = Stream.of(
                Arguments.of("nothing known", Requirements.named("blank")),
                Arguments.of(
                        "high availability, no RPO or RTO, GDPR without residency, idea stage, traces unknown",
                        new Requirements(
                                "variant",
                                new Scale(null, 100, null, null, null, null),
                                t.team(),
                                t.budget(),
                                new Timeline(null, Stage.IDEA),
                                new ExistingInfrastructure(
                                        null,
                                        null,
                                        List.of(new Decision(
                                                DecisionTopic.ARCHITECTURE_STYLE, " Microservices ", null))),
                                new Nfrs(40, 99.99, null, null, List.of(ComplianceRegime.GDPR), null),
                                t.deployment(),
                                new Workload(LoadShape.STEADY, false, false, true, false, false, true, true),
                                new Domain(Clarity.CLEAR, null, false),
                                null,
                                t.security(),
                                new Observability(true, null, null, null, null),
                                new Proposal(Pattern.EVENT_DRIVEN, null, null, null))),
                Arguments.of(
                        "a large team with a serverless proposal",
                        new Requirements(
                                "variant-2",
                                null,
                                new Team(45, null, null),
                                new Budget(null, Level.HIGH),
                                new Timeline(12, Stage.MATURE),
                                null,
                                null,
                                null,
                                null,
                                new Domain(Clarity.UNCLEAR, List.of("a", "b"), true),
                                null,
                                null,
                                null,
                                new Proposal(Pattern.SERVERLESS, null, null, null))));
        return Stream.of(reference, generated, edgeCases).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theHandCodedFloorMakesTheSameDecisionsAsTheRules(String name, Requirements requirements) {
        RecommendationGraph graph = advisor.advise(requirements);
        PlainJavaFloor.Advice plain = PlainJavaFloor.advise(requirements);
        for (Class<? extends Node> type : DECIDED) {
            assertEquals(
                    Set.copyOf(graph.nodes(type)),
                    plain.nodes().stream().filter(type::isInstance).collect(Collectors.toSet()),
                    () -> name + ": the floor's " + type.getSimpleName() + " nodes differ from the rules'");
        }
        Set<Edge> blocked = graph.edges().stream()
                .filter(e -> e.type() == EdgeType.BLOCKED_BY)
                .collect(Collectors.toSet());
        assertEquals(blocked.size(), plain.edges().size(), () -> name + ": blocking edges differ");
        assertEquals(blocked, Set.copyOf(plain.edges()), () -> name + ": blocking edges differ");
    }
}
