package io.archadvisor;

import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives architecture advice: compiles the rule packs once, then turns {@link Requirements} into a
 * {@link RecommendationGraph}. An advisor is immutable and safe to share between threads; build one and reuse it.
 *
 * <pre>{@code
 * try (Advisor advisor = Advisor.builder().build()) {
 *     RecommendationGraph graph = advisor.advise(RequirementsReader.read(Path.of("system.yaml")));
 *     graph.primaryPattern().ifPresent(p -> System.out.println(p.summary()));
 * }
 * }</pre>
 */
public interface Advisor extends AutoCloseable {

    /** A builder with the default rule packs and limits. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Advises on the requirements. The rules run on a worker thread the advisor owns; the calling thread waits at most
     * the {@linkplain Builder#timeout(Duration) timeout} (plus up to one second to stop the rules).
     *
     * @throws EvaluationLimitException when a rule runs away; the advisor stays usable
     * @throws RuleExecutionException when a rule's consequence fails
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted while it waits; its
     *     interrupt status is kept
     */
    RecommendationGraph advise(Requirements requirements);

    /**
     * Opens a what-if session on the requirements: change one requirement at a time and get the delta. Close it when
     * done.
     */
    io.archadvisor.whatif.AdvisorSession openSession(Requirements requirements);

    /** What changes in the advice from {@code before} to {@code after}. */
    io.archadvisor.whatif.GraphDelta compare(Requirements before, Requirements after);

    /** Every loaded rule with its metadata, sorted by id. */
    List<RuleInfo> rules();

    /**
     * The evaluations that did not stop at their deadline and whose threads have not returned, oldest first; empty
     * when all is well. See {@link Builder#maxStuckEvaluations(int)}.
     */
    default List<StuckEvaluation> stuckEvaluations() {
        return List.of();
    }

    /**
     * Releases the sessions, worker threads and compiled rules this advisor owns; further calls to {@link #advise}
     * fail.
     */
    @Override
    void close();

    /** Configures and builds an {@link Advisor}. */
    final class Builder {

        /** The default maximum number of rule firings per advice. */
        public static final int DEFAULT_MAX_RULE_FIRINGS = 100_000;
        /** The default maximum wall-clock time per advice. */
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
        /** The default maximum number of facts rules may insert per advice. */
        public static final int DEFAULT_MAX_INSERTED_FACTS = 200_000;
        /** The default maximum number of stuck evaluations an advisor tolerates before it refuses work. */
        public static final int DEFAULT_MAX_STUCK_EVALUATIONS = 2;

        final List<RulePack> packs = new ArrayList<>();
        final List<RuleSource> extra = new ArrayList<>();
        boolean defaultPacks = true;
        int maxRuleFirings = DEFAULT_MAX_RULE_FIRINGS;
        Duration timeout = DEFAULT_TIMEOUT;
        int maxInsertedFacts = DEFAULT_MAX_INSERTED_FACTS;
        int maxStuckEvaluations = DEFAULT_MAX_STUCK_EVALUATIONS;
        final List<RulePack> untrustedPacks = new ArrayList<>();
        final List<RuleSource> untrustedSources = new ArrayList<>();
        io.archadvisor.vetting.VettingPolicy vettingPolicy = io.archadvisor.vetting.VettingPolicy.defaults();
        Clock clock = Clock.systemUTC();
        ClassLoader classLoader = Builder.class.getClassLoader();

        Builder() {
        }

        /** Leaves out the packs registered on the classpath, so only the rules added here are loaded. */
        public Builder withoutDefaultPacks() {
            this.defaultPacks = false;
            return this;
        }

        /** Adds a rule pack. */
        public Builder addPack(RulePack pack) {
            packs.add(Objects.requireNonNull(pack, "pack"));
            return this;
        }

        /** Adds one DRL text; {@code name} is what errors and {@link RuleInfo#source()} call it. */
        public Builder addRules(String name, String drl) {
            extra.add(new RuleSource(name, drl));
            return this;
        }

        /** Adds a DRL file. */
        public Builder addRules(Path file) {
            extra.add(RuleSource.fromFile(file));
            return this;
        }

        /** Adds DRL classpath resources, such as {@code com/acme/rules/broker.drl}. */
        public Builder addClasspathRules(String... resources) {
            for (String r : resources) {
                extra.add(RuleSource.fromClasspath(r, classLoader));
            }
            return this;
        }

        /** The maximum number of rule firings per advice (default {@value #DEFAULT_MAX_RULE_FIRINGS}). */
        public Builder maxRuleFirings(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxRuleFirings must be ≥ 1, got " + max);
            }
            this.maxRuleFirings = max;
            return this;
        }

        /** The maximum wall-clock time per advice (default 10 s). */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Adds a rule pack from a source you do not trust: before anything is compiled, every file of it is vetted
         * against the {@linkplain #vettingPolicy vetting policy}, and {@link #build()} throws a
         * {@link RuleVettingException} naming each file, line and offending token if it reaches outside the allowed
         * fact and node API (files, network, processes, reflection, class loading, threads, {@code System}...).
         * Vetting is static and best-effort, not a sandbox: see {@code docs/security.md}.
         */
        public Builder addUntrustedPack(RulePack pack) {
            untrustedPacks.add(Objects.requireNonNull(pack, "pack"));
            return this;
        }

        /** Adds one DRL text from a source you do not trust, to be vetted like {@link #addUntrustedPack}. */
        public Builder addUntrustedRules(String name, String drl) {
            untrustedSources.add(new RuleSource(name, drl));
            return this;
        }

        /** Adds a DRL file from a source you do not trust, to be vetted like {@link #addUntrustedPack}. */
        public Builder addUntrustedRules(Path file) {
            untrustedSources.add(RuleSource.fromFile(file));
            return this;
        }

        /** The policy untrusted rules are vetted against (default {@link io.archadvisor.vetting.VettingPolicy#defaults()}). */
        public Builder vettingPolicy(io.archadvisor.vetting.VettingPolicy policy) {
            this.vettingPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The maximum number of facts rules may insert per advice (default {@value #DEFAULT_MAX_INSERTED_FACTS}): a
         * consequence that inserts in a loop fails with an {@link EvaluationLimitException} instead of exhausting
         * memory.
         */
        public Builder maxInsertedFacts(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxInsertedFacts must be ≥ 1, got " + max);
            }
            this.maxInsertedFacts = max;
            return this;
        }

        /**
         * How many evaluations may be stuck at once (default {@value #DEFAULT_MAX_STUCK_EVALUATIONS}). Rules run on
         * worker threads the advisor owns; at the deadline an evaluation is halted and its worker interrupted. A
         * consequence that loops without blocking ignores both: the caller still gets an
         * {@link EvaluationLimitException} at the deadline, the worker is abandoned (and keeps a CPU busy until the
         * rule returns), and a fresh worker serves the next call. Once this many are stuck, {@code advise} fails fast
         * instead of abandoning more threads.
         */
        public Builder maxStuckEvaluations(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxStuckEvaluations must be ≥ 1, got " + max);
            }
            this.maxStuckEvaluations = max;
            return this;
        }

        /** The clock that dates the advice, for end-of-life and staleness decisions (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The class loader that finds default packs and classpath rules (default: archadvisor's own). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Compiles the rules and builds the advisor.
         *
         * @throws RuleCompilationException when a rule file does not compile, listing every error
         */
        public Advisor build() {
            return DroolsAdvisor.build(this);
        }
    }
}
