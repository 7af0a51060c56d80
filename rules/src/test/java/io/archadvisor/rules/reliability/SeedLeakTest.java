package io.archadvisor.rules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import io.archadvisor.testkit.junit5.RuleTest;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;

/**
 * Leaks with the full default packs: building and closing advisors, and advice calls on the shared one, leave the
 * heap (after GC), the threads and the KIE repository where they were. 2 builds and 300 calls in the normal build; 20
 * builds and 20,000 calls with {@code -Darchadvisor.long=true} or {@code mvn -Preliability}. The figures are printed.
 */
@RuleTest
class SeedLeakTest {

    private static final long MB = 1024 * 1024;
    private static final String THREAD_PREFIX = "archadvisor-";

    static long heapAfterGc() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            best = Math.min(
                    best,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    static int threads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(THREAD_PREFIX))
                .count();
    }

    static int repositoryModules() {
        try {
            Object repository = KieServices.get().getRepository();
            Field f = repository.getClass().getDeclaredField("kieModuleRepo");
            f.setAccessible(true);
            Object repo = f.get(repository);
            Map<?, ?> modules =
                    (Map<?, ?>) repo.getClass().getField("kieModules").get(repo);
            Map<?, ?> old =
                    (Map<?, ?>) repo.getClass().getField("oldKieModules").get(repo);
            return modules.size() + old.size();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    @Test
    void buildingAndClosingSeedAdvisorsLeavesNothingBehind(Advisor shared) {
        int builds = Inputs.scaled(2, 20);
        Requirements input = Inputs.varied(1).get(0);
        RecommendationGraph expected = shared.advise(input);
        long heapBefore = heapAfterGc();
        int threadsBefore = threads();
        int repoBefore = repositoryModules();
        long start = System.nanoTime();
        for (int i = 0; i < builds; i++) {
            try (Advisor advisor = Advisor.builder().build()) {
                assertEquals(expected, advisor.advise(input));
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (threads() > threadsBefore && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        long heapAfter = heapAfterGc();
        System.out.printf(
                "[reliability] %d seed advisors built, used and closed in %d s: heap after GC %.1f MB ->"
                        + " %.1f MB, archadvisor threads %d -> %d, KIE repository modules %d -> %d%n",
                builds,
                seconds,
                heapBefore / (double) MB,
                heapAfter / (double) MB,
                threadsBefore,
                threads(),
                repoBefore,
                repositoryModules());
        // idle workers of other advisors may end meanwhile: the count must not grow
        assertTrue(threads() <= threadsBefore, "no worker thread outlives its advisor");
        assertEquals(repoBefore, repositoryModules(), "the KIE repository does not grow");
        assertTrue(heapAfter - heapBefore < 32 * MB, "closed advisors are collected");
    }

    @Test
    void manySeedAdviceCallsLeaveTheHeapWhereItWas(Advisor shared) {
        int calls = Inputs.scaled(300, 20_000);
        List<Requirements> inputs = Inputs.varied(20);
        for (int i = 0; i < Math.min(200, inputs.size()); i++) {
            shared.advise(inputs.get(i));
        }
        long heapBefore = heapAfterGc();
        int threadsBefore = threads();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            shared.advise(inputs.get(i % inputs.size()));
        }
        double millis = (System.nanoTime() - start) / 1e6 / calls;
        long heapAfter = heapAfterGc();
        System.out.printf(
                "[reliability] %,d seed advice calls (%.1f ms each): heap after GC %.1f MB -> %.1f MB"
                        + " (%+.1f MB), archadvisor threads %d -> %d%n",
                calls,
                millis,
                heapBefore / (double) MB,
                heapAfter / (double) MB,
                (heapAfter - heapBefore) / (double) MB,
                threadsBefore,
                threads());
        assertTrue(threads() <= threadsBefore + 2, "sequential calls reuse their workers");
        assertTrue(heapAfter - heapBefore < 16 * MB, "the heap does not grow with calls");
    }
}
