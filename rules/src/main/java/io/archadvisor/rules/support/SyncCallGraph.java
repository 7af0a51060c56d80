package io.archadvisor.rules.support;

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
 * proposal of tens of thousands of services neither recurses deeply nor takes more than linear time.
 */
public final class SyncCallGraph {

    private final List<String> names;
    private final int[][] successors;

    private SyncCallGraph(List<String> names, int[][] successors) {
        this.names = names;
        this.successors = successors;
    }

    /**
     * A graph from calls, each a two-element list {@code [caller, callee]}. Services are ordered by name and each
     * service's callees likewise, so every result is deterministic.
     *
     * @throws IllegalArgumentException when a call is not a pair of non-null names
     */
    public static SyncCallGraph of(Collection<? extends List<?>> calls) {
        Objects.requireNonNull(calls, "calls");
        TreeMap<String, TreeSet<String>> adjacency = new TreeMap<>();
        for (List<?> call : calls) {
            if (call == null || call.size() != 2 || call.get(0) == null || call.get(1) == null) {
                throw new IllegalArgumentException("A call must be a pair [caller, callee], got " + call);
            }
            String from = call.get(0).toString();
            String to = call.get(1).toString();
            adjacency.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
            adjacency.computeIfAbsent(to, k -> new TreeSet<>());
        }
        List<String> names = List.copyOf(adjacency.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[][] successors = new int[names.size()][];
        int i = 0;
        for (TreeSet<String> callees : adjacency.values()) {
            successors[i++] = callees.stream().mapToInt(index::get).toArray();
        }
        return new SyncCallGraph(names, successors);
    }

    /** The services that call each other in a cycle, each cycle's names sorted, cycles ordered by first name. */
    public List<List<String>> cycles() {
        int[] component = components();
        TreeMap<Integer, List<String>> byComponent = new TreeMap<>();
        for (int v = 0; v < names.size(); v++) {
            byComponent.computeIfAbsent(component[v], k -> new ArrayList<>()).add(names.get(v));
        }
        List<List<String>> cycles = new ArrayList<>();
        for (List<String> members : byComponent.values()) {
            if (members.size() >= 2) {
                members.sort(Comparator.naturalOrder());
                cycles.add(List.copyOf(members));
            }
        }
        cycles.sort(Comparator.comparing(c -> c.get(0)));
        return List.copyOf(cycles);
    }

    /**
     * For every entry service (one that no service outside its own cycle calls synchronously), the longest chain of
     * synchronous calls starting there, ignoring calls inside cycles (those are reported by {@link #cycles()}), when it
     * has at least {@code minHops} calls. Each chain lists the services in call order; ties go to the callee first in
     * name order. Chains are ordered by entry name.
     *
     * @throws IllegalArgumentException when {@code minHops} is below 1
     */
    public List<List<String>> chains(int minHops) {
        if (minHops < 1) {
            throw new IllegalArgumentException("minHops must be ≥ 1, got " + minHops);
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
        // Longest path over the condensation's edges, in reverse topological order (Kahn's algorithm).
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
        int[] next = new int[n];
        Arrays.fill(next, -1);
        for (int k = tail - 1; k >= 0; k--) {
            int v = order[k];
            for (int w : successors[v]) {
                if (component[v] != component[w] && hops[w] + 1 > hops[v]) {
                    hops[v] = hops[w] + 1;
                    next[v] = w;
                }
            }
        }
        List<List<String>> chains = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (inDegree[v] == 0 && hops[v] >= minHops) {
                List<String> chain = new ArrayList<>(hops[v] + 1);
                for (int u = v; u >= 0; u = next[u]) {
                    chain.add(names.get(u));
                }
                chains.add(List.copyOf(chain));
            }
        }
        return List.copyOf(chains);
    }

    /** Tarjan's strongly connected components, iteratively: the component number of every service. */
    private int[] components() {
        int n = names.size();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        int[] callStack = new int[n];
        int[] edgeCursor = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] != -1) {
                continue;
            }
            int depth = 0;
            callStack[depth] = root;
            index[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            edgeCursor[root] = 0;
            while (depth >= 0) {
                int v = callStack[depth];
                if (edgeCursor[v] < successors[v].length) {
                    int w = successors[v][edgeCursor[v]++];
                    if (index[w] == -1) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        edgeCursor[w] = 0;
                        callStack[++depth] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
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
