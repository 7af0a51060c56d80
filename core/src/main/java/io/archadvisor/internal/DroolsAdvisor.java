package io.archadvisor.internal;

import io.archadvisor.base.Problem;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.facts.Facts;
import io.archadvisor.facts.InputFact;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import io.archadvisor.model.References;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.model.SourceMap;
import io.archadvisor.pack.EvaluationLimitException;
import io.archadvisor.pack.RuleExecutionException;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.pack.StuckEvaluation;
import io.archadvisor.waiver.Waivers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The Drools engine behind {@code Advisor}: one compiled KieBase, a pool of sessions, one session per advice. Internal:
 * not part of the API, which is {@code Advisor}.
 */
public final class DroolsAdvisor implements AutoCloseable {

    /** The common prefix of the names of every advisor's worker threads. */
    public static final String THREAD_PREFIX = Evaluator.THREAD_PREFIX;

    /** The KIE container the rules were compiled into; {@code null} when built from precompiled packs. */
    final @org.jspecify.annotations.Nullable KieContainer container;

    final org.kie.api.KieBase kieBase;
    private final boolean precompiled;
    private final SessionPool pool;
    private final List<RuleInfo> rules;
    private final int maxRuleFirings;
    private final java.time.Clock clock;
    private final io.archadvisor.policy.Policy policy;
    private final List<Waiver> waivers;
    private final TechnologyCatalog catalog;
    private final int maxInsertedFacts;
    private final boolean checkReferences;
    private final Evaluator evaluator;

    /** The agenda groups to focus, in phase order; empty when every rule is in MAIN (Drools then has no groups). */
    private final List<String> focus;

    private final AtomicBoolean closed = new AtomicBoolean();
    // whether any rule can match the catalog's entries or index: without one, advice does without inserting them
    private final boolean withCatalog;

    private DroolsAdvisor(RuleCompiler.Compiled compiled, AdvisorSettings b, TechnologyCatalog catalog) {
        this.container = compiled.container();
        this.kieBase = compiled.kieBase();
        this.precompiled = compiled.precompiled();
        this.rules = compiled.rules();
        this.maxRuleFirings = b.maxRuleFirings();
        this.clock = b.clock();
        this.policy = b.policy();
        this.waivers = List.copyOf(b.waivers());
        this.catalog = catalog;
        this.maxInsertedFacts = b.maxInsertedFacts();
        this.checkReferences = b.checkReferences();
        this.pool = new SessionPool(
                compiled.kieBase(), Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
        this.evaluator = new Evaluator(b.timeout(), b.maxStuckEvaluations(), b.classLoader());
        this.focus = focus(compiled.kieBase());
        this.withCatalog = AdviceRun.matchable(kieBase, io.archadvisor.facts.CatalogEntryFact.class)
                || AdviceRun.matchable(kieBase, io.archadvisor.facts.CatalogFacts.class);
    }

    /** The phases' agenda groups in order, or none when every rule is in MAIN (Drools then has no groups). */
    private static List<String> focus(org.kie.api.KieBase kieBase) {
        for (org.kie.api.definition.KiePackage p : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                if (r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl
                        && !impl.getAgendaGroup().equals(Phase.MAIN.agendaGroup())) {
                    return AdviceRun.PHASES;
                }
            }
        }
        return List.of();
    }

    /** Compiles the rules and builds the engine. */
    public static DroolsAdvisor build(AdvisorSettings settings) {
        return build(settings, null);
    }

    /**
     * Compiles the rules and builds the engine; {@code precompiled} decides whether precompiled packs are loaded from
     * their executable models ({@code null}: unless the system property {@code archadvisor.precompiledPacks} is
     * {@code false}).
     */
    static DroolsAdvisor build(AdvisorSettings settings, @org.jspecify.annotations.Nullable Boolean precompiled) {
        boolean fromPrecompiled = precompiled == null ? RuleCompiler.precompiledByDefault() : precompiled;
        if (settings.defaultPacks() && fromPrecompiled) {
            // a fresh JVM spends most of this build loading classes: a second core loads them ahead of this thread
            StartupClasses.preload(settings.classLoader());
        }
        TechnologyCatalog catalog =
                settings.catalog() != null ? settings.catalog() : Catalogs.builtIn(settings.classLoader());
        // Read the catalog on a second core while the rules compile, so the first advice need not parse it. A
        // failure here is left for the advice, which reads the catalog again and reports it; a catalog slower than
        // the advice timeout does not hold up the build beyond it (the advice would time out on it anyway).
        Thread reader = new Thread(
                () -> {
                    try {
                        catalog.entries();
                    } catch (RuntimeException ignored) {
                        // reported by the first advice
                    }
                },
                "archadvisor catalog reader");
        reader.setDaemon(true);
        reader.setContextClassLoader(settings.classLoader());
        reader.start();
        RuleCompiler.Compiled compiled;
        try {
            compiled = RuleCompiler.compile(settings, fromPrecompiled);
        } finally {
            joinQuietly(reader, settings.timeout());
        }
        return new DroolsAdvisor(compiled, settings, catalog);
    }

    private static void joinQuietly(Thread thread, java.time.Duration atMost) {
        try {
            thread.join(Math.max(1, atMost.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether advice, sessions and comparisons refuse proposals with broken cross-references. */
    public boolean checksReferences() {
        return checkReferences;
    }

    /**
     * Throws when the proposal of {@code requirements} names something it does not declare (and the advisor checks
     * references), each problem located through {@code sources} when they know its path.
     *
     * @throws RequirementsException listing every broken reference
     */
    public void checkReferences(Requirements requirements, SourceMap sources) {
        if (!checkReferences) {
            return;
        }
        List<Problem> problems = References.check(requirements);
        if (!problems.isEmpty()) {
            throw new RequirementsException(problems.stream()
                    .map(p -> p.where().isPresent()
                            ? p
                            : p.relocated(p.path(), sources.find(p.path()).orElse(null)))
                    .toList());
        }
    }

    public RecommendationGraph advise(Requirements requirements) {
        return advise(requirements, List.of());
    }

    public RecommendationGraph advise(Requirements requirements, List<Waiver> extraWaivers) {
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(extraWaivers, "waivers");
        checkOpen();
        List<InputFact> facts = Facts.of(requirements);
        java.time.LocalDate today = today();
        RecommendationGraph graph;
        try {
            graph = evaluator.evaluate(
                    new Evaluation<>(pool::acquire, true, new ProvenanceRecorder(), (session, recorder) -> {
                        AdviceRun.insert(session, facts, today, catalog, policy, withCatalog);
                        fire(session, recorder);
                        return GraphAssembler.assemble(session, recorder);
                    }));
        } catch (EvaluationLimitException e) {
            throw located(e);
        }
        List<Waiver> all = new ArrayList<>(waivers);
        all.addAll(extraWaivers);
        return all.isEmpty() ? graph : Waivers.apply(graph, all, today);
    }

    /**
     * Runs the rules of a long-lived (what-if) session on a worker under the limits; {@code changes} runs first, on
     * the same worker, so that conditions evaluated while facts are inserted are guarded too. If the evaluation fails,
     * {@code released} is left set: the evaluation disposes the session (at once, or when an abandoned rule returns),
     * and the caller must neither use nor dispose it again.
     */
    void run(
            KieSession session,
            ProvenanceRecorder recorder,
            java.util.concurrent.atomic.AtomicBoolean released,
            Runnable changes) {
        checkOpen();
        Evaluation<Object> evaluation = new Evaluation<>(
                () -> {
                    released.set(true);
                    return session;
                },
                false,
                recorder,
                (s, r) -> {
                    changes.run();
                    fire(s, r);
                    return null;
                });
        try {
            evaluator.evaluate(evaluation);
        } catch (EvaluationLimitException e) {
            throw located(e);
        }
        released.set(false);
    }

    /** A limit error led by the place of the rule it names, with the rule's pack. */
    private EvaluationLimitException located(EvaluationLimitException e) {
        String id = e.ruleId();
        return id == null
                ? e
                : e.locatedAt(rules.stream()
                        .filter(r -> r.id().equals(id))
                        .findFirst()
                        .orElse(null));
    }

    /** The wall-clock guarded part of one evaluation: what it does with its session and recorder. */
    private interface Body<T> {
        T run(KieSession session, ProvenanceRecorder recorder);
    }

    /** One evaluation of a session: listeners on, body, listeners off; the session is destroyed after any failure. */
    private final class Evaluation<T> implements Evaluator.Task<T> {

        private final java.util.function.Supplier<KieSession> sessions;
        private final boolean pooled;
        private final Body<T> body;
        private final FactBudget budget = new FactBudget(maxInsertedFacts);
        private final ProvenanceRecorder recorder;
        private volatile KieSession session;

        Evaluation(
                java.util.function.Supplier<KieSession> sessions,
                boolean pooled,
                ProvenanceRecorder recorder,
                Body<T> body) {
            this.sessions = sessions;
            this.pooled = pooled;
            this.recorder = recorder;
            this.body = body;
        }

        @Override
        public T run() {
            KieSession s = sessions.get();
            session = s;
            if (pooled) {
                s.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
                s.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            }
            s.addEventListener(budget);
            return body.run(s, recorder);
        }

        @Override
        public void halt() {
            KieSession s = session;
            if (s != null) {
                s.halt();
            }
        }

        @Override
        public void release(boolean reusable) {
            KieSession s = session;
            if (s == null) {
                return;
            }
            s.removeEventListener(budget);
            if (pooled) {
                s.removeEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
                s.removeEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
                if (reusable) {
                    pool.release(s);
                } else {
                    pool.destroy(s); // never reuse a session a rule broke, halted or left half-done
                }
            } else if (!reusable) {
                s.dispose();
            }
        }

        @Override
        public String currentRule() {
            return recorder.currentRule();
        }

        @Override
        public String mostFiredRule() {
            return recorder.mostFiredRule();
        }
    }

    /** Fires the rules, phase by phase, within the fire limit; maps failures to typed errors naming the rule. */
    private void fire(KieSession session, ProvenanceRecorder recorder) {
        int fired;
        try {
            fired = AdviceRun.fire(session, recorder, focus, maxRuleFirings + 1);
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? null : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof FactBudget.Exceeded exceeded) {
                throw EvaluationLimitException.insertedFacts(maxInsertedFacts, exceeded.ruleId());
            }
            throw new RuleExecutionException(
                    rule,
                    "Rule `" + rule + "` failed: " + cause + ". Fix the rule's consequence; the advisor stays usable.",
                    cause);
        } catch (FactBudget.Exceeded e) {
            throw EvaluationLimitException.insertedFacts(maxInsertedFacts, e.ruleId());
        } catch (RuntimeException e) {
            throw new RuleExecutionException(
                    recorder.currentRule(),
                    "Rule evaluation failed"
                            + (recorder.currentRule() == null ? "" : " in rule `" + recorder.currentRule() + "`") + ": "
                            + e,
                    e,
                    true);
        }
        if (fired > maxRuleFirings) {
            String rule = recorder.mostFiredRule();
            throw EvaluationLimitException.firings(maxRuleFirings, rule, recorder.firings(rule));
        }
    }

    public io.archadvisor.whatif.AdvisorSession openSession(Requirements requirements) {
        Objects.requireNonNull(requirements, "requirements");
        checkOpen();
        return new DroolsAdvisorSession(this, requirements);
    }

    public io.archadvisor.whatif.GraphDelta compare(Requirements before, Requirements after) {
        return io.archadvisor.whatif.GraphDelta.between(advise(before), advise(after));
    }

    void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This advisor is closed; build a new one with Advisor.builder()");
        }
    }

    /** Inserts the advice date and the technology catalog's entries, read from the catalog now. */
    void insertContext(KieSession session) {
        AdviceRun.insertContext(session, today(), catalog, policy, withCatalog);
    }

    /** The calibration policy every advice of this advisor inserts. */
    io.archadvisor.policy.Policy policy() {
        return policy;
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public List<StuckEvaluation> stuckEvaluations() {
        return evaluator.stuckEvaluations();
    }

    /** The pooled sessions that exist now: in use, idle, or held by a stuck evaluation. */
    public int liveSessions() {
        return pool.live();
    }

    /**
     * The release id of this advisor's KIE module (removed from the KIE repository once built), or {@code null} when
     * its KieBase was built from precompiled packs, without a KIE module.
     */
    public org.kie.api.builder.ReleaseId releaseId() {
        return container == null ? null : container.getReleaseId();
    }

    /** Whether this advisor's KieBase was built from precompiled packs rather than compiled from DRL. */
    public boolean precompiled() {
        return precompiled;
    }

    /** The common prefix of the names of this advisor's worker threads. */
    public String threadPrefix() {
        return evaluator.threadPrefix();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            evaluator.close(() -> {
                pool.close();
                if (container != null) {
                    container.dispose();
                }
            });
        }
    }
}
