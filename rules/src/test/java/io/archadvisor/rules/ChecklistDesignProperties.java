package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Verdict;
import io.archadvisor.yaml.RequirementsReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over random requirements (seeded; the seed and the document are in every failure message), the seed pack gives
 * exactly one result per design checklist item, FAIL only for a reason the documents can hold (a latency target
 * under 50 ms or IoT devices that no edge signal weighed; these documents carry no decisions, no proposal and no
 * on-premises deployment, the other reasons to fail), PASS for trade-offs exactly when a pattern is recommended, and PASS for the deployment
 * strategy exactly when there is a primary pattern.
 */
class ChecklistDesignProperties {

    private static final long BASE_SEED = 0xC4EC_D351L;
    private static final int DOCUMENTS = 40;

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder().build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    static LongStream seeds() {
        return LongStream.range(0, DOCUMENTS).map(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theDesignItemsHaveExactlyOneHonestResultEach(long seed) {
        String yaml = document(new Random(seed));
        String context = "seed " + seed + ":\n" + yaml;
        RecommendationGraph g = advisor.advise(RequirementsReader.read(yaml, "seed-" + seed + ".yaml"));
        List<ChecklistItem> items = List.of(
                ChecklistItem.TRADE_OFFS_ARTICULATED,
                ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED,
                ChecklistItem.EDGE_SERVERLESS_CONSIDERED);
        for (ChecklistItem item : items) {
            List<ChecklistResult> results =
                    g.checklist().stream().filter(r -> r.item() == item).toList();
            assertEquals(1, results.size(), item + " results " + results + "\n" + context);
            if (results.get(0).status() == CheckStatus.FAIL) {
                assertEquals(ChecklistItem.EDGE_SERVERLESS_CONSIDERED, item, results.get(0) + "\n" + context);
                String signals = MessageParams.of(
                                "checklist-design",
                                "CHK-EDGE-SIGNAL-UNWEIGHED.evidence",
                                results.get(0).evidence())
                        .get("joinUnweighedEdgeSignalsAll");
                assertTrue(
                        signals.contains("latency target of") || signals.contains("IoT devices"),
                        results.get(0) + "\n" + context);
            }
        }
        boolean recommended =
                g.nodes(PatternAssessment.class).stream().anyMatch(a -> a.verdict() == Verdict.RECOMMENDED);
        assertEquals(
                recommended ? CheckStatus.PASS : CheckStatus.UNKNOWN,
                status(g, ChecklistItem.TRADE_OFFS_ARTICULATED),
                context);
        assertEquals(
                g.primaryPattern().isPresent() ? CheckStatus.PASS : CheckStatus.UNKNOWN,
                status(g, ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED),
                context);
        assertEquals(
                g, advisor.advise(RequirementsReader.read(yaml, "seed-" + seed + ".yaml")), "determinism\n" + context);
    }

    private static CheckStatus status(RecommendationGraph g, ChecklistItem item) {
        return g.checklist().stream()
                .filter(r -> r.item() == item)
                .findFirst()
                .orElseThrow()
                .status();
    }

    private static String document(Random r) {
        List<String> workload = new ArrayList<>();
        maybe(r, workload, "shape", pick(r, "steady", "spiky", "seasonal"));
        for (String flag : List.of(
                "asyncWorkflows", "longRunningJobs", "realTime", "geoDistributed", "auditTrail", "simpleCrud", "iot")) {
            maybe(r, workload, flag, pick(r, "true", "false"));
        }
        List<String> team = new ArrayList<>();
        maybe(r, team, "size", String.valueOf(1 + r.nextInt(60)));
        maybe(r, team, "opsMaturity", pick(r, "low", "medium", "high"));
        List<String> domain = new ArrayList<>();
        maybe(r, domain, "clarity", pick(r, "unclear", "emerging", "clear"));
        maybe(r, domain, "independentScaling", pick(r, "true", "false"));
        List<String> nfrs = new ArrayList<>();
        maybe(r, nfrs, "latencyP99Ms", String.valueOf(20 + r.nextInt(800)));
        maybe(r, nfrs, "availabilityPercent", pick(r, "99", "99.5", "99.9", "99.95", "99.99"));
        List<String> budget = new ArrayList<>();
        maybe(r, budget, "costSensitivity", pick(r, "low", "medium", "high"));
        maybe(r, budget, "monthlyUsd", String.valueOf(100 * (1 + r.nextInt(50))));
        StringBuilder sb = new StringBuilder();
        section(sb, "workload", workload);
        section(sb, "team", team);
        section(sb, "domain", domain);
        section(sb, "nfrs", nfrs);
        section(sb, "budget", budget);
        if (r.nextBoolean()) {
            sb.append("timeline: {stage: ")
                    .append(pick(r, "idea", "mvp", "growth", "mature"))
                    .append("}\n");
        }
        if (r.nextBoolean()) {
            sb.append("dataAccess: [{name: orders, kind: transactional, readsPerSecond: ")
                    .append(r.nextInt(5000))
                    .append(", writesPerSecond: ")
                    .append(r.nextInt(2000))
                    .append(", strongConsistency: ")
                    .append(r.nextBoolean())
                    .append("}]\n");
        }
        return sb.length() == 0 ? "{}" : sb.toString();
    }

    private static void maybe(Random r, List<String> fields, String key, String value) {
        if (r.nextInt(3) > 0) {
            fields.add(key + ": " + value);
        }
    }

    private static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    private static void section(StringBuilder sb, String name, List<String> fields) {
        if (!fields.isEmpty()) {
            sb.append(name).append(": {").append(String.join(", ", fields)).append("}\n");
        }
    }
}
