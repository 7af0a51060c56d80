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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one shared advisor called from one and from two threads (the reference machine has two cores); the
 * ratio shows whether advice scales across threads.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThreadsBenchmark {

    /** The reference input. */
    @Param({"typical"})
    public String input;

    Advisor advisor;
    Requirements requirements;

    /** Builds the shared advisor and warms it. */
    @Setup(Level.Trial)
    public void setUp() {
        advisor = Advisor.builder().build();
        requirements = BenchmarkInputs.named(input);
        advisor.advise(requirements);
    }

    /** Closes it. */
    @TearDown(Level.Trial)
    public void tearDown() {
        advisor.close();
    }

    /** Advice calls per second, one thread. */
    @Benchmark
    @Threads(1)
    public RecommendationGraph oneThread() {
        return advisor.advise(requirements);
    }

    /** Advice calls per second, two threads sharing the advisor. */
    @Benchmark
    @Threads(2)
    public RecommendationGraph twoThreads() {
        return advisor.advise(requirements);
    }
}
