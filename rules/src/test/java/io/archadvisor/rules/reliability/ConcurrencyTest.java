package io.archadvisor.rules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import io.archadvisor.testkit.junit5.RuleTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One advisor, shared by 8 threads that each advise on random inputs from a varied set (every rule case document,
 * the bundled examples, the scenarios, generated requirements): every result equals the sequential result for the same
 * input. 8 × 300 calls in the normal build; 8 × 10,000 with {@code -Darchadvisor.long=true} or
 * {@code mvn -Preliability}.
 */
@RuleTest
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int CALLS = Inputs.scaled(300, 10_000);

    @Test
    void eightThreadsGetExactlyTheSequentialResults(Advisor advisor) throws Exception {
        List<Requirements> inputs = Inputs.varied(Inputs.scaled(40, 200));
        List<RecommendationGraph> expected = new ArrayList<>();
        for (Requirements r : inputs) {
            expected.add(advisor.advise(r));
        }
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> done = new ArrayList<>();
        long begin = System.nanoTime();
        try {
            for (int t = 0; t < THREADS; t++) {
                long seed = 0xC0FFEEL + t;
                done.add(threads.submit(() -> {
                    Random random = new Random(seed);
                    start.await();
                    int calls = 0;
                    for (int i = 0; i < CALLS; i++) {
                        int k = random.nextInt(inputs.size());
                        RecommendationGraph graph = advisor.advise(inputs.get(k));
                        calls++;
                        if (!graph.equals(expected.get(k))) {
                            mismatches.add(
                                    "thread seed " + seed + ", call " + i + ", input " + k + ": " + inputs.get(k));
                        }
                    }
                    return calls;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(Inputs.LONG ? 6 : 1, TimeUnit.HOURS);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            System.out.printf(
                    "[reliability] concurrency: %d threads x %,d calls = %,d advice calls over %d inputs in"
                            + " %d s (%.0f calls/s), %d results differ from the sequential ones%n",
                    THREADS,
                    CALLS,
                    total,
                    inputs.size(),
                    took.toSeconds(),
                    total / Math.max(0.001, took.toMillis() / 1000.0),
                    mismatches.size());
            assertEquals(THREADS * CALLS, total);
        } finally {
            threads.shutdownNow();
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " results differ, first: " + mismatches.peek());
    }
}
