package io.archadvisor.benchmarks;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
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
 * One {@link Advisor#advise} call on each reference input with the full default rule packs and a warm advisor: the
 * latency an adopter sees ({@link #latency}) and the calls per second one thread sustains ({@link #throughput}).
 * Run with {@code -prof gc} for the bytes allocated per call.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
public class AdviseBenchmark {

    /** The reference input: {@code small}, {@code typical} or {@code large}. */
    @Param({"small", "typical", "large"})
    public String input;

    Advisor advisor;
    Requirements requirements;

    /** Builds the advisor with the default packs and warms it with one call. */
    @Setup(Level.Trial)
    public void setUp() {
        advisor = Advisor.builder().build();
        requirements = BenchmarkInputs.named(input);
        advisor.advise(requirements);
    }

    /** Closes the advisor. */
    @TearDown(Level.Trial)
    public void tearDown() {
        advisor.close();
    }

    /** Average time of one advice. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public RecommendationGraph latency() {
        return advisor.advise(requirements);
    }

    /** Advice calls per second on one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public RecommendationGraph throughput() {
        return advisor.advise(requirements);
    }
}
