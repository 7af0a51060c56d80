package io.archadvisor.testkit;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.pack.RuleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which rules fired at least once across the scenarios of a test run, counted in rules (not lines): the answer to
 * "which of my rules has no test that makes it fire?". Thread-safe.
 */
public final class RuleCoverage {

    /** The configuration parameter (or system property) that sets a minimum coverage, from 0 to 1, such as 0.9. */
    public static final String THRESHOLD_PROPERTY = "archadvisor.coverage.threshold";
    /** The configuration parameter (or system property) naming the folder reports go to. */
    public static final String DIRECTORY_PROPERTY = "archadvisor.coverage.dir";
    /** The default report folder, relative to the working directory (the module's folder under Maven). */
    public static final String DEFAULT_DIRECTORY = "target/rule-coverage";

    private final String name;
    private final Map<String, RuleInfo> rules;
    private final Set<String> fired = ConcurrentHashMap.newKeySet();

    /**
     * Coverage of these rules.
     *
     * @param name what reports call it, such as the setup's name
     * @param rules the rules that count
     */
    public RuleCoverage(String name, Collection<RuleInfo> rules) {
        this.name = Objects.requireNonNull(name, "name");
        Map<String, RuleInfo> byId = new TreeMap<>();
        for (RuleInfo r : rules) {
            byId.put(r.id(), r);
        }
        this.rules = java.util.Collections.unmodifiableMap(byId);
    }

    /** Records the rules that fired in one scenario; rules that do not count are ignored. */
    public void record(Collection<String> firedRules) {
        for (String id : firedRules) {
            if (rules.containsKey(id)) {
                fired.add(id);
            }
        }
    }

    /** What reports call this coverage. */
    public String name() {
        return name;
    }

    /** The ids of the rules that count, sorted. */
    public List<String> rules() {
        return List.copyOf(rules.keySet());
    }

    /** The ids of the counted rules that fired at least once, sorted. */
    public List<String> fired() {
        return rules.keySet().stream().filter(fired::contains).toList();
    }

    /** The ids of the counted rules that never fired, sorted. */
    public List<String> missed() {
        return rules.keySet().stream().filter(id -> !fired.contains(id)).toList();
    }

    /** The share of counted rules that fired, from 0 to 1; 1 when no rule counts. */
    public double ratio() {
        return rules.isEmpty() ? 1.0 : (double) fired().size() / rules.size();
    }

    /** One line, such as {@code Rule coverage [acme]: 7 of 9 rules fired (77.8%)}. */
    public String summary() {
        return "Rule coverage [" + name + "]: " + fired().size() + " of " + rules.size() + " rules fired ("
                + percent(ratio()) + ")";
    }

    /** The full report: the summary, then every counted rule by pack with a mark for whether it fired. */
    public String report() {
        StringBuilder sb = new StringBuilder(summary()).append("\n");
        Map<String, List<RuleInfo>> byPack = new TreeMap<>();
        for (RuleInfo r : rules.values()) {
            byPack.computeIfAbsent(r.pack(), k -> new java.util.ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<RuleInfo>> e : byPack.entrySet()) {
            long hit = e.getValue().stream().filter(r -> fired.contains(r.id())).count();
            sb.append("\npack ")
                    .append(e.getKey())
                    .append(": ")
                    .append(hit)
                    .append(" of ")
                    .append(e.getValue().size())
                    .append(" fired\n");
            for (RuleInfo r : e.getValue()) {
                sb.append(fired.contains(r.id()) ? "  [x] " : "  [ ] ")
                        .append(r.id())
                        .append("  ")
                        .append(r.location())
                        .append('\n');
            }
        }
        List<String> missed = missed();
        if (!missed.isEmpty()) {
            sb.append("\nNever fired (")
                    .append(missed.size())
                    .append("): ")
                    .append(String.join(", ", missed))
                    .append('\n');
        }
        return sb.toString();
    }

    /** Writes {@link #report()} to {@code <folder>/<name>.txt} and returns the file. */
    public Path write(Path folder) {
        Path file = folder.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, report(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rule coverage report " + file, e);
        }
        return file;
    }

    /**
     * Fails when fewer than {@code threshold} (0 to 1) of the counted rules fired.
     *
     * @throws AssertionError naming the coverage, the threshold and every rule that never fired
     */
    public void check(double threshold) {
        if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
            throw new InvalidValueException("A coverage threshold is between 0 and 1 (such as 0.9), got " + threshold);
        }
        long needed = (long) Math.ceil(threshold * rules.size() - 1e-9);
        if (fired().size() < needed) {
            throw new AssertionError(summary() + ", below the threshold of " + percent(threshold) + " (" + needed
                    + " rules). Write scenarios that make these rules fire: " + String.join(", ", missed()));
        }
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    @Override
    public String toString() {
        return summary();
    }
}
