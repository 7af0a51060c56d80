package io.archadvisor.benchmarks;

import io.archadvisor.Advisor;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.catalog.TechnologyReview;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.TechnologyRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * Whether a typical advice's catalog work grows with the catalog: the same typical advice, and the catalog reviews of
 * its technologies alone, with the embedded catalog and with the same catalog cut down to the 49 technologies the
 * first embedded catalog held. Lookups go through an index, so both should cost the same.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
public class CatalogSizeBenchmark {

    /** The technologies of the first embedded catalog, by their names then. */
    static final Set<String> FIRST_CATALOG = Set.of(
            "nodejs",
            "python",
            "go",
            "java",
            "rust",
            "express",
            "spring-boot",
            "postgresql",
            "mongodb",
            "redis",
            "clickhouse",
            "rabbitmq",
            "kafka",
            "kubernetes",
            "argocd",
            "flux",
            "gitlab-ci",
            "terraform",
            "grafana",
            "prometheus",
            "nestjs",
            "fastify",
            "fastapi",
            "gin",
            "bullmq",
            "dynamodb",
            "sqs",
            "aws",
            "gcp",
            "azure",
            "vercel",
            "supabase",
            "cloudflare",
            "cloudflare-workers",
            "vercel-edge",
            "lambda-edge",
            "aws-lambda",
            "google-cloud-functions",
            "azure-functions",
            "d1",
            "turso",
            "planetscale",
            "aws-iot-greengrass",
            "azure-iot-edge",
            "opentelemetry",
            "sentry",
            "github-actions",
            "pulumi",
            "sst");

    /** {@code first-49}: the embedded catalog cut down to the first catalog's technologies; {@code embedded}: all. */
    @Param({"first-49", "embedded"})
    public String catalog;

    Advisor advisor;
    Requirements requirements;
    TechnologyCatalog technologies;
    List<String> names;
    LocalDate date;

    /** Builds the advisor on the chosen catalog and warms it with one call. */
    @Setup(Level.Trial)
    public void setUp() {
        technologies = catalog(catalog);
        advisor = Advisor.builder().catalog(technologies).build();
        requirements = BenchmarkInputs.typical();
        advisor.advise(requirements);
        names = new ArrayList<>();
        for (TechnologyRef t : requirements.existing().technologies()) {
            names.add(t.name());
        }
        date = LocalDate.of(2026, 12, 1);
    }

    /** The embedded catalog, or the part of it the first catalog covered. */
    static TechnologyCatalog catalog(String which) {
        TechnologyCatalog embedded = Catalogs.builtIn();
        if (which.equals("embedded")) {
            return embedded;
        }
        List<TechnologyEntry> kept = embedded.entries().stream()
                .filter(e -> FIRST_CATALOG.contains(e.name()))
                .toList();
        return Catalogs.of("first-49", kept);
    }

    /** Closes the advisor. */
    @TearDown(Level.Trial)
    public void tearDown() {
        advisor.close();
    }

    /** One typical advice, catalog rules and all. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public RecommendationGraph advise() {
        return advisor.advise(requirements);
    }

    /** The catalog reviews of the typical input's technologies alone: name lookups and version checks. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public List<TechnologyReview> reviews() {
        List<TechnologyReview> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(technologies.review(n, null, date));
        }
        return out;
    }
}
