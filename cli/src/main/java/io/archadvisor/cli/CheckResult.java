package io.archadvisor.cli;

import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a run: each input's result and the exit status of the whole.
 *
 * @param inputs one result per input, in the order given
 * @param error an error that stopped the run before any input (the rules did not load), or {@code null}
 * @param exitCode the run's exit status ({@link ExitCode})
 */
public record CheckResult(List<InputResult> inputs, String error, int exitCode) {

    /** Copies. */
    public CheckResult {
        inputs = List.copyOf(inputs);
    }

    /** A run that stopped before any input. */
    public static CheckResult failed(String error, int exitCode) {
        return new CheckResult(List.of(), error, exitCode);
    }

    /** Every open finding and failed checklist item that fails the check, over all inputs. */
    public List<Node> failing() {
        List<Node> all = new ArrayList<>();
        inputs.forEach(i -> all.addAll(i.failing()));
        return all;
    }

    /**
     * One line for people: {@code 3 findings (1 high, 2 medium) · checklist 6 pass, 1 fail}, with the waived and
     * baselined findings and the inputs that failed when there are any.
     */
    public String summary() {
        if (error != null) {
            return "not run: the rules could not be loaded";
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        int findings = 0;
        int waived = 0;
        int baselined = 0;
        int pass = 0;
        int fail = 0;
        int unknown = 0;
        int broken = 0;
        for (InputResult r : inputs) {
            RecommendationGraph g = r.graph();
            if (g == null) {
                broken++;
                continue;
            }
            baselined += r.baselined().size();
            for (Node n : g.nodes()) {
                if (n instanceof Finding f) {
                    if (g.isWaived(n)) {
                        waived++;
                    } else {
                        findings++;
                        bySeverity.merge(f.severity(), 1, Integer::sum);
                    }
                }
            }
            for (ChecklistResult c : g.checklist()) {
                if (c.status() == CheckStatus.PASS) {
                    pass++;
                } else if (c.status() == CheckStatus.FAIL) {
                    fail++;
                } else {
                    unknown++;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        if (inputs.size() > 1) {
            sb.append(inputs.size()).append(" files: ");
        }
        sb.append(findings).append(findings == 1 ? " finding" : " findings");
        if (findings > 0) {
            List<String> parts = new ArrayList<>();
            for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
                Integer n = bySeverity.get(s);
                if (n != null) {
                    parts.add(n + " " + s.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            sb.append(" (").append(String.join(", ", parts)).append(')');
        }
        sb.append(" · checklist ").append(pass).append(" pass, ").append(fail).append(" fail");
        if (unknown > 0) {
            sb.append(", ").append(unknown).append(" unknown");
        }
        if (waived > 0) {
            sb.append(" · ").append(waived).append(" waived");
        }
        if (baselined > 0) {
            sb.append(" · ").append(baselined).append(" in the baseline");
        }
        if (broken > 0) {
            sb.append(" · ")
                    .append(broken)
                    .append(broken == 1 ? " input" : " inputs")
                    .append(" not advised");
        }
        return sb.toString();
    }
}
