package io.archadvisor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.facts.ServiceDependency;
import io.archadvisor.model.CallMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncCallGraphTest {

    private static int counter;

    private static SyncCall call(String from, String to) {
        return new SyncCall(new ServiceDependency(from, to, CallMode.SYNC, counter++, 0));
    }

    private static List<List<String>> paths(List<List<SyncCall>> chains) {
        return chains.stream().map(SyncCallGraph::path).toList();
    }

    private static List<List<String>> members(List<List<SyncCall>> cycles) {
        return cycles.stream().map(SyncCallGraph::services).toList();
    }

    @Test
    void twoServicesCallingEachOtherFormACycle() {
        SyncCallGraph g = SyncCallGraph.of(List.of(call("orders", "billing"), call("billing", "orders")));
        assertEquals(List.of(List.of("billing", "orders")), members(g.cycles()));
        assertEquals(2, g.cycles().get(0).size());
    }

    @Test
    void aCycleListsOnlyTheCallsBetweenItsMembers() {
        SyncCallGraph g = SyncCallGraph.of(
                List.of(call("gateway", "a"), call("a", "b"), call("b", "c"), call("c", "a"), call("c", "d")));
        List<List<SyncCall>> cycles = g.cycles();
        assertEquals(List.of(List.of("a", "b", "c")), members(cycles));
        assertEquals(
                List.of("a->b", "b->c", "c->a"),
                cycles.get(0).stream().map(c -> c.from() + "->" + c.to()).toList());
    }

    @Test
    void anAcyclicGraphHasNoCycles() {
        SyncCallGraph g = SyncCallGraph.of(List.of(call("a", "b"), call("b", "c"), call("a", "c")));
        assertTrue(g.cycles().isEmpty());
    }

    @Test
    void theLongestChainFromEachEntryIsReportedWhenLongEnough() {
        SyncCallGraph g = SyncCallGraph.of(List.of(
                call("gateway", "orders"),
                call("orders", "billing"),
                call("billing", "ledger"),
                call("gateway", "catalog"),
                call("web", "catalog")));
        assertEquals(List.of(List.of("gateway", "orders", "billing", "ledger")), paths(g.chains(3)));
        assertEquals(
                List.of(List.of("gateway", "orders", "billing", "ledger"), List.of("web", "catalog")),
                paths(g.chains(1)));
    }

    @Test
    void aChainOfTwoCallsIsBelowAThresholdOfThree() {
        SyncCallGraph g = SyncCallGraph.of(List.of(call("a", "b"), call("b", "c")));
        assertTrue(g.chains(3).isEmpty());
    }

    @Test
    void chainsIgnoreCallsInsideCyclesAndStartFromServicesOnlyACycleCalls() {
        SyncCallGraph g = SyncCallGraph.of(
                List.of(call("a", "b"), call("b", "a"), call("b", "c"), call("c", "d"), call("d", "e")));
        assertEquals(List.of(List.of("b", "c", "d", "e")), paths(g.chains(3)));
    }

    @Test
    void tiesGoToTheCalleeFirstInNameOrder() {
        SyncCallGraph g = SyncCallGraph.of(List.of(
                call("a", "y"),
                call("a", "x"),
                call("x", "z1"),
                call("y", "z2"),
                call("z1", "end"),
                call("z2", "end")));
        assertEquals(List.of(List.of("a", "x", "z1", "end")), paths(g.chains(3)));
    }

    @Test
    void duplicateCallsCountAsOneEdge() {
        SyncCallGraph g = SyncCallGraph.of(List.of(call("a", "b"), call("a", "b"), call("b", "c"), call("c", "d")));
        List<List<SyncCall>> chains = g.chains(3);
        assertEquals(1, chains.size());
        assertEquals(3, chains.get(0).size());
    }

    @Test
    void theDependenciesOfACycleAreItsOwnFacts() {
        SyncCall ab = call("a", "b");
        SyncCall ba = call("b", "a");
        SyncCallGraph g = SyncCallGraph.of(List.of(ab, ba, call("x", "y")));
        List<ServiceDependency> deps = SyncCallGraph.dependencies(g.cycles().get(0));
        assertEquals(List.of(ab.dependency(), ba.dependency()), deps);
    }

    @Test
    void aLongChainIsAnalysedWithoutDeepRecursion() {
        List<SyncCall> calls = new ArrayList<>();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            calls.add(call("s" + i, "s" + (i + 1)));
        }
        calls.add(call("s" + n, "s0"));
        SyncCallGraph ring = SyncCallGraph.of(calls);
        assertEquals(n + 1, ring.cycles().get(0).size());
        calls.remove(calls.size() - 1);
        List<List<SyncCall>> chains = SyncCallGraph.of(calls).chains(3);
        assertEquals(1, chains.size());
        assertEquals(n, chains.get(0).size());
    }

    @Test
    void anAsynchronousDependencyIsNotASyncCall() {
        ServiceDependency async = new ServiceDependency("a", "b", CallMode.ASYNC, 0, 0);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new SyncCall(async));
        assertTrue(e.getMessage().contains("a -> b (async)"), e.getMessage());
    }

    @Test
    void aThresholdBelowOneIsRejected() {
        SyncCallGraph g = SyncCallGraph.of(List.of(call("a", "b")));
        assertThrows(InvalidValueException.class, () -> g.chains(0));
    }
}
