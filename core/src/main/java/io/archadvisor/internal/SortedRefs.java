package io.archadvisor.internal;

import io.archadvisor.graph.FactRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts and nodes a match rests on, collected in any order and read sorted without duplicates, as a sorted set
 * would give them. Collecting into lists and sorting once allocates far less than a tree set per match, and matches
 * are described for most insertions of an advice.
 */
final class SortedRefs {

    private final List<FactRef> facts = new ArrayList<>();
    private final List<String> nodes = new ArrayList<>();

    void fact(FactRef f) {
        facts.add(f);
    }

    void facts(List<FactRef> fs) {
        facts.addAll(fs);
    }

    void node(String id) {
        nodes.add(id);
    }

    void nodes(List<String> ids) {
        nodes.addAll(ids);
    }

    /** The facts, sorted, each once (the first of those comparing equal, as a tree set keeps). */
    List<FactRef> sortedFacts() {
        return distinct(facts);
    }

    /** The node ids, sorted, each once. */
    List<String> sortedNodes() {
        return distinct(nodes);
    }

    private static <T extends Comparable<? super T>> List<T> distinct(List<T> items) {
        if (items.size() < 2) {
            return List.copyOf(items);
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(null); // stable: among equal elements the first collected comes first
        List<T> out = new ArrayList<>(sorted.size());
        for (T t : sorted) {
            if (out.isEmpty() || out.get(out.size() - 1).compareTo(t) != 0) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }
}
