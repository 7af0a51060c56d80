package io.archadvisor.benchmarks;

import io.archadvisor.imports.ImportedRequirements;
import io.archadvisor.imports.Importers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * How long a warm import takes, from files on disk to merged requirements with their origins: a generated set of
 * Kubernetes manifests of 500 services (50 files) and a generated Terraform plan of 2,000 resources (see
 * {@link ImportInputs}). Target: each ≤ 1 s.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {

    Path dir;
    Path manifests;
    Path plan;
    Importers importers;

    /** Writes the inputs to a temporary folder and checks that they import. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("archadvisor-import-bench");
        manifests = ImportInputs.kubernetes(dir.resolve("k8s"), 500, 42L);
        plan = ImportInputs.plan(dir.resolve("plan/plan.json"), 2_000, 42L);
        importers = Importers.standard();
        int services = kubernetes().requirements().proposal().services().size();
        if (services != 500) {
            throw new IllegalStateException("expected 500 services, imported " + services);
        }
        terraform();
    }

    /** Deletes the inputs. */
    @TearDown(Level.Trial)
    public void tearDown() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the 500-service manifest set. */
    @Benchmark
    public ImportedRequirements kubernetes() {
        return importers.read(List.of(manifests));
    }

    /** Imports the 2,000-resource plan. */
    @Benchmark
    public ImportedRequirements terraform() {
        return importers.read(List.of(plan));
    }
}
