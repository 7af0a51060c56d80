package io.archadvisor;

import io.archadvisor.facts.InputFact;
import io.archadvisor.facts.ReferenceFact;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.Relation;
import io.archadvisor.facts.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Records, for every object a rule inserts, which rule inserted it and what that rule's match held, so provenance is
 * automatic. Objects a rule inserts that are not nodes (intermediate facts of custom rules) are seen through: a node
 * derived from them rests on the facts they rest on. It also keeps the nodes and relations that are in working memory,
 * following every insertion, update and deletion, because the advisor's immutable KieBase drops from working memory
 * the objects no rule can match (most nodes): the graph is read from here.
 */
final class ProvenanceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private volatile Match current; // read from the caller's thread at a deadline
    private Provenance currentProvenance;
    private final Map<Object, Provenance> byObject = new IdentityHashMap<>();
    private final Map<String, Integer> firings = new LinkedHashMap<>();
    private final java.util.Set<String> fired = new java.util.LinkedHashSet<>();
    // an input fact or a node is matched by many rules: describe each one once
    private final Map<InputFact, FactRef> factRefs = new IdentityHashMap<>();
    private final Map<Node, String> nodeIds = new IdentityHashMap<>();
    // the nodes and relations in working memory, with their fact handles and the order they were inserted in
    private final Map<Object, Tracked> graphObjects = new IdentityHashMap<>();
    private long insertions;

    private record Tracked(FactHandle handle, long order) {
    }

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
        if (isGraphObject(event.getObject(), event.getFactHandle())) {
            graphObjects.put(event.getObject(), new Tracked(event.getFactHandle(), insertions++));
        }
        if (event.getRule() == null) {
            return;
        }
        String rule = event.getRule().getName();
        Provenance p = currentProvenance;
        if (p == null || !p.ruleId().equals(rule)) {
            // what a match holds does not change while its consequence runs: describe it once per firing, however
            // many objects the consequence inserts (a match can hold collections of thousands of facts)
            Match match = current;
            TreeSet<FactRef> facts = new TreeSet<>();
            TreeSet<String> nodes = new TreeSet<>();
            if (match != null) {
                for (Object o : match.getObjects()) {
                    collect(o, facts, nodes);
                }
            }
            p = new Provenance(rule, List.copyOf(facts), List.copyOf(nodes));
            currentProvenance = match == null ? null : p;
        }
        byObject.putIfAbsent(event.getObject(), p);
    }

    private void collect(Object o, TreeSet<FactRef> facts, TreeSet<String> nodes) {
        if (o instanceof Node n) {
            nodes.add(nodeIds.computeIfAbsent(n, Node::id));
        } else if (o instanceof InputFact f) {
            facts.add(factRefs.computeIfAbsent(f, ProvenanceRecorder::factRef));
        } else if (o instanceof ReferenceFact r) {
            facts.add(new FactRef(r.path(), Values.display(r.displayValue())));
        } else if (o instanceof java.util.Collection<?> c) {
            for (Object element : c) {
                collect(element, facts, nodes);
            }
        } else {
            Provenance intermediate = byObject.get(o);
            if (intermediate != null) {
                facts.addAll(intermediate.facts());
                nodes.addAll(intermediate.derivedFrom());
            }
        }
    }

    private static FactRef factRef(InputFact f) {
        return new FactRef(f.path(), f.displayValue() == null ? null : Values.display(f.displayValue()));
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // provenance stays with the inserting rule, and with the object it inserted
        Object before = event.getOldObject();
        Object after = event.getObject();
        if (before != after) {
            graphObjects.remove(before);
            if (isGraphObject(after, event.getFactHandle())) {
                graphObjects.put(after, new Tracked(event.getFactHandle(), insertions++));
            }
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        byObject.remove(event.getOldObject());
        graphObjects.remove(event.getOldObject());
    }

    /** Whether the object belongs in the graph: a node or a relation, asserted in the default entry point. */
    private static boolean isGraphObject(Object o, FactHandle handle) {
        return (o instanceof Node || o instanceof Relation) && !handle.isNegated()
                && (!(handle instanceof InternalFactHandle h) || EntryPointId.DEFAULT.equals(h.getEntryPointId()));
    }

    /** The nodes and relations in working memory, in the order they were inserted. */
    List<Object> graphObjects() {
        List<Map.Entry<Object, Tracked>> entries = new ArrayList<>(graphObjects.entrySet());
        entries.sort(Comparator.comparingLong(e -> e.getValue().order()));
        List<Object> out = new ArrayList<>(entries.size());
        for (Map.Entry<Object, Tracked> e : entries) {
            out.add(e.getKey());
        }
        return out;
    }

    /**
     * The fact handle of a node or relation in working memory, or {@code null}. Unlike
     * {@code KieSession.getFactHandle}, it also knows the nodes the immutable KieBase dropped from the object store
     * because no rule matches them; their truth-maintenance justifications stay on the handle.
     */
    FactHandle handleOf(Object graphObject) {
        Tracked t = graphObjects.get(graphObject);
        return t == null ? null : t.handle();
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
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    int firings(String rule) {
        return rule == null ? 0 : firings.getOrDefault(rule, 0);
    }
}
