package io.archadvisor.benchmarks;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import java.time.Duration;
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
 * How one advice grows with the proposal: generated proposals of 10 to 10,000 services with datastores and calls
 * between them (see {@link ProposalGenerator}), with the full default packs. Divide the score by {@link #services}
 * for the cost per service; the results table does.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {

    /** The seed of every generated proposal. */
    public static final long SEED = 42L;

    /** The number of services in the proposal. */
    @Param({"10", "100", "1000", "10000"})
    public int services;

    Advisor advisor;
    Requirements requirements;

    /**
     * Builds the advisor with limits that fit a 10,000-service proposal (the defaults guard interactive use) and warms
     * it with one call.
     */
    @Setup(Level.Trial)
    public void setUp() {
        advisor = Advisor.builder()
                .maxRuleFirings(10_000_000)
                .timeout(Duration.ofMinutes(5))
                .build();
        requirements = ProposalGenerator.requirements(services, SEED);
        advisor.advise(requirements);
    }

    /** Closes the advisor. */
    @TearDown(Level.Trial)
    public void tearDown() {
        advisor.close();
    }

    /** One advice on the generated proposal. */
    @Benchmark
    public RecommendationGraph advise() {
        return advisor.advise(requirements);
    }
}
