package io.archadvisor.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns JMH JSON result files into the Markdown tables of {@code docs/benchmarks.md}: every result with its error,
 * median and allocation, the derived figures (cost per service, Drools/plain ratio, speed-ups) and each target of the
 * performance issue, met or missed.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.archadvisor.benchmarks.ResultsTable results.json [more.json]}</pre>
 */
public final class ResultsTable {

    /** One JMH result. */
    record Result(
            String benchmark,
            String mode,
            int threads,
            Map<String, String> params,
            double score,
            double error,
            double median,
            String unit,
            Double allocatedBytes) {

        String shortName() {
            String[] parts = benchmark.split("\\.");
            return parts[parts.length - 2] + "." + parts[parts.length - 1];
        }

        String paramText() {
            return params.isEmpty()
                    ? ""
                    : params.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(", "));
        }

        boolean is(String shortName, String param, String value) {
            return shortName().equals(shortName) && (param == null || value.equals(params.get(param)));
        }
    }

    private final List<Result> results;

    ResultsTable(List<Result> results) {
        this.results = List.copyOf(results);
    }

    /** Reads JMH JSON result files. */
    static ResultsTable read(List<Path> files) {
        ObjectMapper mapper = new ObjectMapper();
        List<Result> out = new ArrayList<>();
        for (Path file : files) {
            JsonNode root;
            try {
                root = mapper.readTree(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read JMH results " + file, e);
            }
            for (JsonNode r : root.values()) {
                Map<String, String> params = new TreeMap<>();
                for (Map.Entry<String, JsonNode> p : r.path("params").properties()) {
                    params.put(p.getKey(), p.getValue().asString());
                }
                JsonNode primary = r.path("primaryMetric");
                Double alloc = null;
                for (Map.Entry<String, JsonNode> m : r.path("secondaryMetrics").properties()) {
                    if (m.getKey().endsWith("gc.alloc.rate.norm")) {
                        alloc = m.getValue().path("score").asDouble();
                    }
                }
                double error = primary.path("scoreError").asDouble(Double.NaN);
                out.add(new Result(
                        r.path("benchmark").asString(),
                        r.path("mode").asString(),
                        r.path("threads").asInt(1),
                        params,
                        primary.path("score").asDouble(),
                        error,
                        primary.path("scorePercentiles").path("50.0").asDouble(Double.NaN),
                        primary.path("scoreUnit").asString(),
                        alloc));
            }
        }
        return new ResultsTable(out);
    }

    /** Prints the tables for the result files given. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: ResultsTable results.json [more-results.json ...]");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(Path.of(a));
        }
        System.out.print(read(files).markdown());
    }

    /** The results table, the derived figures and the targets, in Markdown. */
    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append(
                "| Benchmark | Parameters | Mode | Threads | Score | ± Error (99.9 %) | Median | Unit | Allocated per op |\n");
        b.append("|---|---|---|---:|---:|---:|---:|---|---:|\n");
        List<Result> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(Result::shortName)
                .thenComparing(Result::mode)
                .thenComparing(ResultsTable::paramOrder));
        for (Result r : sorted) {
            b.append("| ")
                    .append(r.shortName())
                    .append(" | ")
                    .append(r.paramText())
                    .append(" | ")
                    .append(r.mode())
                    .append(" | ")
                    .append(r.threads())
                    .append(" | ")
                    .append(number(r.score()))
                    .append(" | ")
                    .append(Double.isNaN(r.error()) ? "–" : number(r.error()))
                    .append(" | ")
                    .append(Double.isNaN(r.median()) ? "–" : number(r.median()))
                    .append(" | ")
                    .append(r.unit())
                    .append(" | ")
                    .append(r.allocatedBytes() == null ? "–" : bytes(r.allocatedBytes()))
                    .append(" |\n");
        }
        b.append("\n| Derived figure | Value |\n|---|---:|\n");
        for (String services : List.of("10", "100", "1000", "10000")) {
            find("ScalingBenchmark.advise", "services", services)
                    .ifPresent(r -> b.append("| per service at ")
                            .append(services)
                            .append(" services | ")
                            .append(number(toMicros(r) / Integer.parseInt(services)))
                            .append(" µs |\n"));
        }
        for (String input : BenchmarkInputs.NAMES) {
            Optional<Result> plain = find("FloorBenchmark.plainJava", "input", input);
            Optional<Result> rules = find("FloorBenchmark.rules", "input", input);
            Optional<Result> full = find("AdviseBenchmark.latency", "input", input);
            if (plain.isPresent() && rules.isPresent()) {
                b.append("| Drools / plain Java, same five decisions, ")
                        .append(input)
                        .append(" | ")
                        .append(number(toMicros(rules.get()) / toMicros(plain.get())))
                        .append(" × |\n");
            }
            if (plain.isPresent() && full.isPresent()) {
                b.append("| full default packs / plain Java five decisions, ")
                        .append(input)
                        .append(" | ")
                        .append(number(toMicros(full.get()) / toMicros(plain.get())))
                        .append(" × |\n");
            }
        }
        for (String s : List.of("stateless", "pooled", "advisor")) {
            ratio("SessionStrategyBenchmark.advise", "strategy", s, "naive")
                    .ifPresent(x -> b.append("| ")
                            .append(s)
                            .append(" / naive throughput | ")
                            .append(number(x))
                            .append(" × |\n"));
        }
        for (String[] c1 : new String[][] {{"build", "cold build"}, {"firstAdvice", "first advice"}}) {
            find("ColdStartC1Benchmark." + c1[0], null, null)
                    .ifPresent(r -> b.append("| ")
                            .append(c1[1])
                            .append(", C1 only (`-XX:TieredStopAtLevel=1`) | ")
                            .append(number(medianMicros(r) / 1000))
                            .append(" ms |\n"));
        }
        Optional<Result> one = find("ThreadsBenchmark.oneThread", null, null);
        Optional<Result> two = find("ThreadsBenchmark.twoThreads", null, null);
        if (one.isPresent() && two.isPresent()) {
            b.append("| 2 threads / 1 thread throughput | ")
                    .append(number(two.get().score() / one.get().score()))
                    .append(" × |\n");
        }
        b.append("\n| Target | Measured | Met |\n|---|---:|---|\n");
        for (String[] t : targets()) {
            b.append("| ")
                    .append(t[0])
                    .append(" | ")
                    .append(t[1])
                    .append(" | ")
                    .append(t[2])
                    .append(" |\n");
        }
        return b.toString();
    }

    /**
     * The targets. Each is judged on medians (JMH's 50th percentile of the measurement iterations), and only where the
     * 99.9 % confidence interval agrees: a median on the right side of a target whose interval reaches across it is
     * reported as within noise, with the interval, rather than as met or missed.
     */
    private List<String[]> targets() {
        List<String[]> out = new ArrayList<>();
        latencyTarget(out, "typical", "1 ms", 1_000);
        find("AdviseBenchmark.latency", "input", "typical")
                .filter(r -> r.allocatedBytes() != null)
                .ifPresent(r -> out.add(new String[] {
                    "typical `advise()` allocates ≤ 1 MiB/op",
                    bytes(r.allocatedBytes()),
                    r.allocatedBytes() <= 1024 * 1024 ? "met" : "**missed**"
                }));
        latencyTarget(out, "small", "200 µs", 200);
        Optional<Result> plain = find("FloorBenchmark.plainJava", "input", "typical");
        Optional<Result> rules = find("FloorBenchmark.rules", "input", "typical");
        if (plain.isPresent() && rules.isPresent()) {
            double x = medianMicros(rules.get()) / medianMicros(plain.get());
            out.add(atMost(
                    "the same five decisions, rules / plain Java ≤ 30 ×, typical",
                    number(x) + " ×",
                    x,
                    quotient(interval(rules.get(), 1), interval(plain.get(), 1)),
                    30,
                    " ×"));
        }
        Optional<Result> s100 = find("ScalingBenchmark.advise", "services", "100");
        Optional<Result> s10k = find("ScalingBenchmark.advise", "services", "10000");
        s10k.ifPresent(r -> out.add(millisAtMost("10,000 services ≤ 2 s per call", r, 2_000)));
        if (s100.isPresent() && s10k.isPresent()) {
            double at100 = medianMicros(s100.get()) / 100;
            double at10k = medianMicros(s10k.get()) / 10_000;
            double[] a = interval(s10k.get(), 10_000);
            double[] b = interval(s100.get(), 100);
            out.add(atMost(
                    "per-service cost at 10,000 ≤ 2 × at 100",
                    number(at10k) + " vs " + number(at100) + " µs (" + number(at10k / at100) + " ×)",
                    at10k / at100,
                    quotient(a, b),
                    2,
                    " ×"));
        }
        find("ColdStartBenchmark.build", null, null)
                .ifPresent(r -> out.add(millisAtMost("cold build of the default packs ≤ 500 ms", r, 500)));
        find("ColdStartBenchmark.firstAdvice", null, null)
                .ifPresent(r -> out.add(millisAtMost("first advice after build ≤ 150 ms", r, 150)));
        ratioTarget(
                out,
                "2 threads ≥ 1.7 × 1 thread",
                find("ThreadsBenchmark.twoThreads", null, null),
                find("ThreadsBenchmark.oneThread", null, null),
                1.7);
        for (String method : List.of("advise", "reviews")) {
            Optional<Result> big = find("CatalogSizeBenchmark." + method, "catalog", "embedded");
            Optional<Result> first = find("CatalogSizeBenchmark." + method, "catalog", "first-49");
            if (big.isPresent() && first.isPresent()) {
                double x = median(big.get()) / median(first.get());
                out.add(atMost(
                        "catalog " + method + ": embedded / first 49 technologies ≤ 1.2 ×",
                        number(x) + " ×",
                        x,
                        quotient(interval(big.get(), 1), interval(first.get(), 1)),
                        1.2,
                        " ×"));
            }
        }
        return out;
    }

    /** The target on one reference input's advice latency, judged on its median. */
    private void latencyTarget(List<String[]> out, String input, String limit, double maxMicros) {
        find("AdviseBenchmark.latency", "input", input)
                .ifPresent(r -> out.add(atMost(
                        input + " `advise()` ≤ " + limit + "/op, 1 thread",
                        micros(r),
                        medianMicros(r),
                        interval(r, 1),
                        maxMicros,
                        " µs")));
    }

    /** The 99.9 % confidence interval of a result's mean, in microseconds divided by {@code per}; null without one. */
    private static double[] interval(Result r, double per) {
        if (Double.isNaN(r.error())) {
            return null;
        }
        double scale = r.unit().endsWith("/op") ? toMicros(r) / r.score() / per : 1 / per;
        return new double[] {(r.score() - r.error()) * scale, (r.score() + r.error()) * scale};
    }

    /** The interval of a / b for positive a and b. */
    private static double[] quotient(double[] a, double[] b) {
        if (a == null || b == null) {
            return null;
        }
        return new double[] {a[0] / b[1], b[0] <= 0 ? Double.POSITIVE_INFINITY : a[1] / b[0]};
    }

    private void ratioTarget(List<String[]> out, String what, Optional<Result> a, Optional<Result> b, double min) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        double x = median(a.get()) / median(b.get());
        double[] ci = quotient(interval(a.get(), 1), interval(b.get(), 1));
        String verdict;
        if (x >= min && (ci == null || ci[0] >= min)) {
            verdict = "met";
        } else if (x < min && (ci == null || ci[1] < min)) {
            verdict = "**missed**";
        } else {
            verdict = noise(ci, " ×");
        }
        out.add(new String[] {what, number(x) + " ×", verdict});
    }

    private static String[] millisAtMost(String what, Result r, double maxMillis) {
        double median = medianMicros(r) / 1000;
        return atMost(what, number(median) + " ms", median, interval(r, 1000), maxMillis, " ms");
    }

    private static String[] atMost(String what, String measured, double median, double[] ci, double max, String unit) {
        String verdict;
        if (median <= max && (ci == null || ci[1] <= max)) {
            verdict = "met";
        } else if (median > max && (ci == null || ci[0] > max)) {
            verdict = "**missed**";
        } else {
            verdict = noise(ci, unit);
        }
        return new String[] {what, measured, verdict};
    }

    private static String noise(double[] ci, String unit) {
        return "within noise (" + number(ci[0]) + "–" + number(ci[1]) + unit + ")";
    }

    /** Orders parameter sets: numbers by value (10 before 100), reference inputs by size, the rest by name. */
    private static String paramOrder(Result r) {
        StringBuilder key = new StringBuilder();
        for (Map.Entry<String, String> e : r.params().entrySet()) {
            String v = e.getValue();
            int input = BenchmarkInputs.NAMES.indexOf(v);
            key.append(e.getKey())
                    .append('=')
                    .append(v.matches("\\d{1,9}") ? String.format("%09d", Integer.parseInt(v)) : input >= 0 ? input : v)
                    .append(';');
        }
        return key.toString();
    }

    private Optional<Double> ratio(String benchmark, String param, String value, String baseline) {
        Optional<Result> a = find(benchmark, param, value);
        Optional<Result> b = find(benchmark, param, baseline);
        return a.isPresent() && b.isPresent() ? Optional.of(median(a.get()) / median(b.get())) : Optional.empty();
    }

    private Optional<Result> find(String shortName, String param, String value) {
        return results.stream().filter(r -> r.is(shortName, param, value)).findFirst();
    }

    /** The score of an average-time or single-shot result in microseconds. */
    static double toMicros(Result r) {
        String unit = r.unit();
        double factor = switch (unit) {
            case "ns/op" -> 0.001;
            case "us/op" -> 1;
            case "ms/op" -> 1_000;
            case "s/op" -> 1_000_000;
            default ->
                throw new IllegalArgumentException(
                        "`" + r.benchmark() + "` is measured in " + unit + ", not in time per operation");
        };
        return r.score() * factor;
    }

    /** The median of a result, or its score when JMH reported no percentiles (single-shot runs of one fork). */
    static double median(Result r) {
        return Double.isNaN(r.median()) ? r.score() : r.median();
    }

    /** The median of an average-time or single-shot result in microseconds. */
    static double medianMicros(Result r) {
        return toMicros(r) * median(r) / r.score();
    }

    private static String micros(Result r) {
        return number(medianMicros(r)) + " µs/op median (mean " + number(toMicros(r)) + " ± "
                + number(r.error() * toMicros(r) / r.score()) + ")";
    }

    static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "–";
        }
        double abs = Math.abs(x);
        String pattern = abs >= 100 ? "%,.0f" : abs >= 10 ? "%,.1f" : abs >= 1 ? "%,.2f" : "%,.3f";
        return String.format(Locale.ROOT, pattern, x);
    }

    private static String bytes(double b) {
        if (b >= 1 << 20) {
            return number(b / (1 << 20)) + " MiB";
        }
        if (b >= 1 << 10) {
            return number(b / (1 << 10)) + " KiB";
        }
        return number(b) + " B";
    }
}
