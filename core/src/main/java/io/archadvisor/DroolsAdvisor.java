package io.archadvisor;

import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.facts.CatalogEntryFact;
import io.archadvisor.facts.Facts;
import io.archadvisor.facts.InputFact;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import io.archadvisor.waiver.Waiver;
import io.archadvisor.waiver.Waivers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** The Drools-backed advisor: one compiled KieBase, a pool of sessions, one session per advice. */
final class DroolsAdvisor implements Advisor {

    private static final AtomicInteger TIMER_THREADS = new AtomicInteger();

    final KieContainer container;
    final org.kie.api.KieBase kieBase;
    private final org.kie.api.runtime.KieSessionsPool pool;
    private final List<RuleInfo> rules;
    private final int maxRuleFirings;
    private final java.time.Duration timeout;
    private final java.time.Clock clock;
    private final List<Waiver> waivers;
    private final TechnologyCatalog catalog;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DroolsAdvisor(RuleCompiler.Compiled compiled, Advisor.Builder b) {
        this.container = compiled.container();
        this.kieBase = compiled.kieBase();
        this.rules = compiled.rules();
        this.maxRuleFirings = b.maxRuleFirings;
        this.timeout = b.timeout;
        this.clock = b.clock;
        this.waivers = List.copyOf(b.waivers);
        this.catalog = b.catalog != null ? b.catalog : Catalogs.builtIn(b.classLoader);
        this.pool = kieBase.newKieSessionsPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "archadvisor-timeout-" + TIMER_THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    static Advisor build(Advisor.Builder builder) {
        return new DroolsAdvisor(RuleCompiler.compile(builder), builder);
    }

    @Override
    public RecommendationGraph advise(Requirements requirements) {
        return advise(requirements, List.of());
    }

    @Override
    public RecommendationGraph advise(Requirements requirements, List<Waiver> extraWaivers) {
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(extraWaivers, "waivers");
        checkOpen();
        List<InputFact> facts = Facts.of(requirements);
        KieSession session = pool.newKieSession();
        ProvenanceRecorder recorder = new ProvenanceRecorder();
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
        boolean reusable = false;
        try {
            for (InputFact f : facts) {
                session.insert(f);
            }
            java.time.LocalDate today = java.time.LocalDate.now(clock);
            session.insert(new AdviceContext(today));
            insertReferenceFacts(session);
            run(session, recorder);
            RecommendationGraph graph = GraphAssembler.assemble(session, recorder);
            reusable = true;
            List<Waiver> all = new ArrayList<>(waivers);
            all.addAll(extraWaivers);
            return all.isEmpty() ? graph : Waivers.apply(graph, all, today);
        } finally {
            session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.removeEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            if (reusable) {
                session.dispose();
            } else {
                session.destroy();
            }
        }
    }

    void run(KieSession session, ProvenanceRecorder recorder) {
        recorder.startRun();
        List<Phase> phases = Phase.inOrder();
        for (int i = phases.size() - 1; i >= 0; i--) {
            session.getAgenda().getAgendaGroup(phases.get(i).agendaGroup()).setFocus();
        }
        Thread caller = Thread.currentThread();
        AtomicInteger state = new AtomicInteger(RUNNING);
        ScheduledFuture<?> watchdog = timer.schedule(() -> {
            if (state.compareAndSet(RUNNING, TIMED_OUT)) {
                session.halt();
                caller.interrupt();
            }
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        int fired;
        try {
            fired = session.fireAllRules(maxRuleFirings + 1);
        } catch (ConsequenceException e) {
            if (state.get() == TIMED_OUT) {
                throw timedOut(recorder);
            }
            String rule = e.getMatch() == null ? null : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleExecutionException(rule, "Rule `" + rule + "` failed: " + cause
                    + ". Fix the rule's consequence; the advisor stays usable.", cause);
        } catch (RuntimeException e) {
            if (state.get() == TIMED_OUT) {
                throw timedOut(recorder);
            }
            throw new RuleExecutionException(recorder.currentRule(), "Rule evaluation failed"
                    + (recorder.currentRule() == null ? "" : " in rule `" + recorder.currentRule() + "`") + ": " + e,
                    e, true);
        } finally {
            watchdog.cancel(false);
        }
        if (!state.compareAndSet(RUNNING, DONE)) {
            throw timedOut(recorder);
        }
        if (fired > maxRuleFirings) {
            String rule = recorder.mostFiredRule();
            throw EvaluationLimitException.firings(maxRuleFirings, rule, recorder.firings(rule));
        }
    }

    private EvaluationLimitException timedOut(ProvenanceRecorder recorder) {
        Thread.interrupted();
        String rule = recorder.currentRule() != null ? recorder.currentRule() : recorder.mostFiredRule();
        return EvaluationLimitException.timeout(timeout, rule);
    }

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int TIMED_OUT = 2;

    @Override
    public io.archadvisor.whatif.AdvisorSession openSession(Requirements requirements) {
        Objects.requireNonNull(requirements, "requirements");
        checkOpen();
        return new DroolsAdvisorSession(this, requirements);
    }

    @Override
    public io.archadvisor.whatif.GraphDelta compare(Requirements before, Requirements after) {
        return io.archadvisor.whatif.GraphDelta.between(advise(before), advise(after));
    }

    void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This advisor is closed; build a new one with Advisor.builder()");
        }
    }

    /** Inserts the technology catalog's entries, one {@link CatalogEntryFact} each, read from the catalog now. */
    void insertReferenceFacts(KieSession session) {
        String name = catalog.name();
        for (TechnologyEntry entry : catalog.entries()) {
            session.insert(CatalogEntryFact.of(entry, name));
        }
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    @Override
    public List<RuleInfo> rules() {
        return rules;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            timer.shutdownNow();
            pool.shutdown();
            container.dispose();
        }
    }
}
