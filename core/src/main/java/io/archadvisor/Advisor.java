package io.archadvisor;

import io.archadvisor.base.InvalidSettingException;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import io.archadvisor.internal.AdvisorSettings;
import io.archadvisor.internal.DroolsAdvisor;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.SourceMap;
import io.archadvisor.pack.EvaluationLimitException;
import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.pack.RuleExecutionException;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import io.archadvisor.pack.StuckEvaluation;
import io.archadvisor.vetting.VettingPolicy;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.GraphDelta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
     * Advises on the requirements, accepting the findings these waivers name (in addition to the builder's
     * {@link Builder#waivers waivers}). Waived findings stay in the graph, marked with their waiver
     * ({@link RecommendationGraph#waiverOf}); a waiver whose expiry date is before the advice date does not apply
     * and is itself reported as an {@link io.archadvisor.graph.ExpiredWaiver} finding.
     *
     * @throws EvaluationLimitException when a rule runs away; the advisor stays usable
     * @throws RuleExecutionException when a rule's consequence fails
     */
    RecommendationGraph advise(Requirements requirements, List<Waiver> waivers);

    /**
     * Advises on the requirements, as {@link #advise(Requirements)}, and locates every input fact of the provenance
     * in the document it was read from ({@link RecommendationGraph#withSources}), so explanations and reports can
     * point at {@code file:line:column}.
     *
     * <pre>{@code
     * RequirementsDocument doc = RequirementsReader.readDocument(Path.of("system.yaml"));
     * RecommendationGraph graph = advisor.advise(doc.requirements(), doc.sources());
     * }</pre>
     *
     * @throws EvaluationLimitException when a rule runs away; the advisor stays usable
     * @throws RuleExecutionException when a rule's consequence fails
     */
    default RecommendationGraph advise(Requirements requirements, SourceMap sources) {
        return advise(requirements, sources, List.of());
    }

    /**
     * Advises on the requirements with these waivers, as {@link #advise(Requirements, List)}, and locates every input
     * fact of the provenance as {@link #advise(Requirements, SourceMap)} does.
     *
     * @throws EvaluationLimitException when a rule runs away; the advisor stays usable
     * @throws RuleExecutionException when a rule's consequence fails
     */
    default RecommendationGraph advise(Requirements requirements, SourceMap sources, List<Waiver> waivers) {
        Objects.requireNonNull(sources, "sources");
        return advise(requirements, waivers).withSources(sources);
    }

    /**
     * Opens a what-if session on the requirements: change one requirement at a time and get the delta. Close it when
     * done.
     */
    AdvisorSession openSession(Requirements requirements);

    /** What changes in the advice from {@code before} to {@code after}. */
    GraphDelta compare(Requirements before, Requirements after);

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
        final Set<String> disabled = new LinkedHashSet<>();
        final Map<String, RuleSource> replacements = new LinkedHashMap<>();
        final List<Waiver> waivers = new ArrayList<>();

        @Nullable
        Set<String> onlyRules;

        @Nullable
        Set<String> onlyPacks;

        boolean defaultPacks = true;
        boolean checkReferences = true;
        int maxRuleFirings = DEFAULT_MAX_RULE_FIRINGS;
        Duration timeout = DEFAULT_TIMEOUT;
        int maxInsertedFacts = DEFAULT_MAX_INSERTED_FACTS;
        int maxStuckEvaluations = DEFAULT_MAX_STUCK_EVALUATIONS;
        final List<RulePack> untrustedPacks = new ArrayList<>();
        final List<RuleSource> untrustedSources = new ArrayList<>();
        VettingPolicy vettingPolicy = VettingPolicy.defaults();
        Clock clock = Clock.systemUTC();
        io.archadvisor.policy.Policy policy = io.archadvisor.policy.Policy.defaults();

        @Nullable
        TechnologyCatalog catalog;

        ClassLoader classLoader = Builder.class.getClassLoader();

        Builder() {}

        /** An independent copy of this builder's settings, to derive variants (such as a rule subset) from. */
        public Builder copy() {
            Builder b = new Builder();
            b.packs.addAll(packs);
            b.extra.addAll(extra);
            b.disabled.addAll(disabled);
            b.replacements.putAll(replacements);
            b.waivers.addAll(waivers);
            b.onlyRules = onlyRules == null ? null : new LinkedHashSet<>(onlyRules);
            b.onlyPacks = onlyPacks == null ? null : new LinkedHashSet<>(onlyPacks);
            b.defaultPacks = defaultPacks;
            b.checkReferences = checkReferences;
            b.maxRuleFirings = maxRuleFirings;
            b.timeout = timeout;
            b.maxInsertedFacts = maxInsertedFacts;
            b.maxStuckEvaluations = maxStuckEvaluations;
            b.untrustedPacks.addAll(untrustedPacks);
            b.untrustedSources.addAll(untrustedSources);
            b.vettingPolicy = vettingPolicy;
            b.clock = clock;
            b.policy = policy;
            b.catalog = catalog;
            b.classLoader = classLoader;
            return b;
        }

        /** Leaves out the packs registered on the classpath, so only the rules added here are loaded. */
        public Builder withoutDefaultPacks() {
            this.defaultPacks = false;
            return this;
        }

        /**
         * Whether {@link Advisor#advise}, {@link Advisor#openSession} and {@link Advisor#compare} first check the
         * proposal's cross-references (default {@code true}): every call, datastore and {@code deploysWith} names a
         * declared service or datastore, names are unique and no service calls or deploys with itself, as the
         * requirements reader checks for files. A broken reference is a
         * {@link io.archadvisor.model.RequirementsException} listing every one, with "did you mean". Turn it off only
         * for fragments that name what they leave out on purpose, such as rule test cases (the test kit does).
         */
        public Builder checkReferences(boolean check) {
            this.checkReferences = check;
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

        /**
         * Adds a DRL file, or every {@code *.drl} file under a folder and its subfolders (sorted by relative path), to
         * the {@code custom} pack. Errors name the files by the path as given.
         */
        public Builder addRules(Path fileOrFolder) {
            Objects.requireNonNull(fileOrFolder, "fileOrFolder");
            List<RuleSource> found = Files.isDirectory(fileOrFolder)
                    ? RuleSource.fromDirectory(fileOrFolder)
                    : List.of(RuleSource.fromFile(fileOrFolder));
            for (RuleSource s : found) {
                // a file named again (itself, or inside a folder already added) is loaded once, not reported as
                // defining every one of its rules twice
                if (extra.stream().noneMatch(e -> sameFile(e.name(), s.name()))) {
                    extra.add(s);
                }
            }
            return this;
        }

        private static boolean sameFile(String a, String b) {
            if (a.equals(b)) {
                return true;
            }
            try {
                return Path.of(a)
                        .toAbsolutePath()
                        .normalize()
                        .equals(Path.of(b).toAbsolutePath().normalize());
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        }

        /** Adds DRL classpath resources, such as {@code com/acme/rules/broker.drl}. */
        public Builder addClasspathRules(String... resources) {
            for (String r : resources) {
                extra.add(RuleSource.fromClasspath(r, classLoader));
            }
            return this;
        }

        /** Adds every {@code *.drl} resource under a classpath folder (directories and jars), sorted by name. */
        public Builder addClasspathFolder(String folder) {
            extra.addAll(RuleSource.fromClasspathFolder(folder, classLoader));
            return this;
        }

        /**
         * Leaves out loaded rules by id, such as {@code disableRule("PAT-MS-LARGE-TEAM")}.
         *
         * @throws io.archadvisor.pack.UnknownRuleException from {@link #build()} when no pack defines an id, naming the closest ids
         */
        public Builder disableRule(String... ids) {
            for (String id : ids) {
                disabled.add(Objects.requireNonNull(id, "id"));
            }
            return this;
        }

        /**
         * Replaces a loaded rule with another definition: {@code drl} is a complete DRL file (package, imports) that
         * defines exactly one rule, named {@code id}. Errors in it refer to it as {@code replaceRule:<id>}.
         *
         * @throws io.archadvisor.pack.UnknownRuleException from {@link #build()} when no pack defines the id, naming the closest ids
         */
        public Builder replaceRule(String id, String drl) {
            Objects.requireNonNull(id, "id");
            replacements.put(id, new RuleSource("replaceRule:" + id, Objects.requireNonNull(drl, "drl")));
            return this;
        }

        /**
         * Compiles only these rules, such as for testing one rule in isolation: rules that derive what they match are
         * left out too, so select them as well.
         *
         * @throws io.archadvisor.pack.UnknownRuleException from {@link #build()} when no pack defines an id
         */
        public Builder onlyRules(Collection<String> ids) {
            this.onlyRules = new LinkedHashSet<>(ids);
            return this;
        }

        /** Compiles only these rules. */
        public Builder onlyRules(String... ids) {
            return onlyRules(Arrays.asList(ids));
        }

        /**
         * Compiles only the rules of these packs, by name (the pack of {@link #addRules} sources is {@code custom}).
         *
         * @throws io.archadvisor.pack.RuleLoadingException from {@link #build()} when a pack is not loaded
         */
        public Builder onlyPacks(String... names) {
            this.onlyPacks = new LinkedHashSet<>(Arrays.asList(names));
            return this;
        }

        /**
         * The calibration policy the rules judge by (default: {@link io.archadvisor.policy.Policy#defaults()}, the
         * policy documented in docs/policy.md); reports name it when it is not the default.
         */
        public Builder policy(io.archadvisor.policy.Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The built-in policy with the changes of a policy YAML file, read strictly.
         *
         * @throws io.archadvisor.policy.PolicyException listing every problem of the file with its place
         */
        public Builder policy(java.nio.file.Path file) {
            return policy(io.archadvisor.yaml.PolicyReader.read(file));
        }

        /** Waivers applied to every advice, in addition to those passed to {@link Advisor#advise(Requirements, List)}. */
        public Builder waivers(Collection<Waiver> waivers) {
            for (Waiver w : waivers) {
                this.waivers.add(Objects.requireNonNull(w, "waiver"));
            }
            return this;
        }

        /** The maximum number of rule firings per advice (default {@value #DEFAULT_MAX_RULE_FIRINGS}). */
        public Builder maxRuleFirings(int max) {
            if (max < 1) {
                throw new InvalidSettingException(
                        "Advisor.builder().maxRuleFirings",
                        "Advisor.builder().maxRuleFirings(" + max + ") must be ≥ 1: it is the most " + "rule firings"
                                + " per advice.");
            }
            this.maxRuleFirings = max;
            return this;
        }

        /** The maximum wall-clock time per advice (default 10 s). */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new InvalidSettingException(
                        "Advisor.builder().timeout",
                        "Advisor.builder().timeout(" + timeout + ") must be positive, such as Duration.ofSeconds(10).");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Adds a rule pack from a source you do not trust: before anything is compiled, every file of it is vetted
         * against the {@linkplain #vettingPolicy vetting policy}, and {@link #build()} throws a
         * {@link io.archadvisor.vetting.RuleVettingException} naming each file, line and offending token if it reaches outside the allowed
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

        /**
         * The policy untrusted rules are vetted against (default
         * {@link VettingPolicy#defaults()}).
         */
        public Builder vettingPolicy(VettingPolicy policy) {
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
                throw new InvalidSettingException(
                        "Advisor.builder().maxInsertedFacts",
                        "Advisor.builder().maxInsertedFacts(" + max + ") must be ≥ 1: it is the most "
                                + "facts rules may insert" + " per advice.");
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
                throw new InvalidSettingException(
                        "Advisor.builder().maxStuckEvaluations",
                        "Advisor.builder().maxStuckEvaluations(" + max + ") must be ≥ 1: it is the most "
                                + "stuck evaluations tolerated at once.");
            }
            this.maxStuckEvaluations = max;
            return this;
        }

        /** The clock that dates the advice, for end-of-life and staleness decisions (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The technology catalog the rules consult for versions, end of life, advisories and compatibility (default:
         * {@link Catalogs#builtIn(ClassLoader)}, the catalog embedded in {@code archadvisor-rules}). To override some
         * entries and keep the rest, layer: {@code catalog(Catalogs.overlay(mine, Catalogs.builtIn()))}.
         */
        public Builder catalog(TechnologyCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
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
            return new EngineAdvisor(DroolsAdvisor.build(settings()));
        }

        private AdvisorSettings settings() {
            return new AdvisorSettings(
                    packs,
                    extra,
                    disabled,
                    replacements,
                    waivers,
                    onlyRules,
                    onlyPacks,
                    defaultPacks,
                    checkReferences,
                    maxRuleFirings,
                    timeout,
                    maxInsertedFacts,
                    maxStuckEvaluations,
                    untrustedPacks,
                    untrustedSources,
                    vettingPolicy,
                    clock,
                    policy,
                    catalog,
                    classLoader);
        }
    }
}
