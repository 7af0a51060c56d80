package io.archadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.internal.DroolsAdvisor;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Team;
import io.archadvisor.model.Timeline;
import io.archadvisor.whatif.AdvisorSession;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

/**
 * Leaks: building and closing many advisors, and many advice calls on one, leave the heap (after GC), the threads,
 * the sessions and the KIE repository where they were. A small pack keeps it fast; {@code -Darchadvisor.long=true}
 * (or {@code mvn -Preliability}) runs 1,000 builds and 1,000,000 calls. The figures are printed.
 */
class AdvisorLeakTest {

    private static final boolean LONG = Boolean.getBoolean("archadvisor.long");
    private static final long MB = 1024 * 1024;

    private static final String PACK = """
            package test.leaks;
            import io.archadvisor.facts.*;
            import io.archadvisor.graph.*;
            import io.archadvisor.model.Stage;

            declare Crowd
                size : int
            end

            rule "L-CROWD"
                agenda-group "signals"
            when
                TeamSize($n : value)
            then
                insertLogical(new Crowd($n));
            end

            rule "L-SMALL"
                agenda-group "advise"
            when
                Crowd(size < 20, $n : size)
            then
                insertLogical(new Guidance(GuidanceArea.ARCHITECTURE, "small-team", "Keep one deployable.",
                    "a team of " + $n));
            end

            rule "L-EARLY"
                agenda-group "advise"
            when
                ProductStage(value == Stage.MVP)
                $g : Guidance(code == "small-team")
            then
                insertLogical(new Guidance(GuidanceArea.ARCHITECTURE, "ship-early", "Ship early.", $g.rationale()));
            end

            rule "L-ASK"
                agenda-group "review"
            when
                Unknown(dimension == Dimension.TEAM_SIZE)
            then
                insertLogical(new Guidance(GuidanceArea.ARCHITECTURE, "ask-team", "Ask the team size.", "unknown"));
            end
            """;

    /** One of {@value #INPUTS} different requirements: team sizes 1 to 40 or unknown, MVP or growth stage. */
    private static Requirements input(int i) {
        int k = i % INPUTS;
        return new Requirements(
                "s" + (k % 13),
                null,
                size(k) == null ? null : new Team(size(k), null, null),
                null,
                new Timeline(null, k % 2 == 0 ? io.archadvisor.model.Stage.MVP : io.archadvisor.model.Stage.GROWTH),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static final int INPUTS = 91;

    private static Integer size(int k) {
        return k % 7 == 0 ? null : 1 + k % 40;
    }

    private static DroolsAdvisor build() {
        return ((EngineAdvisor) Advisor.builder()
                        .withoutDefaultPacks()
                        .addRules("leaks.drl", PACK)
                        .timeout(Duration.ofSeconds(30))
                        .build())
                .engine();
    }

    /** Heap in use after full collections, in bytes: the lowest of a few readings. */
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

    static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().equals("Metaspace"))
                .mapToLong(p -> p.getUsage().getUsed())
                .sum();
    }

    static int threads(String prefix) {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix))
                .count();
    }

    /** How many KIE modules the repository holds, read from its internals; -1 when they cannot be read. */
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

    private static void report(
            String what,
            long heapBefore,
            long heapAfter,
            long metaBefore,
            long metaAfter,
            int threadsBefore,
            int threadsAfter,
            int repoBefore,
            int repoAfter) {
        System.out.printf(
                "[reliability] %s: heap after GC %.1f MB -> %.1f MB (%+.1f MB), metaspace %.1f MB -> %.1f MB,"
                        + " archadvisor threads %d -> %d, KIE repository modules %d -> %d%n",
                what,
                heapBefore / (double) MB,
                heapAfter / (double) MB,
                (heapAfter - heapBefore) / (double) MB,
                metaBefore / (double) MB,
                metaAfter / (double) MB,
                threadsBefore,
                threadsAfter,
                repoBefore,
                repoAfter);
    }

    @Test
    void buildingAndClosingAdvisorsLeavesNoHeapThreadsSessionsOrKieModulesBehind() {
        int builds = LONG ? 1_000 : 200;
        for (int i = 0; i < 10; i++) {
            try (DroolsAdvisor a = build()) {
                a.advise(input(i));
            }
        }
        long heapBefore = heapAfterGc();
        long metaBefore = metaspace();
        int threadsBefore = threads(DroolsAdvisor.THREAD_PREFIX);
        int repoBefore = repositoryModules();
        long start = System.nanoTime();
        for (int i = 0; i < builds; i++) {
            DroolsAdvisor a = build();
            ReleaseId id = a.releaseId();
            assertNull(KieServices.get().getRepository().getKieModule(id), "the KIE module is removed once built");
            RecommendationGraph g = a.advise(input(i));
            Integer size = size(i % INPUTS);
            assertEquals(
                    size != null && size < 20, g.node("guidance:small-team").isPresent(), "call " + i);
            try (AdvisorSession s = a.openSession(input(i + 1))) {
                s.set("team.size", 3);
            }
            a.close();
            assertEquals(0, a.liveSessions(), "close disposes every pooled session");
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (threads(DroolsAdvisor.THREAD_PREFIX) > threadsBefore && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        long heapAfter = heapAfterGc();
        long metaAfter = metaspace();
        int threadsAfter = threads(DroolsAdvisor.THREAD_PREFIX);
        int repoAfter = repositoryModules();
        report(
                builds + " advisors built, used and closed in " + seconds + " s",
                heapBefore,
                heapAfter,
                metaBefore,
                metaAfter,
                threadsBefore,
                threadsAfter,
                repoBefore,
                repoAfter);
        assertTrue(threadsAfter <= threadsBefore, "no worker thread outlives its advisor");
        assertEquals(repoBefore, repoAfter, "the KIE repository does not grow");
        assertTrue(heapAfter - heapBefore < 24 * MB, "the heap does not grow with builds");
        assertTrue(metaAfter - metaBefore < 64 * MB, "generated rule classes are unloaded with their advisors");
    }

    @Test
    void manyAdviceCallsLeaveTheHeapThreadsAndSessionsWhereTheyWere() {
        int calls = LONG ? 1_000_000 : 20_000;
        try (DroolsAdvisor advisor = build()) {
            String prefix = advisor.threadPrefix();
            RecommendationGraph[] expected = new RecommendationGraph[INPUTS];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = advisor.advise(input(i));
            }
            for (int i = 0; i < 2_000; i++) {
                advisor.advise(input(i));
            }
            long heapBefore = heapAfterGc();
            long metaBefore = metaspace();
            int threadsBefore = threads(prefix);
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                RecommendationGraph g = advisor.advise(input(i));
                if (i % 97 == 0) {
                    assertEquals(expected[i % INPUTS], g, "call " + i);
                }
            }
            double micros = (System.nanoTime() - start) / 1_000.0 / calls;
            long heapAfter = heapAfterGc();
            long metaAfter = metaspace();
            int threadsAfter = threads(prefix);
            report(
                    String.format("%,d advice calls (%.0f µs each)", calls, micros),
                    heapBefore,
                    heapAfter,
                    metaBefore,
                    metaAfter,
                    threadsBefore,
                    threadsAfter,
                    repositoryModules(),
                    repositoryModules());
            System.out.printf("[reliability] sessions after the calls: %d%n", advisor.liveSessions());
            assertTrue(threadsAfter <= 3, "sequential calls reuse their workers: " + threadsAfter);
            assertTrue(advisor.liveSessions() <= 2, "one reset session serves sequential calls");
            assertTrue(heapAfter - heapBefore < 16 * MB, "the heap does not grow with calls");
        }
    }
}
