package io.archadvisor.internal;

import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.facts.AdviceContext;
import io.archadvisor.facts.CatalogEntryFact;
import io.archadvisor.facts.CatalogFacts;
import io.archadvisor.facts.InputFact;
import io.archadvisor.graph.RecommendationGraph;
import java.time.LocalDate;
import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One advice on a session: the steps every caller shares — the advisor, the what-if session and the benchmarks —
 * so that none of them keeps a copy that can drift. Internal: not part of the API.
 */
public final class AdviceRun {

    /** Every phase's agenda group, in phase order. */
    public static final List<String> PHASES =
            Phase.inOrder().stream().map(Phase::agendaGroup).toList();

    private AdviceRun() {}

    // the facts of the last entries read: a catalog that returns the same entries makes no new facts per advice
    @SuppressWarnings("ArrayRecordComponent") // compared by the identity of the entries list; never exposed
    private record ReadFacts(
            List<TechnologyEntry> entries, String name, CatalogEntryFact[] facts, CatalogFacts index) {}

    private static volatile ReadFacts lastRead;

    /**
     * Inserts what an advice reasons over besides the input facts: the advice date, the catalog's entries, one
     * {@link CatalogEntryFact} each, read from the catalog now, and the {@link CatalogFacts} index rules look
     * technologies up in.
     */
    public static void insertContext(KieSession session, LocalDate date, TechnologyCatalog catalog) {
        insertContext(session, date, catalog, io.archadvisor.policy.Policy.defaults());
    }

    /** Inserts the context with a calibration policy other than the built-in one. */
    public static void insertContext(
            KieSession session, LocalDate date, TechnologyCatalog catalog, io.archadvisor.policy.Policy policy) {
        insertContext(session, date, catalog, policy, true);
    }

    /**
     * Inserts the context; the catalog's entries and index only when {@code withCatalog} (a rule base in which no
     * pattern can match them does without: inserting 200 facts nobody sees cost a rule base of 61 rules half of a
     * small advice). The catalog is read either way.
     */
    static void insertContext(
            KieSession session,
            LocalDate date,
            TechnologyCatalog catalog,
            io.archadvisor.policy.Policy policy,
            boolean withCatalog) {
        session.insert(new AdviceContext(date));
        session.insert(policy);
        String name = catalog.name();
        List<TechnologyEntry> entries = catalog.entries();
        ReadFacts read = lastRead;
        if (read == null || read.entries() != entries || !read.name().equals(name)) {
            CatalogEntryFact[] facts = new CatalogEntryFact[entries.size()];
            for (int i = 0; i < facts.length; i++) {
                facts[i] = CatalogEntryFact.of(entries.get(i), name);
            }
            read = new ReadFacts(entries, name, facts, new CatalogFacts(List.of(facts)));
            lastRead = read;
        }
        if (!withCatalog) {
            return; // read all the same: a catalog that cannot be read fails the advice either way
        }
        for (CatalogEntryFact f : read.facts()) {
            session.insert(f);
        }
        session.insert(read.index());
    }

    /** Inserts the input facts, then the {@linkplain #insertContext context}. */
    public static void insert(KieSession session, List<InputFact> facts, LocalDate date, TechnologyCatalog catalog) {
        insert(session, facts, date, catalog, io.archadvisor.policy.Policy.defaults());
    }

    /** Inserts the input facts, then the context with this calibration policy. */
    public static void insert(
            KieSession session,
            List<InputFact> facts,
            LocalDate date,
            TechnologyCatalog catalog,
            io.archadvisor.policy.Policy policy) {
        insert(session, facts, date, catalog, policy, true);
    }

    /** Inserts the input facts, then the context, with the catalog only when {@code withCatalog}. */
    static void insert(
            KieSession session,
            List<InputFact> facts,
            LocalDate date,
            TechnologyCatalog catalog,
            io.archadvisor.policy.Policy policy,
            boolean withCatalog) {
        for (InputFact f : facts) {
            session.insert(f);
        }
        insertContext(session, date, catalog, policy, withCatalog);
    }

    /**
     * Whether a pattern of the rule base can match facts of {@code type} in working memory: whether it has an object
     * type node for the type or one of its supertypes ({@code Object()} matches every fact). {@code from} reads no
     * working memory, so it needs none.
     */
    static boolean matchable(org.kie.api.KieBase kieBase, Class<?> type) {
        org.drools.core.reteoo.Rete rete = ((org.drools.core.impl.InternalRuleBase) kieBase).getRete();
        for (org.drools.core.reteoo.ObjectTypeNode otn : rete.getObjectTypeNodes()) {
            if (otn.getObjectType().isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    /** Focuses the agenda groups so that they run in the order given. */
    public static void focus(KieSession session, List<String> groups) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            session.getAgenda().getAgendaGroup(groups.get(i)).setFocus();
        }
    }

    /**
     * Fires the rules phase by phase, at most {@code limit} firings, with the recorder counting the run; returns how
     * many fired.
     */
    static int fire(KieSession session, ProvenanceRecorder recorder, List<String> groups, int limit) {
        recorder.startRun();
        focus(session, groups);
        return session.fireAllRules(limit);
    }

    /**
     * Advises on {@code facts} in {@code session} exactly as the advisor does, without its limits and watchdog, and
     * returns the graph. The benchmarks use it to compare ways of obtaining a session with everything else equal.
     */
    public static RecommendationGraph advise(
            KieSession session, List<InputFact> facts, LocalDate date, TechnologyCatalog catalog) {
        ProvenanceRecorder recorder = new ProvenanceRecorder();
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        try {
            insert(session, facts, date, catalog);
            fire(session, recorder, PHASES, Integer.MAX_VALUE);
            return GraphAssembler.assemble(session, recorder);
        } finally {
            session.removeEventListener((AgendaEventListener) recorder);
            session.removeEventListener((RuleRuntimeEventListener) recorder);
        }
    }
}
