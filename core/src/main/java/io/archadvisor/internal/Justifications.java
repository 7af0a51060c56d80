package io.archadvisor.internal;

import io.archadvisor.facts.InputFact;
import io.archadvisor.facts.ReferenceFact;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Computes provenance from the live justifications of logically inserted objects: the rule whose match currently
 * supports an object, and what that match holds now. Unlike insertion events, this stays exact when a conclusion is
 * re-derived in a long-lived session, and when several rules support one conclusion the smallest rule id wins, so
 * the same working memory always gives the same provenance. Objects inserted with plain {@code insert} fall back to
 * the recorded insertion.
 */
final class Justifications {

    private final KieSession session;
    private final ProvenanceRecorder recorder;
    private final Map<Object, Provenance> memo = new IdentityHashMap<>();
    private final Map<Match, Provenance> byMatch = new IdentityHashMap<>();
    private final Set<Object> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private int cyclesSeen;

    Justifications(KieSession session, ProvenanceRecorder recorder) {
        this.session = session;
        this.recorder = recorder;
    }

    /** The provenance of an object in working memory, or {@code null} if no rule derived it. */
    Provenance of(Object object) {
        if (memo.containsKey(object)) {
            if (inProgress.contains(object)) {
                cyclesSeen++;
            }
            return memo.get(object);
        }
        memo.put(object, null);
        inProgress.add(object);
        Provenance best = null;
        for (Match m : justifiers(object)) {
            Provenance p = provenance(m);
            if (best == null || compare(p, best) < 0) {
                best = p;
            }
        }
        if (best == null) {
            best = recorder.provenanceOf(object);
        }
        inProgress.remove(object);
        memo.put(object, best);
        return best;
    }

    private static int compare(Provenance a, Provenance b) {
        int byRule = a.ruleId().compareTo(b.ruleId());
        return byRule != 0 ? byRule : a.toString().compareTo(b.toString());
    }

    private Provenance provenance(Match match) {
        // the objects of one firing's match often justify many conclusions: describe each match once
        Provenance known = byMatch.get(match);
        if (known != null) {
            return known;
        }
        int cycles = cyclesSeen;
        Provenance p = describe(match);
        if (cyclesSeen == cycles) {
            // a description that met a support cycle depends on where the walk entered it: do not reuse it
            byMatch.put(match, p);
        }
        return p;
    }

    private Provenance describe(Match match) {
        SortedRefs refs = new SortedRefs();
        for (Object o : match.getObjects()) {
            collect(o, refs);
        }
        return new Provenance(match.getRule().getName(), refs.sortedFacts(), refs.sortedNodes());
    }

    private void collect(Object o, SortedRefs refs) {
        if (o instanceof Node n) {
            refs.node(recorder.nodeId(n));
        } else if (o instanceof InputFact || o instanceof ReferenceFact) {
            refs.fact(recorder.factRef(o));
        } else if (o instanceof Collection<?> c) {
            for (Object element : c) {
                collect(element, refs);
            }
        } else if (o != null) {
            Provenance intermediate = of(o);
            if (intermediate != null) {
                refs.facts(intermediate.facts());
                refs.nodes(intermediate.derivedFrom());
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Match> justifiers(Object object) {
        FactHandle handle = session.getFactHandle(object);
        if (!(handle instanceof InternalFactHandle internal)) {
            return List.of();
        }
        EqualityKey key = internal.getEqualityKey();
        if (!(key instanceof TruthMaintenanceSystemEqualityKey tmsKey)) {
            return List.of();
        }
        BeliefSet beliefs = tmsKey.getBeliefSet();
        if (beliefs == null || beliefs.isEmpty()) {
            return List.of();
        }
        List<Match> out = new java.util.ArrayList<>();
        for (Object entry = beliefs.getFirst(); entry != null; entry = ((SimpleMode) entry).getNext()) {
            LogicalDependency dependency = ((SimpleMode) entry).getObject();
            if (dependency != null && dependency.getJustifier() != null) {
                out.add(dependency.getJustifier());
            }
        }
        return out;
    }
}
