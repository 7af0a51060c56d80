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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up in a fresh JVM, one measurement per fork: compiling the default packs into an advisor ({@link #build}),
 * the first advice of a freshly built advisor ({@link #firstAdvice}), and both ({@link #buildAndFirstAdvice}). Run it
 * with its own annotations ({@code -wi 0 -i 1} and several forks): more iterations per fork measure a warm JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 5,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

    /** An advisor built before the measurement, for {@link #firstAdvice}. */
    @State(Scope.Thread)
    public static class Built {
        Advisor advisor;
        Requirements requirements;

        /** Builds the advisor. */
        @Setup(Level.Iteration)
        public void setUp() {
            advisor = Advisor.builder().build();
            requirements = BenchmarkInputs.typical();
        }

        /** Closes it. */
        @TearDown(Level.Iteration)
        public void tearDown() {
            advisor.close();
        }
    }

    /** Advisors built by the measurement, closed after it. */
    @State(Scope.Thread)
    public static class Closer {
        Advisor advisor;
        final Requirements requirements = BenchmarkInputs.typical();

        /** Closes the advisor the measurement built. */
        @TearDown(Level.Iteration)
        public void tearDown() {
            if (advisor != null) {
                advisor.close();
                advisor = null;
            }
        }
    }

    /** Compiles the default packs into an advisor. */
    @Benchmark
    public Advisor build(Closer closer) {
        closer.advisor = Advisor.builder().build();
        return closer.advisor;
    }

    /** The first advice (on the typical input) of an advisor built just before. */
    @Benchmark
    public RecommendationGraph firstAdvice(Built built) {
        return built.advisor.advise(built.requirements);
    }

    /** Builds an advisor and gives the first advice: what a command-line run pays. */
    @Benchmark
    public RecommendationGraph buildAndFirstAdvice(Closer closer) {
        closer.advisor = Advisor.builder().build();
        return closer.advisor.advise(closer.requirements);
    }
}
