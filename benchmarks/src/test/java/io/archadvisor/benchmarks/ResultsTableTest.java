package io.archadvisor.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The results table reads JMH's JSON and judges every target from it. */
class ResultsTableTest {

    private static String table() throws URISyntaxException {
        Path json = Path.of(
                ResultsTableTest.class.getResource("/sample-results.json").toURI());
        return ResultsTable.read(List.of(json)).markdown();
    }

    private static void assertLine(String table, String line) {
        assertTrue(table.contains(line), () -> "no line `" + line + "` in\n" + table);
    }

    @Test
    void everyTargetIsJudgedFromTheResults() throws URISyntaxException {
        String t = table();
        assertLine(t, "| typical `advise()` ≤ 1 ms/op, 1 thread | 60.0 µs/op median (mean 40.0 ± 30.0) | met |");
        assertLine(t, "| typical `advise()` allocates ≤ 1 MiB/op | 2.00 KiB | met |");
        assertLine(t, "| small `advise()` ≤ 200 µs/op, 1 thread | 150 µs/op median (mean 150 ± 20.0) | met |");
        assertLine(t, "| the same five decisions, rules / plain Java ≤ 30 ×, typical | 50.0 × | **missed** |");
        assertLine(t, "| 10,000 services ≤ 2 s per call | 3,000 ms | **missed** |");
        assertLine(t, "| per-service cost at 10,000 ≤ 2 × at 100 | 300 vs 100 µs (3.00 ×) | **missed** |");
        assertLine(t, "| cold build of the default packs ≤ 500 ms | 1,500 ms | **missed** |");
        assertLine(t, "| first advice after build ≤ 150 ms | 400 ms | **missed** |");
        assertLine(t, "| catalog advise: embedded / first 49 technologies ≤ 1.2 × | 1.10 × | met |");
        assertLine(t, "| catalog reviews: embedded / first 49 technologies ≤ 1.2 × | 1.40 × | **missed** |");
        assertLine(t, "| 2 threads ≥ 1.7 × 1 thread | 1.80 × | met |");
    }

    @Test
    void derivedFiguresAndAllocationsAreShown() throws URISyntaxException {
        String t = table();
        assertLine(t, "| per service at 10000 services | 300 µs |");
        assertLine(t, "| cold build, C1 only (`-XX:TieredStopAtLevel=1`) | 900 ms |");
        assertLine(t, "| Drools / plain Java, same five decisions, typical | 50.0 × |");
        assertLine(t, "| full default packs / plain Java five decisions, typical | 20.0 × |");
        assertLine(t, "| AdviseBenchmark.latency | input=typical | avgt | 1 | 40.0 | 30.0 | 60.0 | us/op | 2.00 KiB |");
        assertLine(t, "| ColdStartBenchmark.build |  | ss | 1 | 1,500 | – | 1,500 | ms/op | – |");
        assertTrue(t.indexOf("services=100 ") < t.indexOf("services=10000 "), "scaling rows out of order:\n" + t);
    }
}
