package io.archadvisor.benchmarks;

import io.archadvisor.model.AccessKind;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.DatastoreSpec;
import io.archadvisor.model.Pattern;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.model.TechnologyRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates microservices proposals of any size, deterministically from a seed: services grouped in domains, each with
 * its own datastore (a few share one), calling one to three services, mostly earlier ones (a layered call graph) with
 * the occasional call back up that closes a cycle, a third of calls asynchronous.
 */
public final class ProposalGenerator {

    private static final String[] TECHNOLOGIES = {
        "postgresql", "mongodb", "redis", "dynamodb", "clickhouse", "opensearch", "kafka"
    };
    private static final AccessKind[] KINDS = {
        AccessKind.TRANSACTIONAL,
        AccessKind.DOCUMENT,
        AccessKind.CACHE,
        AccessKind.KEY_VALUE,
        AccessKind.ANALYTICAL,
        AccessKind.SEARCH,
        AccessKind.STREAMING
    };

    private ProposalGenerator() {}

    /** The typical system's requirements with a generated proposal of {@code services} services. */
    public static Requirements requirements(int services, long seed) {
        return BenchmarkInputs.withProposal(BenchmarkInputs.typicalContext(), proposal(services, seed));
    }

    /**
     * A microservices proposal of {@code services} services; the same arguments always give an equal proposal.
     *
     * @throws IllegalArgumentException when {@code services} is below 1
     */
    public static Proposal proposal(int services, long seed) {
        if (services < 1) {
            throw new IllegalArgumentException("A proposal needs at least 1 service, got " + services);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>(services);
        for (int i = 0; i < services; i++) {
            names.add(name("svc", i, services));
        }
        List<DatastoreSpec> stores = new ArrayList<>();
        List<ServiceSpec> specs = new ArrayList<>(services);
        for (int i = 0; i < services; i++) {
            List<String> own = new ArrayList<>();
            if (i > 0 && random.nextInt(10) == 0) {
                own.add(stores.get(random.nextInt(stores.size())).name()); // a shared database
            } else {
                int t = random.nextInt(TECHNOLOGIES.length);
                String store = name("db", stores.size(), services);
                stores.add(new DatastoreSpec(store, TECHNOLOGIES[t], KINDS[t], random.nextInt(3)));
                own.add(store);
            }
            if (random.nextInt(5) == 0) {
                int t = 2; // a cache next to the main store
                String cache = name("cache", stores.size(), services);
                stores.add(new DatastoreSpec(cache, TECHNOLOGIES[t], KINDS[t], random.nextInt(2)));
                own.add(cache);
            }
            List<ServiceCall> calls = new ArrayList<>();
            if (services > 1) {
                int n = 1 + random.nextInt(3);
                Set<Integer> targets = new LinkedHashSet<>();
                for (int c = 0; c < n; c++) {
                    int target = i > 0 && random.nextInt(20) != 0
                            ? random.nextInt(i) // down the layers
                            : random.nextInt(services); // occasionally anywhere, closing cycles
                    if (target != i) {
                        targets.add(target);
                    }
                }
                for (int target : targets) {
                    calls.add(new ServiceCall(
                            names.get(target), random.nextInt(3) == 0 ? CallMode.ASYNC : CallMode.SYNC));
                }
            }
            List<String> deploysWith =
                    i > 0 && random.nextInt(25) == 0 ? List.of(names.get(random.nextInt(i))) : List.of();
            specs.add(new ServiceSpec(names.get(i), own, calls, 1 + random.nextInt(4), deploysWith));
        }
        List<TechnologyRef> technologies = List.of(
                new TechnologyRef("Java", "21"),
                new TechnologyRef("Spring Boot", "3.3.x"),
                new TechnologyRef("PostgreSQL", "16"),
                new TechnologyRef("MongoDB", "7.0"),
                new TechnologyRef("Redis", "7.4"),
                new TechnologyRef("Kafka", "3.8"),
                new TechnologyRef("Kubernetes", "1.30"));
        return new Proposal(Pattern.MICROSERVICES, specs, stores, technologies);
    }

    private static String name(String prefix, int i, int of) {
        int width = Math.max(2, String.valueOf(of).length());
        return prefix + "-" + String.format("%0" + width + "d", i);
    }
}
