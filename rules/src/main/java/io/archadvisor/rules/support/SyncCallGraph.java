package io.archadvisor.rules.support;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.facts.ServiceDependency;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The synchronous call graph of a proposal: which services call which, waiting for the answer. It finds the cycles
 * (strongly connected components of two or more services) and the longest acyclic call chains, iteratively, so a
 * proposal of tens of thousands of services neither recurses deeply nor takes more than linear time. Services and
 * calls are ordered by name, so every result is deterministic.
 */
public final class SyncCallGraph {

    private static final Comparator<SyncCall> CALL_ORDER = Comparator.comparing(SyncCall::from)
            .thenComparing(SyncCall::to)
            .thenComparingInt(c -> c.dependency().serviceIndex())
            .thenComparingInt(c -> c.dependency().index());

    private final List<String> names;
    private final Map<String, Integer> index;
    private final List<SyncCall> calls;
    private final int[][] successors;
    private final SyncCall[][] successorCalls;

    private SyncCallGraph(
            List<String> names,
            Map<String, Integer> index,
            List<SyncCall> calls,
            int[][] successors,
            SyncCall[][] successorCalls) {
        this.names = names;
        this.index = index;
        this.calls = calls;
        this.successors = successors;
        this.successorCalls = successorCalls;
    }

    /** A graph of these calls; several calls between the same two services count as one edge. */
    public static SyncCallGraph of(Collection<SyncCall> calls) {
        Objects.requireNonNull(calls, "calls");
        List<SyncCall> sorted = new ArrayList<>(calls.size());
        for (SyncCall c : calls) {
            sorted.add(Objects.requireNonNull(c, "a call is null"));
        }
        sorted.sort(CALL_ORDER);
        TreeMap<String, TreeMap<String, SyncCall>> adjacency = new TreeMap<>();
        for (SyncCall c : sorted) {
            adjacency.computeIfAbsent(c.from(), k -> new TreeMap<>()).putIfAbsent(c.to(), c);
            adjacency.computeIfAbsent(c.to(), k -> new TreeMap<>());
        }
        List<String> names = List.copyOf(adjacency.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[][] successors = new int[names.size()][];
        SyncCall[][] successorCalls = new SyncCall[names.size()][];
        int i = 0;
        for (TreeMap<String, SyncCall> callees : adjacency.values()) {
            successors[i] = callees.keySet().stream().mapToInt(index::get).toArray();
            successorCalls[i] = callees.values().toArray(new SyncCall[0]);
            i++;
        }
        return new SyncCallGraph(names, Map.copyOf(index), List.copyOf(sorted), successors, successorCalls);
    }

    /** The dependency facts behind these calls, in the same order. */
    public static List<ServiceDependency> dependencies(Collection<SyncCall> calls) {
        return calls.stream().map(SyncCall::dependency).toList();
    }

    /** The services along a chain of calls: the first caller, then every callee in order. */
    public static List<String> path(List<SyncCall> chain) {
        List<String> path = new ArrayList<>(chain.size() + 1);
        for (SyncCall c : chain) {
            if (path.isEmpty()) {
                path.add(c.from());
            }
            path.add(c.to());
        }
        return List.copyOf(path);
    }

    /** The distinct services these calls connect, sorted by name. */
    public static List<String> services(Collection<SyncCall> calls) {
        TreeSet<String> names = new TreeSet<>();
        for (SyncCall c : calls) {
            names.add(c.from());
            names.add(c.to());
        }
        return List.copyOf(names);
    }

    /**
     * The cycles: for every set of two or more services that call each other in a cycle, every call between them,
     * ordered by caller and callee. Cycles are ordered by their first service's name.
     */
    public List<List<SyncCall>> cycles() {
        int[] component = components();
        TreeMap<String, List<SyncCall>> byFirst = new TreeMap<>();
        Map<Integer, String> firstOf = new HashMap<>();
        int[] size = new int[names.size()];
        for (int v = 0; v < names.size(); v++) {
            size[component[v]]++;
            firstOf.putIfAbsent(component[v], names.get(v));
        }
        for (SyncCall c : calls) {
            int from = component[index.get(c.from())];
            int to = component[index.get(c.to())];
            if (from == to && size[from] >= 2) {
                byFirst.computeIfAbsent(firstOf.get(from), k -> new ArrayList<>())
                        .add(c);
            }
        }
        return byFirst.values().stream().map(List::copyOf).toList();
    }

    /**
     * For every entry service (one that no service outside its own cycle calls synchronously), the longest chain of
     * synchronous calls starting there, ignoring calls inside cycles (those are reported by {@link #cycles()}), when it
     * has at least {@code minHops} calls. Each chain lists its calls in order; ties go to the callee first in name
     * order. Chains are ordered by entry name.
     *
     * @throws IllegalArgumentException when {@code minHops} is below 1
     */
    public List<List<SyncCall>> chains(int minHops) {
        if (minHops < 1) {
            throw new InvalidValueException("minHops must be ≥ 1, got " + minHops);
        }
        int n = names.size();
        int[] component = components();
        int[] inDegree = new int[n];
        for (int v = 0; v < n; v++) {
            for (int w : successors[v]) {
                if (component[v] != component[w]) {
                    inDegree[w]++;
                }
            }
        }
        // Longest path over the edges between components, in reverse topological order (Kahn's algorithm).
        int[] order = new int[n];
        int[] remaining = inDegree.clone();
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (remaining[v] == 0) {
                order[tail++] = v;
            }
        }
        while (head < tail) {
            int v = order[head++];
            for (int w : successors[v]) {
                if (component[v] != component[w] && --remaining[w] == 0) {
                    order[tail++] = w;
                }
            }
        }
        int[] hops = new int[n];
        SyncCall[] next = new SyncCall[n];
        int[] nextNode = new int[n];
        Arrays.fill(nextNode, -1);
        for (int k = tail - 1; k >= 0; k--) {
            int v = order[k];
            for (int e = 0; e < successors[v].length; e++) {
                int w = successors[v][e];
                if (component[v] != component[w] && hops[w] + 1 > hops[v]) {
                    hops[v] = hops[w] + 1;
                    next[v] = successorCalls[v][e];
                    nextNode[v] = w;
                }
            }
        }
        List<List<SyncCall>> chains = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (inDegree[v] == 0 && hops[v] >= minHops) {
                List<SyncCall> chain = new ArrayList<>(hops[v]);
                for (int u = v; nextNode[u] >= 0; u = nextNode[u]) {
                    chain.add(next[u]);
                }
                chains.add(List.copyOf(chain));
            }
        }
        return List.copyOf(chains);
    }

    /** Tarjan's strongly connected components, iteratively: the component number of every service. */
    private int[] components() {
        int n = names.size();
        int[] visit = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(visit, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        int[] callStack = new int[n];
        int[] edgeCursor = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (visit[root] != -1) {
                continue;
            }
            int depth = 0;
            callStack[depth] = root;
            visit[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (depth >= 0) {
                int v = callStack[depth];
                if (edgeCursor[v] < successors[v].length) {
                    int w = successors[v][edgeCursor[v]++];
                    if (visit[w] == -1) {
                        visit[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        callStack[++depth] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], visit[w]);
                    }
                    continue;
                }
                if (low[v] == visit[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callStack[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return component;
    }
}
