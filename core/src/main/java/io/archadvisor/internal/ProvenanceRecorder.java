package io.archadvisor.internal;

import io.archadvisor.facts.InputFact;
import io.archadvisor.facts.ReferenceFact;
import io.archadvisor.facts.Values;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records, for every object a rule inserts, which rule inserted it and what that rule's match held, so provenance is
 * automatic. Objects a rule inserts that are not nodes (intermediate facts of custom rules) are seen through: a node
 * derived from them rests on the facts they rest on.
 */
final class ProvenanceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private volatile Match current; // read from the caller's thread at a deadline
    private Firing currentFiring;
    private final Map<Object, Firing> byObject = new IdentityHashMap<>();
    private final Map<String, Integer> firings = new LinkedHashMap<>();
    private final java.util.Set<String> fired = new java.util.LinkedHashSet<>();
    // an input fact or a node is matched by many rules: describe each one once
    private final Map<Object, FactRef> factRefs = new IdentityHashMap<>();
    private final Map<Node, String> nodeIds = new IdentityHashMap<>();

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
        currentFiring = null;
        firings.merge(current.getRule().getName(), 1, Integer::sum);
        fired.add(current.getRule().getName());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
        currentFiring = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() == null) {
            return;
        }
        String rule = event.getRule().getName();
        Firing f = currentFiring;
        if (f == null || !f.rule.equals(rule)) {
            // what a match holds does not change while its consequence runs: freeze it once per firing, however many
            // objects the consequence inserts (a match can hold collections of thousands of facts)
            Match match = current;
            f = new Firing(rule, match == null ? NOTHING_HELD : freeze(match.getObjects()));
            currentFiring = match == null ? null : f;
        }
        byObject.putIfAbsent(event.getObject(), f);
    }

    /**
     * One firing that inserted objects: its rule and what its match held, frozen at the time, described only when
     * asked. Most objects rules insert are inserted logically, and their provenance is read from their live
     * justification instead, so most firings are never described. Freezing keeps the description exact: collections
     * are copied as they were, and an intermediate object is replaced by its provenance then, before it can leave
     * working memory. Input facts and nodes are immutable, so describing them later describes them as they were.
     */
    private static final Object[] NOTHING_HELD = {};

    private final class Firing {
        final String rule;
        final Object[] held;
        private @Nullable Provenance described;

        Firing(String rule, Object[] held) {
            this.rule = rule;
            this.held = held;
        }

        Provenance provenance() {
            Provenance p = described;
            if (p == null) {
                SortedRefs refs = new SortedRefs();
                describe(held, refs);
                p = new Provenance(rule, refs.sortedFacts(), refs.sortedNodes());
                described = p;
            }
            return p;
        }
    }

    // the match's objects as they are now: nodes and facts as themselves, collections as arrays of their frozen
    // elements, intermediate objects as the provenance of the firing that inserted them
    private Object[] freeze(Iterable<?> objects) {
        List<Object> out = new ArrayList<>();
        for (Object o : objects) {
            if (o instanceof Node || o instanceof InputFact || o instanceof ReferenceFact) {
                out.add(o);
            } else if (o instanceof java.util.Collection<?> c) {
                out.add(freeze(c));
            } else if (o != null) {
                Firing intermediate = byObject.get(o);
                if (intermediate != null) {
                    out.add(intermediate.provenance());
                }
            }
        }
        return out.toArray();
    }

    private void describe(Object[] held, SortedRefs refs) {
        for (Object o : held) {
            if (o instanceof Node n) {
                String id = nodeIds.get(n);
                refs.node(id != null ? id : n.id());
            } else if (o instanceof Provenance p) {
                refs.facts(p.facts());
                refs.nodes(p.derivedFrom());
            } else if (o instanceof Object[] elements) {
                describe(elements, refs);
            } else {
                FactRef known = factRefs.get(o);
                refs.fact(known != null ? known : describe(o));
            }
        }
    }

    /** How provenance names an input or reference fact; each is described once. */
    FactRef factRef(Object fact) {
        return factRefs.computeIfAbsent(fact, ProvenanceRecorder::describe);
    }

    /** A node's id, computed once per node. */
    String nodeId(Node node) {
        return nodeIds.computeIfAbsent(node, Node::id);
    }

    private static FactRef describe(Object fact) {
        if (fact instanceof InputFact f) {
            return new FactRef(f.path(), f.displayValue() == null ? null : Values.display(f.displayValue()));
        }
        ReferenceFact r = (ReferenceFact) fact;
        return new FactRef(r.path(), Values.display(r.displayValue()));
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // provenance stays with the inserting rule; a replaced object is described afresh
        Object old = event.getOldObject();
        if (old != event.getObject()) {
            factRefs.remove(old);
            nodeIds.remove(old);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object old = event.getOldObject();
        byObject.remove(old);
        factRefs.remove(old);
        nodeIds.remove(old);
    }

    /** The provenance of an object a rule inserted, or {@code null}. */
    @Nullable
    Provenance provenanceOf(Object o) {
        Firing f = byObject.get(o);
        return f == null ? null : f.provenance();
    }

    /** The rule whose consequence is running now, or {@code null}. */
    String currentRule() {
        Match m = current;
        return m == null ? null : m.getRule().getName();
    }

    /** Every rule that fired since this recorder was created, in first-firing order. */
    List<String> firedRules() {
        return List.copyOf(fired);
    }

    /** Starts counting firings afresh, for the limits of the next run. */
    void startRun() {
        firings.clear();
    }

    String mostFiredRule() {
        return firings.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    int firings(String rule) {
        return rule == null ? 0 : firings.getOrDefault(rule, 0);
    }
}
