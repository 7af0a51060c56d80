package io.archadvisor.benchmarks;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor: the five decisions of {@link PlainJavaFloor} hand-coded in plain Java ({@link #plainJava}) against the
 * same decisions made by the rules that encode them, {@code patterns.drl} and {@code questions.drl}, through the
 * advisor ({@link #rules}). Their ratio is what the rule engine, truth maintenance and provenance cost per decision;
 * {@link AdviseBenchmark} gives the cost of the full default packs on the same inputs.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FloorBenchmark {

    /** The seed pack's files that make the floor's five decisions. */
    static final List<String> DECISION_RULES =
            List.of("io/archadvisor/rules/patterns.drl", "io/archadvisor/rules/questions.drl");

    /** The reference input. */
    @Param({"small", "typical", "large"})
    public String input;

    Advisor advisor;
    Requirements requirements;

    /** Builds an advisor over the decision rules only and warms both sides. */
    @Setup(Level.Trial)
    public void setUp() {
        advisor = decisionRulesAdvisor();
        requirements = BenchmarkInputs.named(input);
        advisor.advise(requirements);
        PlainJavaFloor.advise(requirements);
    }

    /** Closes the advisor. */
    @TearDown(Level.Trial)
    public void tearDown() {
        advisor.close();
    }

    /** An advisor holding only the rules that make the floor's decisions. */
    static Advisor decisionRulesAdvisor() {
        return Advisor.builder()
                .withoutDefaultPacks()
                .addClasspathRules(DECISION_RULES.toArray(String[]::new))
                .build();
    }

    /** The five decisions in plain Java. */
    @Benchmark
    public PlainJavaFloor.Advice plainJava() {
        return PlainJavaFloor.advise(requirements);
    }

    /** The same decisions by the rules, through the advisor. */
    @Benchmark
    public RecommendationGraph rules() {
        return advisor.advise(requirements);
    }
}
