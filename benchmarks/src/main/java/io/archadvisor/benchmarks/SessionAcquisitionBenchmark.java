package io.archadvisor.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.command.ExecutableCommand;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.RegistryContext;
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
 * The part of {@link SessionStrategyBenchmark} the strategies differ in, alone: obtaining an empty session over the
 * seed pack and releasing it, with no facts and no firing.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionAcquisitionBenchmark {

    /** How the session is obtained: a new one per call, a stateless session's, or one from a pool. */
    @Param({"naive", "stateless", "pooled"})
    public String strategy;

    KieContainer container;
    KieBase kieBase;
    StatelessKieSession stateless;
    KieContainerSessionsPool pool;

    /** Compiles the seed pack. */
    @Setup(Level.Trial)
    public void setUp() {
        container = SeedKieBase.container();
        kieBase = container.getKieBase();
        stateless = kieBase.newStatelessKieSession();
        pool = SeedKieBase.pool(container);
    }

    /** Releases the sessions and the container. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
        container.dispose();
    }

    /** Obtains a session and releases it; returns its fact count (0) so nothing is optimised away. */
    @Benchmark
    public long acquireAndRelease() {
        return switch (strategy) {
            case "naive" -> {
                KieSession session = kieBase.newKieSession();
                try {
                    yield session.getFactCount();
                } finally {
                    session.dispose();
                }
            }
            case "stateless" -> {
                ExecutableCommand<Long> count = context ->
                        ((RegistryContext) context).lookup(KieSession.class).getFactCount();
                yield stateless.execute(count);
            }
            case "pooled" -> {
                KieSession session = pool.newKieSession();
                try {
                    yield session.getFactCount();
                } finally {
                    session.dispose();
                }
            }
            default ->
                throw new IllegalArgumentException(
                        "Unknown strategy `" + strategy + "`; use naive, stateless or pooled");
        };
    }
}
