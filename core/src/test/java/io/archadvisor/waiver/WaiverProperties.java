package io.archadvisor.waiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.ExpiredWaiver;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.GuidanceArea;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import io.archadvisor.graph.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded generative checks of waiver application over random graphs and waivers; a failure prints its seed. */
class WaiverProperties {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final List<String> CODES = List.of("AP-A", "AP-B", "AP-C");
    static final List<String> SUBJECTS = List.of("orders", "cart", "system");

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 0x5EEDL * 31 + i);
    }

    record Case(RecommendationGraph graph, List<Waiver> waivers) {}

    static Case generate(long seed) {
        Random r = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        Map<String, Provenance> provenance = new HashMap<>();
        int findings = r.nextInt(6);
        for (int i = 0; i < findings; i++) {
            AntiPatternFinding f = new AntiPatternFinding(
                    CODES.get(r.nextInt(3)),
                    SUBJECTS.get(r.nextInt(3)),
                    Severity.values()[r.nextInt(5)],
                    "e",
                    "r",
                    null);
            if (provenance.putIfAbsent(
                            f.id(),
                            new Provenance("RULE-" + f.code(), List.of(new FactRef("team.size", "5")), List.of()))
                    == null) {
                nodes.add(f);
            }
        }
        Guidance g = new Guidance(GuidanceArea.ARCHITECTURE, "g", "a", "r");
        nodes.add(g);
        provenance.put(g.id(), new Provenance("RULE-G", List.of(), List.of()));
        List<Waiver> waivers = new ArrayList<>();
        int count = r.nextInt(5);
        for (int i = 0; i < count; i++) {
            String finding = r.nextBoolean() ? CODES.get(r.nextInt(3)) : "RULE-" + CODES.get(r.nextInt(3));
            Waiver w = Waiver.of(finding, "reason " + i, "owner");
            if (r.nextBoolean()) {
                w = w.forSubject(SUBJECTS.get(r.nextInt(3)));
            }
            if (r.nextBoolean()) {
                w = w.expiringOn(TODAY.plusDays(r.nextInt(5) - 2));
            }
            waivers.add(w);
        }
        return new Case(new RecommendationGraph(nodes, List.of(), provenance, List.of()), waivers);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void waiversMarkOnlyMatchingFindingsKeepEveryNodeAndReportEachExpiredWaiver(long seed) {
        Case c = generate(seed);
        RecommendationGraph waived = Waivers.apply(c.graph(), c.waivers(), TODAY);
        String where = "seed " + seed + ": " + c.waivers();
        assertTrue(waived.nodes().containsAll(c.graph().nodes()), "every node stays in the graph, " + where);
        assertEquals(waived, Waivers.apply(c.graph(), c.waivers(), TODAY), "deterministic, " + where);
        for (Node n : c.graph().nodes()) {
            String rule = c.graph().provenance(n).ruleId();
            Waiver expected = n instanceof Finding f
                    ? c.waivers().stream()
                            .filter(w -> !w.expiredOn(TODAY) && w.matches(f, rule))
                            .findFirst()
                            .orElse(null)
                    : null;
            assertEquals(expected, waived.waiverOf(n).orElse(null), "waiver of " + n.id() + ", " + where);
        }
        long expired = c.waivers().stream()
                .filter(w -> w.expiredOn(TODAY))
                .map(ExpiredWaiver::new)
                .map(ExpiredWaiver::id)
                .distinct()
                .count();
        assertEquals(expired, waived.nodes(ExpiredWaiver.class).size(), "expired waivers reported, " + where);
        for (ExpiredWaiver e : waived.nodes(ExpiredWaiver.class)) {
            assertEquals(ExpiredWaiver.CODE, waived.provenance(e).ruleId(), where);
            assertTrue(e.waiver().expires().isBefore(TODAY), where);
        }
        assertEquals(c.waivers(), waived.waivers(), where);
    }
}
