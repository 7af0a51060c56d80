package io.archadvisor.rules.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.Mitigation;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Risk;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.DatastoreSpec;
import io.archadvisor.model.Nfrs;
import io.archadvisor.model.Pattern;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random microservices proposals (seeded; the seed is in every failure message) checked against brute-force oracles:
 * the distributed-monolith findings name exactly the shared datastores, the synchronous cycles and the entry points of
 * long synchronous chains; single instances are flagged exactly against a high availability target; every risk the
 * findings imply has its mitigation; and the same proposal always gives an equal graph.
 */
class AntiPatternProperties {

    private static final int CHAIN_HOPS = 3;
    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder().checkReferences(false).build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void distributedMonolithFindingsMatchABruteForceOracle(long seed) {
        Requirements r = proposal(new Random(seed));
        RecommendationGraph g = advisor.advise(r);
        List<ServiceSpec> services = r.proposal().services();
        String where = "seed " + seed + ", services " + services;

        assertEquals(sharedDatastores(services), subjects(g, "AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE"), where);
        Map<String, Set<String>> sync = syncGraph(services);
        Map<String, Integer> component = components(sync);
        assertEquals(cycles(component), subjects(g, "AP-DISTRIBUTED-MONOLITH-CYCLIC-CALLS"), where);
        assertEquals(chainEntries(sync, component), subjects(g, "AP-DISTRIBUTED-MONOLITH-SYNC-CHAIN"), where);
        assertEquals(
                services.stream()
                        .filter(s -> !s.deploysWith().isEmpty())
                        .map(ServiceSpec::name)
                        .collect(Collectors.toCollection(TreeSet::new)),
                subjects(g, "AP-DISTRIBUTED-MONOLITH-LOCKSTEP-DEPLOY"),
                where);
        boolean highTarget = r.nfrs().availabilityPercent() >= 99.9;
        assertEquals(
                services.stream()
                        .filter(s -> highTarget && Integer.valueOf(1).equals(s.instances()))
                        .map(ServiceSpec::name)
                        .collect(Collectors.toCollection(TreeSet::new)),
                subjects(g, "AP-SINGLE-POINT-OF-FAILURE-INSTANCE"),
                where);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRiskOfAFindingIsMitigatedAndTheGraphIsDeterministic(long seed) {
        Requirements r = proposal(new Random(seed));
        RecommendationGraph g = advisor.advise(r);
        for (Risk risk : g.nodes(Risk.class)) {
            if (!risk.code().startsWith("ap-")) {
                continue;
            }
            Mitigation m = (Mitigation) g.node("mitigation:" + risk.code())
                    .orElseThrow(() -> new AssertionError("seed " + seed + ": no mitigation for " + risk.id()));
            assertTrue(g.edges().contains(new Edge(m.id(), risk.id(), EdgeType.MITIGATES)), "seed " + seed);
            assertTrue(
                    g.edgesFrom(risk).stream()
                            .anyMatch(e -> e.type() == EdgeType.DERIVED_FROM && e.to().startsWith("anti-pattern:")),
                    "seed " + seed + ": " + risk.id() + " rests on no finding");
        }
        for (AntiPatternFinding f : g.findings()) {
            if (f.code().startsWith("AP-DISTRIBUTED-MONOLITH-")) {
                assertTrue(
                        g.edges().contains(new Edge(f.id(), "pattern:MICROSERVICES", EdgeType.CONFLICTS_WITH)),
                        "seed " + seed + ": " + f.id());
                assertTrue(!g.provenance(f).facts().isEmpty(), "seed " + seed + ": " + f.id() + " names no facts");
            }
        }
        assertEquals(g, advisor.advise(r), "seed " + seed);
    }

    // ---------------------------------------------------------------- generator

    private static Requirements proposal(Random rnd) {
        int n = 2 + rnd.nextInt(11);
        int stores = 1 + rnd.nextInt(n);
        List<ServiceSpec> services = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> datastores = new ArrayList<>();
            if (rnd.nextInt(4) > 0) {
                datastores.add("db" + rnd.nextInt(stores));
            }
            List<ServiceCall> calls = new ArrayList<>();
            int k = rnd.nextInt(4);
            for (int c = 0; c < k; c++) {
                calls.add(new ServiceCall("s" + rnd.nextInt(n), rnd.nextInt(3) == 0 ? CallMode.ASYNC : CallMode.SYNC));
            }
            List<String> deploysWith = rnd.nextInt(8) == 0 ? List.of("s" + rnd.nextInt(n)) : List.of();
            Integer instances = rnd.nextInt(3) == 0 ? null : 1 + rnd.nextInt(3);
            services.add(new ServiceSpec("s" + i, datastores, calls, instances, deploysWith));
        }
        double availability = rnd.nextBoolean() ? 99.95 : 99.5;
        // a large team, so the microservices assessment exists and findings can conflict with it
        return new Requirements(
                "random",
                null,
                new io.archadvisor.model.Team(30, null, null),
                null,
                null,
                null,
                new Nfrs(null, availability, null, null, null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                new Proposal(Pattern.MICROSERVICES, services, List.<DatastoreSpec>of(), null));
    }

    // ---------------------------------------------------------------- oracles

    private static Set<String> subjects(RecommendationGraph g, String code) {
        return g.findings().stream()
                .filter(f -> f.code().equals(code))
                .map(AntiPatternFinding::subject)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> sharedDatastores(List<ServiceSpec> services) {
        Map<String, Set<String>> users = new TreeMap<>();
        for (ServiceSpec s : services) {
            for (String d : s.datastores()) {
                users.computeIfAbsent(d, k -> new TreeSet<>()).add(s.name());
            }
        }
        return users.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Set<String>> syncGraph(List<ServiceSpec> services) {
        Map<String, Set<String>> sync = new TreeMap<>();
        for (ServiceSpec s : services) {
            for (ServiceCall c : s.calls()) {
                if (c.mode() == CallMode.SYNC) {
                    sync.computeIfAbsent(s.name(), k -> new TreeSet<>()).add(c.to());
                    sync.computeIfAbsent(c.to(), k -> new TreeSet<>());
                }
            }
        }
        return sync;
    }

    /** Component ids by mutual reachability (brute force). */
    private static Map<String, Integer> components(Map<String, Set<String>> sync) {
        Map<String, Set<String>> reach = new HashMap<>();
        for (String v : sync.keySet()) {
            Set<String> seen = new TreeSet<>();
            List<String> todo = new ArrayList<>(sync.get(v));
            while (!todo.isEmpty()) {
                String w = todo.remove(todo.size() - 1);
                if (seen.add(w)) {
                    todo.addAll(sync.get(w));
                }
            }
            reach.put(v, seen);
        }
        Map<String, Integer> component = new TreeMap<>();
        int next = 0;
        for (String v : sync.keySet()) {
            if (component.containsKey(v)) {
                continue;
            }
            component.put(v, next);
            for (String w : sync.keySet()) {
                if (!w.equals(v) && reach.get(v).contains(w) && reach.get(w).contains(v)) {
                    component.put(w, next);
                }
            }
            next++;
        }
        return component;
    }

    private static Set<String> cycles(Map<String, Integer> component) {
        Map<Integer, TreeSet<String>> members = new TreeMap<>();
        component.forEach(
                (v, c) -> members.computeIfAbsent(c, k -> new TreeSet<>()).add(v));
        return members.values().stream()
                .filter(m -> m.size() >= 2)
                .map(m -> String.join(", ", m))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> chainEntries(Map<String, Set<String>> sync, Map<String, Integer> component) {
        Set<String> entries = new TreeSet<>();
        for (String v : sync.keySet()) {
            boolean calledFromOutside = sync.entrySet().stream()
                    .anyMatch(e -> e.getValue().contains(v)
                            && !component.get(e.getKey()).equals(component.get(v)));
            if (!calledFromOutside && longest(v, sync, component, new HashMap<>()) >= CHAIN_HOPS) {
                entries.add(v);
            }
        }
        return entries;
    }

    private static int longest(
            String v, Map<String, Set<String>> sync, Map<String, Integer> component, Map<String, Integer> memo) {
        Integer known = memo.get(v);
        if (known != null) {
            return known;
        }
        int best = 0;
        for (String w : sync.get(v)) {
            if (!component.get(w).equals(component.get(v))) {
                best = Math.max(best, 1 + longest(w, sync, component, memo));
            }
        }
        memo.put(v, best);
        return best;
    }
}
