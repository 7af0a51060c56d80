package io.archadvisor.benchmarks;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the heap a built default advisor keeps alive: the used heap after full collections, before building and
 * after building it and giving one typical advice, with the advisor still referenced. Run it in a fresh JVM:
 * {@code java -cp benchmarks/target/benchmarks.jar io.archadvisor.benchmarks.RetainedHeap [advisors]}; with a count,
 * it builds that many advisors and reports the heap each one adds, which separates what one advisor retains from
 * what the first one loads once (classes' static data, the embedded catalog).
 */
public final class RetainedHeap {

    private RetainedHeap() {}

    /** Prints the retained heap of one advisor and, with a count argument, of each further advisor. */
    public static void main(String[] args) throws InterruptedException {
        int count = args.length == 0 ? 3 : Integer.parseInt(args[0]);
        long base = settledHeap();
        List<Advisor> kept = new ArrayList<>();
        List<RecommendationGraph> graphs = new ArrayList<>();
        long previous = base;
        try {
            for (int i = 1; i <= count; i++) {
                Advisor advisor = Advisor.builder().build();
                graphs.add(advisor.advise(BenchmarkInputs.typical()));
                kept.add(advisor);
                long now = settledHeap();
                System.out.printf(
                        Locale.ROOT,
                        "advisor %d: retained heap %.1f MiB in all, %.1f MiB more than before it%n",
                        i,
                        mib(now - base),
                        mib(now - previous));
                previous = now;
            }
            System.out.printf(Locale.ROOT, "baseline heap before any advisor: %.1f MiB%n", mib(base));
        } finally {
            Reference.reachabilityFence(kept);
            Reference.reachabilityFence(graphs);
        }
        kept.forEach(Advisor::close);
    }

    private static long settledHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
