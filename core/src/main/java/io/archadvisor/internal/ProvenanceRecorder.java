package io.archadvisor.internal;

import io.archadvisor.facts.InputFact;
import io.archadvisor.facts.ReferenceFact;
import io.archadvisor.facts.Values;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private Provenance currentProvenance;
    private final Map<Object, Provenance> byObject = new IdentityHashMap<>();
    private final Map<String, Integer> firings = new LinkedHashMap<>();
    private final java.util.Set<String> fired = new java.util.LinkedHashSet<>();
    // an input fact or a node is matched by many rules: describe each one once
    private final Map<Object, FactRef> factRefs = new IdentityHashMap<>();
    private final Map<Node, String> nodeIds = new IdentityHashMap<>();

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
        currentProvenance = null;
        firings.merge(current.getRule().getName(), 1, Integer::sum);
        fired.add(current.getRule().getName());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
        currentProvenance = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() == null) {
            return;
        }
        String rule = event.getRule().getName();
        Provenance p = currentProvenance;
        if (p == null || !p.ruleId().equals(rule)) {
            // what a match holds does not change while its consequence runs: describe it once per firing, however
            // many objects the consequence inserts (a match can hold collections of thousands of facts)
            Match match = current;
            SortedRefs refs = new SortedRefs();
            if (match != null) {
                for (Object o : match.getObjects()) {
                    collect(o, refs);
                }
            }
            p = new Provenance(rule, refs.sortedFacts(), refs.sortedNodes());
            currentProvenance = match == null ? null : p;
        }
        byObject.putIfAbsent(event.getObject(), p);
    }

    private void collect(Object o, SortedRefs refs) {
        if (o instanceof Node n) {
            refs.node(nodeId(n));
        } else if (o instanceof InputFact || o instanceof ReferenceFact) {
            refs.fact(factRef(o));
        } else if (o instanceof java.util.Collection<?> c) {
            for (Object element : c) {
                collect(element, refs);
            }
        } else {
            Provenance intermediate = byObject.get(o);
            if (intermediate != null) {
                refs.facts(intermediate.facts());
                refs.nodes(intermediate.derivedFrom());
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
    Provenance provenanceOf(Object o) {
        return byObject.get(o);
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
