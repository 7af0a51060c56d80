package io.archadvisor.internal;

import io.archadvisor.pack.EvaluationLimitException;
import io.archadvisor.pack.RuleExecutionException;
import io.archadvisor.pack.StuckEvaluation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rule evaluations on worker threads the advisor owns, so that the caller always gets its answer or a typed error
 * by the deadline, whatever a rule does.
 *
 * <p>At the deadline the evaluation is halted and its worker interrupted, which stops a rule that loops through
 * firings, sleeps, waits or blocks on a queue. A consequence that spins without blocking cannot be stopped inside the
 * JVM: its worker is abandoned, reported (log and {@link Advisor#stuckEvaluations()}) and replaced by a fresh one for
 * the next call; the abandoned worker releases its session if it ever returns. At most {@code maxStuck} abandoned
 * workers are tolerated; beyond that the advisor refuses work instead of losing more threads.
 */
final class Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);
    private static final AtomicInteger ADVISORS = new AtomicInteger();
    /** The prefix of every worker thread's name. */
    static final String THREAD_PREFIX = "archadvisor-";

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int TIMED_OUT = 2;

    /** One evaluation: what runs on the worker, how to stop it, and how to release what it holds. */
    interface Task<T> {

        /** Runs on the worker thread. */
        T run();

        /** Called from the caller's thread when the deadline passes while {@link #run} is still running. */
        void halt();

        /**
         * Called on the worker thread after {@link #run}, always: {@code reusable} when the run finished in time and
         * without error, so its resources may be reused; otherwise they must be destroyed.
         */
        void release(boolean reusable);

        /** The rule running now, or {@code null}; called from any thread. */
        String currentRule();

        /** The rule that fired most, or {@code null}; called only once the worker has finished. */
        String mostFiredRule();
    }

    private final String name;
    private final ThreadPoolExecutor workers;
    private final Duration timeout;
    private final Duration grace;
    private final int maxStuck;
    private final Set<Evaluation<?>> stuck = ConcurrentHashMap.newKeySet();
    /** Guards changes to {@link #stuck} and {@link #afterStuck}; taken after an evaluation's own lock. */
    private final Object lifecycle = new Object();
    /** What {@link #close} could not release because stuck evaluations still hold it; run when the last returns. */
    private Runnable afterStuck;

    /**
     * An evaluator whose workers run with {@code loader} as their context class loader. Workers do not inherit the
     * creating thread's inheritable thread-locals or context class loader, so they pin nothing of the caller's.
     */
    Evaluator(Duration timeout, int maxStuck, ClassLoader loader) {
        this.name = THREAD_PREFIX + ADVISORS.incrementAndGet();
        this.timeout = timeout;
        this.grace = timeout.compareTo(Duration.ofSeconds(1)) < 0 ? timeout : Duration.ofSeconds(1);
        this.maxStuck = maxStuck;
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new HandOff(), r -> {
            Thread t = new Thread(null, r, name + "-worker-" + threads.incrementAndGet(), 0, false);
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        });
    }

    /**
     * Hands each evaluation straight to a worker, never queueing it behind a busy one; waits a moment for a worker
     * that is just finishing, so that sequential calls reuse one thread instead of starting new ones.
     */
    private static final class HandOff extends SynchronousQueue<Runnable> {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean offer(Runnable task) {
            try {
                return super.offer(task, 2, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The common prefix of this evaluator's worker thread names. */
    String threadPrefix() {
        return name + "-worker-";
    }

    /**
     * Runs the task on a worker and waits for it until the deadline.
     *
     * @throws EvaluationLimitException when the deadline passes, or too many evaluations are stuck already
     * @throws CancellationException when the calling thread is interrupted while it waits; its interrupt status is kept
     */
    <T> T evaluate(Task<T> task) {
        if (stuck.size() >= maxStuck) {
            throw EvaluationLimitException.stuck(maxStuck, stuckEvaluations());
        }
        Evaluation<T> evaluation = new Evaluation<>(task);
        try {
            workers.execute(evaluation);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("This advisor is closed; build a new one with Advisor.builder()", e);
        }
        return evaluation.await();
    }

    /** The evaluations abandoned at their deadline whose workers have not returned yet, oldest first. */
    List<StuckEvaluation> stuckEvaluations() {
        List<StuckEvaluation> out = new ArrayList<>();
        for (Evaluation<?> e : stuck) {
            out.add(e.report); // set before the evaluation joins the stuck ones
        }
        out.sort(Comparator.comparing(StuckEvaluation::since).thenComparing(StuckEvaluation::thread));
        return List.copyOf(out);
    }

    /**
     * Stops the workers and then runs {@code release}, which frees what the evaluations use (sessions, rules). When
     * evaluations are stuck, their sessions cannot be disposed while they run, and disposing would wait for them:
     * {@code release} then runs on the last stuck worker when it returns, and never if it never does.
     */
    void close(Runnable release) {
        workers.shutdownNow();
        if (stuck.isEmpty()) {
            try {
                workers.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runnable now;
        synchronized (lifecycle) {
            if (stuck.isEmpty()) {
                now = release;
            } else {
                now = null;
                afterStuck = release;
            }
        }
        if (now != null) {
            now.run();
        } else {
            LOG.warn(
                    "Closed an advisor while {} rule evaluation(s) are stuck: {}. Its sessions and rules are released"
                            + " when the last of them returns.",
                    stuck.size(),
                    stuckEvaluations());
        }
    }

    private final class Evaluation<T> implements Runnable {

        private final Task<T> task;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private final CountDownLatch finished = new CountDownLatch(1);
        /** The worker while it is inside {@link #run}; guarded by {@code this}. */
        private Thread runner;
        /** Whether the worker has left {@link #run}; guarded by {@code this}. */
        private boolean ended;
        /** Set when the evaluation is abandoned; guarded by {@code this}. */
        private volatile StuckEvaluation report;

        private T result;
        private Throwable failure;

        Evaluation(Task<T> task) {
            this.task = task;
        }

        @Override
        public void run() {
            synchronized (this) {
                runner = Thread.currentThread();
            }
            T value = null;
            Throwable error = null;
            try {
                value = task.run();
            } catch (Throwable t) { // every failure goes back to the caller, who decides what it means
                error = t;
            }
            boolean inTime = state.compareAndSet(RUNNING, DONE);
            synchronized (this) {
                runner = null;
            }
            Thread.interrupted(); // an interrupt meant for this evaluation must not reach the next one
            try {
                task.release(inTime && error == null);
            } catch (RuntimeException e) {
                if (error == null) {
                    error = e;
                } else {
                    error.addSuppressed(e);
                }
            }
            result = value;
            failure = error;
            Runnable last = null;
            synchronized (this) {
                ended = true;
                if (report != null) {
                    synchronized (lifecycle) {
                        if (stuck.remove(this) && stuck.isEmpty()) {
                            last = afterStuck;
                            afterStuck = null;
                        }
                    }
                    LOG.warn(
                            "The rule evaluation abandoned at {} in rule `{}` on thread {} has returned; its session"
                                    + " was destroyed.",
                            report.since(),
                            report.ruleId(),
                            report.thread());
                }
            }
            if (last != null) {
                try {
                    last.run();
                } catch (RuntimeException e) {
                    LOG.warn("Releasing a closed advisor's sessions and rules failed", e);
                }
            }
            finished.countDown();
        }

        T await() {
            boolean interrupted = false;
            boolean done;
            try {
                done = finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
                done = false;
            }
            if (!done && state.compareAndSet(RUNNING, TIMED_OUT)) {
                String rule = task.currentRule();
                stop();
                boolean stopped = awaitUninterruptibly(grace);
                if (!stopped && task.currentRule() != null) {
                    rule = task.currentRule(); // the rule that holds the worker now
                }
                String thread = stopped ? null : abandon(rule);
                if (rule == null && stopped) {
                    rule = failure instanceof RuleExecutionException r && r.ruleId() != null
                            ? r.ruleId()
                            : task.mostFiredRule();
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                    CancellationException c = new CancellationException("Advice was cancelled because the calling"
                            + " thread was interrupted" + (rule == null ? "" : " while rule `" + rule + "` was running")
                            + "; the interrupt status is kept and the advisor stays usable.");
                    if (thread != null) {
                        c.addSuppressed(new IllegalStateException(
                                "The worker thread " + thread + " did not stop and" + " was abandoned."));
                    }
                    throw c;
                }
                throw EvaluationLimitException.timeout(timeout, rule, thread, stuck.size(), maxStuck);
            }
            awaitUninterruptibly(null);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return outcome();
        }

        /** Halts the session and interrupts the worker, if it is still inside the task. */
        private synchronized void stop() {
            if (runner != null) {
                try {
                    task.halt();
                } catch (RuntimeException e) {
                    LOG.debug("Halting a timed-out evaluation failed", e);
                }
                runner.interrupt();
            }
        }

        /** Records the evaluation as stuck unless its worker has just returned; the worker's name, or null. */
        private synchronized String abandon(String rule) {
            if (ended) {
                return null;
            }
            Thread worker = runner;
            String thread = worker == null ? "(releasing)" : worker.getName();
            report = new StuckEvaluation(rule, thread, Instant.now());
            synchronized (lifecycle) {
                stuck.add(this);
            }
            if (LOG.isWarnEnabled()) {
                Throwable where = new Throwable("stack of " + thread);
                if (worker != null) {
                    where.setStackTrace(worker.getStackTrace());
                }
                String message = "{} did not stop {} ms after being halted and interrupted at its deadline of {} ms;"
                        + " its thread {} is abandoned ({} of at most {}) and a fresh one serves the next call.";
                Object[] args = {
                    rule == null ? "The rule engine's matching (no rule's consequence running)" : "Rule `" + rule + "`",
                    grace.toMillis(),
                    timeout.toMillis(),
                    thread,
                    stuck.size(),
                    maxStuck,
                    where
                };
                // the thread's stack only when debugging: the exception the caller gets already says what to do
                LOG.warn(message, LOG.isDebugEnabled() ? args : java.util.Arrays.copyOf(args, args.length - 1));
            }
            return thread;
        }

        private boolean awaitUninterruptibly(Duration limit) {
            long deadline = limit == null ? 0 : System.nanoTime() + limit.toNanos();
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        if (limit == null) {
                            finished.await();
                            return true;
                        }
                        return finished.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private T outcome() {
            Throwable f = failure;
            if (f == null) {
                return result;
            }
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof StackOverflowError) {
                String rule = task.currentRule();
                throw new RuleExecutionException(
                        rule,
                        "Rule evaluation overflowed the stack"
                                + (rule == null ? "" : " in rule `" + rule + "`")
                                + ": a function or consequence recurses"
                                + " without end. Fix the recursion; the advisor stays usable.",
                        f);
            }
            if (f instanceof Error e) {
                throw e;
            }
            throw new RuleExecutionException(task.currentRule(), "Rule evaluation failed: " + f, f);
        }
    }
}
