package io.archadvisor.render;

import io.archadvisor.facts.Dimension;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.Component;
import io.archadvisor.graph.ComponentKind;
import io.archadvisor.graph.DeploymentStrategy;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Flow;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.GuidanceArea;
import io.archadvisor.graph.Mitigation;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.PatternSignal;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Risk;
import io.archadvisor.graph.ScalingStep;
import io.archadvisor.graph.Severity;
import io.archadvisor.graph.Stance;
import io.archadvisor.graph.TechnologyChoice;
import io.archadvisor.graph.TradeOff;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded random graphs with every built-in node type, random text (syntax, unicode, line breaks) and random edges. */
final class RandomGraphs {

    private static final String POOL =
            "abcdefXYZ 0123456789_-.,;:!?\"'`#%&|<>()[]{}/\\*+=~^$@\n\t\u0000\u001f" + "éßøΩ日本語🚀≥—\u00a0\u200b\u2028";

    private RandomGraphs() {}

    /** A graph of up to {@code size} nodes of random types, each with random provenance. */
    static RecommendationGraph graph(Random r, int size) {
        GraphBuilder b = new GraphBuilder();
        List<Node> added = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = r.nextInt(size + 1);
        for (int i = 0; i < n; i++) {
            Node node = node(r);
            if (!ids.add(node.id())) {
                continue;
            }
            GraphBuilder.Adding adding = b.add(node);
            int facts = r.nextInt(4);
            List<FactRef> refs = new ArrayList<>();
            for (int f = 0; f < facts; f++) {
                FactRef ref = r.nextInt(4) == 0
                        ? GraphBuilder.unknown(text(r, 12))
                        : GraphBuilder.fact(text(r, 12), text(r, 20));
                refs.add(
                        r.nextInt(3) == 0
                                ? ref.at(new io.archadvisor.base.Location(
                                        text(r, 16), 1 + r.nextInt(5000), r.nextInt(120)))
                                : ref);
            }
            adding.facts(refs.stream().distinct().toArray(FactRef[]::new));
            if (!added.isEmpty() && r.nextBoolean()) {
                adding.from(added.get(r.nextInt(added.size())));
            }
            adding.by("RULE-" + r.nextInt(20));
            added.add(node);
        }
        for (int e = 0; e < added.size() / 2; e++) {
            Node from = added.get(r.nextInt(added.size()));
            Node to = added.get(r.nextInt(added.size()));
            b.edge(from, EdgeType.values()[r.nextInt(EdgeType.values().length)], to);
        }
        if (r.nextBoolean()) {
            b.fired("RULE-FIRED-WITHOUT-NODES");
        }
        return b.build();
    }

    static Node node(Random r) {
        return switch (r.nextInt(15)) {
            case 0 ->
                new PatternSignal(
                        pick(r, Pattern.values()),
                        pick(r, Stance.values()),
                        text(r, 10),
                        1 + r.nextInt(5),
                        text(r, 40));
            case 1 -> {
                Verdict v = pick(r, Verdict.values());
                yield new PatternAssessment(
                        pick(r, Pattern.values()),
                        v,
                        r.nextInt(21) - 10,
                        v != Verdict.AVOID && r.nextBoolean(),
                        r.nextBoolean(),
                        text(r, 60));
            }
            case 2 ->
                new AntiPatternFinding(
                        "AP-" + text(r, 8),
                        text(r, 10),
                        pick(r, Severity.values()),
                        text(r, 40),
                        text(r, 40),
                        r.nextBoolean() ? null : text(r, 30));
            case 3 -> new ChecklistResult(pick(r, ChecklistItem.values()), pick(r, CheckStatus.values()), text(r, 40));
            case 4 ->
                new ClarifyingQuestion(
                        pick(r, Dimension.values()),
                        text(r, 40),
                        text(r, 40),
                        List.of(text(r, 8), text(r, 8)).subList(0, r.nextInt(3)));
            case 5 ->
                new TechnologyChoice(
                        text(r, 10),
                        text(r, 10),
                        r.nextBoolean() ? null : text(r, 5),
                        r.nextBoolean() ? null : "https://example.org/" + text(r, 8),
                        text(r, 40));
            case 6 -> new TradeOff(text(r, 8), text(r, 10), text(r, 30), text(r, 30));
            case 7 -> new Risk(text(r, 8), text(r, 40), pick(r, Severity.values()));
            case 8 -> new Mitigation(text(r, 8), "risk:" + text(r, 8), text(r, 40));
            case 9 -> new ScalingStep(text(r, 8), 1 + r.nextInt(9), text(r, 30), text(r, 30));
            case 10 -> new DeploymentStrategy(text(r, 8), text(r, 20), text(r, 30), text(r, 30));
            case 11 -> new Component(text(r, 12), pick(r, ComponentKind.values()), text(r, 30));
            case 12 -> new Flow(text(r, 12), text(r, 12), text(r, 15), r.nextBoolean());
            case 13 -> new Guidance(pick(r, GuidanceArea.values()), text(r, 10), text(r, 40), text(r, 40));
            default ->
                new CostEstimate(
                        text(r, 8),
                        r.nextInt(100_000),
                        List.of(text(r, 10), text(r, 10)).subList(0, r.nextInt(3)));
        };
    }

    /** Random text of up to {@code max} code points from a pool of syntax, unicode and control characters. */
    static String text(Random r, int max) {
        int len = r.nextInt(max + 1);
        StringBuilder sb = new StringBuilder();
        int count = POOL.codePointCount(0, POOL.length());
        for (int i = 0; i < len; i++) {
            sb.appendCodePoint(POOL.codePointAt(POOL.offsetByCodePoints(0, r.nextInt(count))));
        }
        return sb.toString();
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
