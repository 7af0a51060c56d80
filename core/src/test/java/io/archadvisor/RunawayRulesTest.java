package io.archadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Team;
import io.archadvisor.pack.EvaluationLimitException;
import io.archadvisor.pack.RuleExecutionException;
import io.archadvisor.pack.StuckEvaluation;
import io.archadvisor.runaway.Probe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile rules: loops through firings, recursion through insert and delete, insertion bombs, consequences that sleep,
 * wait, block on a queue, ignore interrupts or spin. Each is stopped by a limit with a typed error naming the rule; the
 * advisor answers the next call; sessions a rule broke are destroyed, not pooled again; and no thread is left behind
 * once the rule lets go and the advisor is closed.
 */
class RunawayRulesTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1_000);

    private static final String HEADER = """
            package test.runaway;
            import io.archadvisor.facts.*;
            import io.archadvisor.graph.*;
            import io.archadvisor.runaway.Probe;

            declare Tick
                n : int
            end

            rule "T-SMALL-TEAM"
                agenda-group "advise"
            when
                $t : TeamSize(value < 10)
            then
                Probe.capture(kcontext);
                insertLogical(new Guidance(GuidanceArea.ARCHITECTURE, "small-team", "Keep one deployable.",
                    "a team of " + $t.value()));
            end
            """;

    private Advisor advisor;

    @BeforeEach
    void arm() {
        Probe.reset();
    }

    @AfterEach
    void release() {
        Probe.open();
        if (advisor != null) {
            advisor.close();
        }
    }

    private static Requirements team(int size) {
        return new Requirements(
                "s",
                null,
                new Team(size, null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private Advisor advisor(String rules, int maxStuck) {
        advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addRules("hostile.drl", HEADER + rules)
                .maxRuleFirings(500)
                .maxInsertedFacts(2_000)
                .timeout(TIMEOUT)
                .maxStuckEvaluations(maxStuck)
                .build();
        advisor.advise(team(5)); // warm up: conditions are compiled on first use, which is slow on a busy machine
        return advisor;
    }

    /** A rule that fires when the team has exactly {@code size} engineers and runs {@code body}. */
    private static String rule(String id, int size, String body) {
        return "rule \"" + id + "\"\nwhen\n    TeamSize(value == " + size + ")\nthen\n    Probe.capture(kcontext);\n"
                + body + "\nend\n";
    }

    /**
     * The next calls are answered correctly, from pooled sessions that are reused, and never from the session of the
     * breach (the last one the hostile rule captured): that one was destroyed, not returned to the pool.
     */
    private void assertStillAnswers() {
        long broken = Probe.sessionId();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int calls = 4;
        for (int i = 0; i < calls; i++) {
            RecommendationGraph graph = advisor.advise(team(5));
            assertTrue(graph.node("guidance:small-team").isPresent(), "the next call is answered correctly");
            seen.add(Probe.sessionId());
        }
        assertFalse(seen.contains(broken), "the session of the breach never serves another call");
        assertTrue(seen.size() < calls, () -> "clean sessions go back to the pool and are reused: " + seen);
    }

    private static int threads(String prefix) {
        return threadList(prefix).size();
    }

    private static List<Thread> threadList(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix))
                .toList();
    }

    /** Lets the hostile rules return and waits, up to 10 s, until no evaluation is stuck. */
    private void releaseStuckEvaluations() throws InterruptedException {
        Probe.open();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!advisor.stuckEvaluations().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** Closes the advisor and waits until none of its threads is left. */
    private void assertNoThreadLeftAfterClose() {
        String prefix = ((EngineAdvisor) advisor).engine().threadPrefix();
        assertTrue(((EngineAdvisor) advisor).engine().liveSessions() <= 1, "only the reset idle session is kept");
        advisor.close();
        assertEquals(0, ((EngineAdvisor) advisor).engine().liveSessions(), "close disposes every session");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (threads(prefix) > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(0, threads(prefix), () -> "threads left: " + threadList(prefix));
    }

    private EvaluationLimitException breach(int size, EvaluationLimitException.Limit limit, String rule) {
        EvaluationLimitException e = breachKeepingSession(size, limit, rule);
        assertFalse(Probe.sessionAlive(), "a session a rule broke is destroyed, not returned to the pool");
        return e;
    }

    /** A breach whose worker may still hold its session (it is abandoned, not stopped). */
    private EvaluationLimitException breachKeepingSession(int size, EvaluationLimitException.Limit limit, String rule) {
        EvaluationLimitException e = assertThrows(EvaluationLimitException.class, () -> advisor.advise(team(size)));
        assertEquals(limit, e.limit(), e.getMessage());
        assertEquals(rule, e.ruleId(), e.getMessage());
        assertTrue(e.getMessage().contains("`" + rule + "`"), e.getMessage());
        assertFalse(Thread.currentThread().isInterrupted(), "the caller's interrupt status is untouched");
        assertNotNull(Probe.session(), "the hostile rule ran");
        return e;
    }

    @Test
    void aRuleThatKeepsInsertingWhatItMatchesIsStoppedByTheFireLimit() {
        advisor(rule("T-START", 13, "insert(new Tick(0));") + """
                rule "T-LOOP"
                when
                    $t : Tick()
                then
                    insert(new Tick($t.getN() + 1));
                end
                """, 2);
        EvaluationLimitException e = breach(13, EvaluationLimitException.Limit.RULE_FIRINGS, "T-LOOP");
        int line = advisor.rules().stream()
                .filter(r -> r.id().equals("T-LOOP"))
                .findFirst()
                .orElseThrow()
                .line();
        assertTrue(
                e.getMessage().startsWith("hostile.drl:" + line + ": Rule evaluation stopped after"), e.getMessage());
        assertTrue(e.getMessage().contains("rule `T-LOOP` (pack custom) fired"), e.getMessage());
        assertStillAnswers();
        assertNoThreadLeftAfterClose();
    }

    @Test
    void aRuleThatModifiesWhatItMatchesIsStoppedByTheFireLimit() {
        advisor(rule("T-START", 13, "insert(new Tick(0));") + """
                rule "T-MODIFY"
                when
                    $t : Tick(n >= 0)
                then
                    modify($t) { setN($t.getN() + 1) }
                end
                """, 2);
        breach(13, EvaluationLimitException.Limit.RULE_FIRINGS, "T-MODIFY");
        assertStillAnswers();
        assertNoThreadLeftAfterClose();
    }

    @Test
    void rulesThatRecurseThroughInsertAndDeleteAreStoppedByTheFireLimit() {
        advisor(rule("T-START", 13, "insert(new Tick(0));") + """
                declare Tock
                    n : int
                end
                rule "T-PING"
                when
                    $t : Tick()
                then
                    delete($t);
                    insert(new Tock($t.getN() + 1));
                end
                rule "T-PONG"
                when
                    $t : Tock()
                then
                    delete($t);
                    insert(new Tick($t.getN() + 1));
                end
                """, 2);
        EvaluationLimitException e = assertThrows(EvaluationLimitException.class, () -> advisor.advise(team(13)));
        assertEquals(EvaluationLimitException.Limit.RULE_FIRINGS, e.limit());
        assertTrue(List.of("T-PING", "T-PONG").contains(e.ruleId()), e.getMessage());
        assertFalse(Probe.sessionAlive());
        assertStillAnswers();
        assertNoThreadLeftAfterClose();
    }

    @Test
    void aConsequenceThatInsertsInALoopIsStoppedByTheInsertionLimit() {
        advisor(rule("T-BOMB", 13, "for (int i = 0; ; i++) { insert(new Tick(i)); }"), 2);
        breach(13, EvaluationLimitException.Limit.INSERTED_FACTS, "T-BOMB");
        assertStillAnswers();
        assertNoThreadLeftAfterClose();
    }

    @Test
    void aSleepingConsequenceIsInterruptedAtTheDeadline() {
        advisor(rule("T-SLEEP", 13, "Thread.sleep(60_000);"), 2);
        long start = System.nanoTime();
        EvaluationLimitException e = breach(13, EvaluationLimitException.Limit.WALL_CLOCK, "T-SLEEP");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000, "the caller is answered on time");
        assertFalse(e.getMessage().contains("abandoned"), "an interrupted sleep stops: nothing is abandoned");
        assertEquals(List.of(), advisor.stuckEvaluations());
        assertStillAnswers();
        assertNoThreadLeftAfterClose();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "T-WAIT | Object lock = new Object(); synchronized (lock) { lock.wait(); }",
                "T-TAKE | new java.util.concurrent.LinkedBlockingQueue<Object>().take();"
            })
    void aConsequenceBlockedOnAMonitorOrAQueueIsInterruptedAtTheDeadline(String id, String body) {
        advisor(rule(id, 13, body), 2);
        breach(13, EvaluationLimitException.Limit.WALL_CLOCK, id);
        assertEquals(List.of(), advisor.stuckEvaluations());
        assertStillAnswers();
        assertNoThreadLeftAfterClose();
    }

    @Test
    void aConsequenceThatSpinsIsAbandonedAtTheDeadlineReportedAndReplaced() throws Exception {
        advisor(rule("T-SPIN", 13, "while (!Probe.isOpen()) { }"), 2);
        String prefix = ((EngineAdvisor) advisor).engine().threadPrefix();
        long start = System.nanoTime();
        EvaluationLimitException e = breachKeepingSession(13, EvaluationLimitException.Limit.WALL_CLOCK, "T-SPIN");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000, "the caller is answered on time");
        assertTrue(e.getMessage().contains("abandoned"), e.getMessage());

        List<StuckEvaluation> stuck = advisor.stuckEvaluations();
        assertEquals(1, stuck.size(), stuck::toString);
        assertEquals("T-SPIN", stuck.get(0).ruleId());
        assertTrue(stuck.get(0).thread().startsWith(prefix), stuck.get(0).thread());
        assertTrue(e.getMessage().contains(stuck.get(0).thread()), e.getMessage());
        KieSessionRef spun = new KieSessionRef();

        RecommendationGraph graph = advisor.advise(team(5));
        assertTrue(graph.node("guidance:small-team").isPresent(), "a fresh worker answers the next call");

        releaseStuckEvaluations();
        assertEquals(List.of(), advisor.stuckEvaluations(), "the worker returned and is no longer stuck");
        assertFalse(spun.alive(), "the abandoned worker destroyed its session when it returned");
        assertNoThreadLeftAfterClose();
    }

    @Test
    void whenTooManyEvaluationsAreStuckTheAdvisorFailsFastUntilOneReturns() throws Exception {
        advisor(rule("T-SPIN", 13, "while (!Probe.isOpen()) { }"), 1);
        breachKeepingSession(13, EvaluationLimitException.Limit.WALL_CLOCK, "T-SPIN");

        long start = System.nanoTime();
        EvaluationLimitException refused = assertThrows(EvaluationLimitException.class, () -> advisor.advise(team(5)));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < TIMEOUT.toMillis(), "it fails fast");
        assertEquals(EvaluationLimitException.Limit.STUCK_EVALUATIONS, refused.limit());
        assertEquals("T-SPIN", refused.ruleId());
        assertTrue(refused.getMessage().contains("T-SPIN"), refused.getMessage());

        releaseStuckEvaluations();
        assertStillAnswers();
        assertNoThreadLeftAfterClose();
    }

    @Test
    void aConsequenceThatSwallowsInterruptsIsAbandonedWithoutSpinning() throws Exception {
        advisor(rule("T-DEAF", 13, """
                    while (!Probe.isOpen()) {
                        try { Thread.sleep(5); } catch (InterruptedException ignored) { }
                    }"""), 2);
        breachKeepingSession(13, EvaluationLimitException.Limit.WALL_CLOCK, "T-DEAF");
        KieSessionRef deaf = new KieSessionRef();
        assertEquals(1, advisor.stuckEvaluations().size());
        assertStillAnswers();
        releaseStuckEvaluations();
        assertEquals(List.of(), advisor.stuckEvaluations());
        assertFalse(deaf.alive(), "the abandoned worker destroyed its session when it returned");
        assertNoThreadLeftAfterClose();
    }

    @Test
    void aConsequenceThatKeepsInsertingAfterTheLimitHasItsThreadParked() throws Exception {
        advisor(rule("T-GREEDY", 13, """
                    for (int i = 0; ; i++) {
                        try { insert(new Tick(i)); } catch (RuntimeException ignored) { }
                    }"""), 2);
        EvaluationLimitException e = assertThrows(EvaluationLimitException.class, () -> advisor.advise(team(13)));
        assertEquals(EvaluationLimitException.Limit.WALL_CLOCK, e.limit(), e.getMessage());
        assertEquals("T-GREEDY", e.ruleId());
        List<StuckEvaluation> stuck = advisor.stuckEvaluations();
        assertEquals(1, stuck.size());
        Thread parked = threadList(stuck.get(0).thread()).get(0);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (parked.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(10); // the interrupt at the deadline wakes it briefly; it parks again
        }
        assertEquals(Thread.State.WAITING, parked.getState(), "parked, so it neither spins nor grows memory");
        long ticks = Probe.session()
                .getObjects(o -> o.getClass().getSimpleName().equals("Tick"))
                .size();
        assertEquals(2_002, ticks, "the allowed insertions, the one that failed, and the one that parked the thread");
        assertStillAnswers();
        // the parked thread never returns: it is a daemon, reported as stuck, and bounded by maxStuckEvaluations
        advisor.close();
    }

    @Test
    void aFunctionThatRecursesWithoutEndIsATypedErrorNamingTheRule() {
        advisor("""
                function int deeper(int n) { return deeper(n + 1) + 1; }
                """ + rule("T-RECURSE", 13, "deeper(0);"), 2);
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> advisor.advise(team(13)));
        assertEquals("T-RECURSE", e.ruleId(), e.getMessage());
        assertTrue(e.getCause() instanceof StackOverflowError, String.valueOf(e.getCause()));
        assertFalse(Probe.sessionAlive());
        assertStillAnswers();
        assertNoThreadLeftAfterClose();
    }

    @Test
    void aConditionThatSpinsIsAbandonedAtTheDeadline() throws Exception {
        advisor("""
                function boolean spin() { while (!Probe.isOpen()) { } return false; }
                rule "T-SPIN-CONDITION"
                when
                    TeamSize(value == 13)
                    eval(spin())
                then
                end
                """, 2);
        EvaluationLimitException e = assertThrows(EvaluationLimitException.class, () -> advisor.advise(team(13)));
        assertEquals(EvaluationLimitException.Limit.WALL_CLOCK, e.limit(), e.getMessage());
        assertEquals(1, advisor.stuckEvaluations().size());
        assertStillAnswers();
        releaseStuckEvaluations();
        assertNoThreadLeftAfterClose();
    }

    @Test
    void anInterruptedCallerGetsACancellationAndKeepsItsInterruptStatus() throws Exception {
        advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addRules("hostile.drl", HEADER + rule("T-SLEEP", 13, "Thread.sleep(60_000);"))
                .timeout(Duration.ofSeconds(30))
                .build();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread caller = new Thread(() -> {
            try {
                advisor.advise(team(13));
            } catch (Throwable t) {
                thrown.set(t);
            }
            interrupted.set(Thread.currentThread().isInterrupted());
            done.countDown();
        });
        caller.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Probe.session() == null && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        caller.interrupt();
        assertTrue(done.await(10, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
        assertTrue(thrown.get().getMessage().contains("T-SLEEP"), thrown.get().getMessage());
        assertTrue(interrupted.get(), "the interrupt status is kept");
        assertFalse(Probe.sessionAlive());
        assertStillAnswers();
        assertNoThreadLeftAfterClose();
    }

    @Test
    void aWhatIfSessionStopsOnARunawayRuleAndTheAdvisorStaysUsable() {
        advisor(rule("T-START", 13, "insert(new Tick(0));") + """
                rule "T-LOOP"
                when
                    $t : Tick()
                then
                    insert(new Tick($t.getN() + 1));
                end
                """, 2);
        try (io.archadvisor.whatif.AdvisorSession session = advisor.openSession(team(5))) {
            EvaluationLimitException e =
                    assertThrows(EvaluationLimitException.class, () -> session.set("team.size", 13));
            assertEquals("T-LOOP", e.ruleId());
            assertThrows(IllegalStateException.class, session::graph, "a broken what-if session says so");
        }
        assertStillAnswers();
        assertNoThreadLeftAfterClose();
    }

    @Test
    void idleWorkersAreReusedAndCloseStopsThem() {
        advisor("", 2);
        String prefix = ((EngineAdvisor) advisor).engine().threadPrefix();
        for (int i = 0; i < 50; i++) {
            advisor.advise(team(5));
        }
        // a worker is handed the next call if it is back within 2 ms; on a busy machine it may not be, so allow a few
        assertTrue(threads(prefix) <= 3, () -> "50 sequential calls reuse idle workers: " + threadList(prefix));
        assertNoThreadLeftAfterClose();
        try {
            advisor.advise(team(5));
            fail("a closed advisor must refuse");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("closed"));
        }
    }

    /** The session captured by the last hostile rule, kept before other calls replace it. */
    private static final class KieSessionRef {
        private final org.kie.api.runtime.KieSession session = Probe.session();

        boolean alive() {
            return Probe.alive(session);
        }
    }
}
