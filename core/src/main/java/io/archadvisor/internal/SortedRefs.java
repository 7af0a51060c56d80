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

    /** The facts, sorted, each once (the first of those comparing equal, as a tree set keeps); read once. */
    List<FactRef> sortedFacts() {
        return distinct(facts);
    }

    /** The node ids, sorted, each once. */
    List<String> sortedNodes() {
        return distinct(nodes);
    }

    // sorts the collected list in place (it is this collector's own) and drops the duplicates as it copies
    private static <T extends Comparable<? super T>> List<T> distinct(List<T> items) {
        items.sort(null); // stable: among equal elements the first collected comes first
        int kept = 0;
        for (int i = 0; i < items.size(); i++) {
            T t = items.get(i);
            if (kept == 0 || items.get(kept - 1).compareTo(t) != 0) {
                items.set(kept++, t);
            }
        }
        return List.copyOf(items.subList(0, kept));
    }
}
