package io.archadvisor.benchmarks;

import io.archadvisor.Advisor;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.facts.Facts;
import io.archadvisor.facts.InputFact;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.internal.AdviceRun;
import io.archadvisor.model.Requirements;
import io.archadvisor.rules.SeedRulePack;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
 * Ways of obtaining a session for one advice, side by side over the seed pack compiled with default options, each
 * doing the same per-call work as the advisor (facts, advice date, catalog facts, phase focus, firing, provenance,
 * graph):
 * <ul>
 *   <li>{@code naive}: a new {@link KieSession} from the {@link KieBase} per call, disposed after;</li>
 *   <li>{@code stateless}: one {@link StatelessKieSession}, executing the work as a command per call;</li>
 *   <li>{@code pooled}: sessions from {@link KieContainer#newKieSessionsPool}, reset and returned after each call;</li>
 *   <li>{@code advisor}: {@link Advisor#advise} itself, built over the same rules (the pool, plus its watchdog).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SessionStrategyBenchmark {

    /** How each call obtains its session. */
    @Param({"naive", "stateless", "pooled", "advisor"})
    public String strategy;

    /** The reference input. */
    @Param({"typical"})
    public String input;

    KieContainer container;
    KieBase kieBase;
    StatelessKieSession stateless;
    KieContainerSessionsPool pool;
    Advisor advisor;
    Requirements requirements;
    TechnologyCatalog catalog;

    /** Compiles the seed pack (or builds the advisor over it) and warms the strategy with one call. */
    @Setup(Level.Trial)
    public void setUp() {
        requirements = BenchmarkInputs.named(input);
        catalog = Catalogs.builtIn(Advisor.class.getClassLoader());
        switch (strategy) {
            case "naive" -> {
                container = SeedKieBase.container();
                kieBase = container.getKieBase();
            }
            case "stateless" -> {
                container = SeedKieBase.container();
                stateless = container.getKieBase().newStatelessKieSession();
            }
            case "pooled" -> {
                container = SeedKieBase.container();
                pool = SeedKieBase.pool(container);
            }
            case "advisor" ->
                advisor = Advisor.builder()
                        .withoutDefaultPacks()
                        .addPack(new SeedRulePack())
                        .build();
            default ->
                throw new IllegalArgumentException(
                        "Unknown strategy `" + strategy + "`; use naive, stateless, pooled or advisor");
        }
        advise();
    }

    /** Releases the sessions and the container. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (pool != null) {
            pool.shutdown();
        }
        if (container != null) {
            container.dispose();
        }
        if (advisor != null) {
            advisor.close();
        }
    }

    /** One advice on the reference input with this strategy. */
    @Benchmark
    public RecommendationGraph advise() {
        return switch (strategy) {
            case "naive" -> {
                KieSession session = kieBase.newKieSession();
                try {
                    yield AdviceRun.advise(session, Facts.of(requirements), today(), catalog);
                } finally {
                    session.dispose();
                }
            }
            case "stateless" -> {
                List<InputFact> facts = Facts.of(requirements);
                LocalDate date = today();
                ExecutableCommand<RecommendationGraph> run = context ->
                        AdviceRun.advise(((RegistryContext) context).lookup(KieSession.class), facts, date, catalog);
                yield stateless.execute(run);
            }
            case "pooled" -> {
                KieSession session = pool.newKieSession();
                try {
                    yield AdviceRun.advise(session, Facts.of(requirements), today(), catalog);
                } finally {
                    session.dispose();
                }
            }
            default -> advisor.advise(requirements);
        };
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
