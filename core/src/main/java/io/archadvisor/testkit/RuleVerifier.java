package io.archadvisor.testkit;

import io.archadvisor.Advisor;
import io.archadvisor.model.Requirements;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.yaml.RequirementsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Verifies rules with fluent scenarios, in the spirit of Timefold's {@code ConstraintVerifier}: give requirements,
 * optionally select rules and waivers, and assert what fired and which nodes were derived. Failure messages show what
 * fired instead, the nodes of the type asked for, and the input facts.
 *
 * <pre>{@code
 * try (RuleVerifier verify = RuleVerifier.of(Advisor.builder())) {
 *     verify.given(requirements)
 *           .fired("PAT-MS-AVOID-SMALL-TEAM")
 *           .didNotFire("PAT-MS-LARGE-TEAM")
 *           .hasNode(NodeQuery.of(PatternAssessment.class).where("pattern", "MODULAR_MONOLITH").where("primary", true));
 * }
 * }</pre>
 *
 * <p>Scenarios are fragments: a call or datastore may name a service or store the scenario leaves out, so the
 * verifier's advisors do not {@linkplain Advisor.Builder#checkReferences(boolean) check references}. The advisor is
 * compiled once, when the verifier is made; scenarios that select a subset of rules or packs share
 * one extra advisor per distinct selection. A verifier is thread-safe. In JUnit 5, let {@code @RuleTest} (archadvisor-junit5) make and share
 * it across test classes.
 */
public final class RuleVerifier implements AutoCloseable {

    /** A subset of rules or packs, as a cache key. */
    record Selection(
            SortedSet<String> rules,
            SortedSet<String> packs,
            java.time.@Nullable LocalDate date,
            io.archadvisor.policy.@Nullable Policy policy) {
        boolean all() {
            return rules.isEmpty() && packs.isEmpty() && date == null && policy == null;
        }
    }

    private final String name;
    private final Advisor.Builder base;
    private final Advisor advisor;
    private final RuleCoverage coverage;
    private final ConcurrentHashMap<Selection, Advisor> selections = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private RuleVerifier(String name, Advisor.Builder builder, Set<String> coveredPacks) {
        this.name = name;
        this.base = builder.copy().checkReferences(false);
        this.advisor = base.copy().build();
        List<RuleInfo> counted = advisor.rules().stream()
                .filter(r -> coveredPacks.isEmpty() || coveredPacks.contains(r.pack()))
                .toList();
        this.coverage = new RuleCoverage(name, counted);
    }

    /**
     * A verifier of the setup's advisor, counting the setup's covered packs.
     *
     * @throws io.archadvisor.pack.RuleCompilationException when the rules do not compile
     */
    public static RuleVerifier of(RuleSetup setup) {
        Objects.requireNonNull(setup, "setup");
        return new RuleVerifier(setup.name(), setup.advisor(), Set.copyOf(setup.coveredPacks()));
    }

    /**
     * A verifier of the advisor this builder builds, counting every rule for coverage.
     *
     * @throws io.archadvisor.pack.RuleCompilationException when the rules do not compile
     */
    public static RuleVerifier of(Advisor.Builder builder) {
        return new RuleVerifier("rules", Objects.requireNonNull(builder, "builder"), Set.of());
    }

    /** A scenario on requirements built in Java. */
    public Scenario given(Requirements requirements) {
        Objects.requireNonNull(requirements, "requirements");
        return new Scenario(
                this,
                requirements,
                requirements.system() == null
                        ? "requirements given in Java"
                        : "requirements of `" + requirements.system() + "`");
    }

    /**
     * A scenario on requirements written in YAML, such as {@code "team: {size: 5}"}.
     *
     * @throws io.archadvisor.model.RequirementsException when the YAML is not valid requirements
     */
    public Scenario givenYaml(String yaml) {
        return givenYaml(yaml, "<yaml>");
    }

    /** A scenario on requirements written in YAML; {@code sourceName} is what errors and failures call it. */
    public Scenario givenYaml(String yaml, String sourceName) {
        Requirements r = RequirementsReader.fragments().parse(yaml, sourceName);
        return new Scenario(this, r, sourceName.equals("<yaml>") ? "YAML " + oneLine(yaml) : sourceName);
    }

    /**
     * A scenario on a requirements file.
     *
     * @throws io.archadvisor.model.RequirementsException when the file is not valid requirements
     */
    public Scenario givenFile(Path file) {
        return new Scenario(this, RequirementsReader.fragments().parse(file), file.toString());
    }

    private static String oneLine(String yaml) {
        String s = yaml.strip().replaceAll("\\s*\\n\\s*", " ");
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    /** The name reports use. */
    public String name() {
        return name;
    }

    /** The advisor with every rule of the setup. */
    public Advisor advisor() {
        checkOpen();
        return advisor;
    }

    /** Every rule of the setup. */
    public List<RuleInfo> rules() {
        return advisor.rules();
    }

    /** The coverage of the scenarios run so far. */
    public RuleCoverage coverage() {
        return coverage;
    }

    Advisor advisor(Selection selection) {
        checkOpen();
        if (selection.all()) {
            return advisor;
        }
        return selections.computeIfAbsent(selection, s -> {
            Advisor.Builder b = base.copy();
            if (!s.rules().isEmpty()) {
                b.onlyRules(s.rules());
            }
            if (!s.packs().isEmpty()) {
                b.onlyPacks(s.packs().toArray(String[]::new));
            }
            if (s.policy() != null) {
                b.policy(s.policy());
            }
            if (s.date() != null) {
                b.clock(java.time.Clock.fixed(
                        s.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
            }
            return b.build();
        });
    }

    static Selection selection(
            Set<String> rules,
            Set<String> packs,
            java.time.@Nullable LocalDate date,
            io.archadvisor.policy.@Nullable Policy policy) {
        return new Selection(
                java.util.Collections.unmodifiableSortedSet(new TreeSet<>(rules)),
                java.util.Collections.unmodifiableSortedSet(new TreeSet<>(packs)),
                date,
                policy);
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This RuleVerifier is closed");
        }
    }

    /** Closes the advisors this verifier compiled. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            selections.values().forEach(Advisor::close);
            selections.clear();
            advisor.close();
        }
    }

    @Override
    public String toString() {
        return "RuleVerifier[" + name + ", " + advisor.rules().size() + " rules]";
    }
}
