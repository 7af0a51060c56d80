package io.archadvisor.render;

import io.archadvisor.base.Location;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The pre-response checklist and the findings as a JUnit XML report, the format CI servers (GitLab, Jenkins, Azure
 * DevOps, GitHub test reporters) show as test results. Two suites under one {@code <testsuites>}:
 * {@code archadvisor.checklist} has one test case per item of the seed's checklist, in its order (a failed item is a
 * {@code <failure>}, an unknown or unevaluated one is {@code <skipped>}); {@code archadvisor.findings} has one test
 * case per finding, each a {@code <failure>} whose type is its severity, or {@code <skipped>} when a waiver accepts it.
 * Test cases name the requirements file and line of the fact they rest on ({@code file}, {@code line}) when the graph
 * is located. Times are 0 and there is no timestamp, so the same graph always gives the same bytes.
 * Instances are immutable and thread-safe.
 */
public final class JUnitRenderer implements Renderer {

    /** The name of the suite of checklist items. */
    public static final String CHECKLIST_SUITE = "archadvisor.checklist";
    /** The name of the suite of findings. */
    public static final String FINDINGS_SUITE = "archadvisor.findings";

    private static final JUnitRenderer STANDARD = new JUnitRenderer();

    private JUnitRenderer() {}

    /** The renderer. */
    public static JUnitRenderer standard() {
        return STANDARD;
    }

    private record Case(
            String classname,
            String name,
            @Nullable Location location,
            String outcome,
            String message,
            @Nullable String type,
            @Nullable String details) {}

    @Override
    public void render(RecommendationGraph graph, Appendable out) throws IOException {
        List<Case> checklist = new ArrayList<>();
        int number = 0;
        for (ChecklistItem item : ChecklistItem.values()) {
            Optional<ChecklistResult> result =
                    graph.checklist().stream().filter(c -> c.item() == item).findFirst();
            String name = ++number + ". " + item.text();
            if (result.isEmpty()) {
                checklist.add(new Case(
                        CHECKLIST_SUITE,
                        name,
                        null,
                        "skipped",
                        "not evaluated: no loaded rule checks this item",
                        null,
                        null));
                continue;
            }
            ChecklistResult c = result.get();
            String rule = graph.provenance(c).ruleId();
            Location at = Locations.primary(graph, c).orElse(null);
            String details = details(graph, c, "Rule: " + rule);
            switch (c.status()) {
                case PASS -> checklist.add(new Case(CHECKLIST_SUITE, name, at, "passed", c.evidence(), null, details));
                case FAIL -> checklist.add(new Case(CHECKLIST_SUITE, name, at, "failure", c.evidence(), rule, details));
                case UNKNOWN ->
                    checklist.add(
                            new Case(CHECKLIST_SUITE, name, at, "skipped", "unknown: " + c.evidence(), null, details));
            }
        }
        List<Case> findings = new ArrayList<>();
        for (Node n : graph.nodes()) {
            if (!(n instanceof Finding f)) {
                continue;
            }
            String evidence = n instanceof AntiPatternFinding a ? a.evidence() : n.summary();
            StringBuilder text = new StringBuilder(f.code())
                    .append(" in ")
                    .append(f.subject())
                    .append(" (")
                    .append(f.severity())
                    .append("): ")
                    .append(SarifRenderer.sentence(evidence));
            if (n instanceof AntiPatternFinding a) {
                text.append("\nRemediation: ").append(SarifRenderer.sentence(a.remediation()));
                if (a.migrationPath() != null) {
                    text.append("\nMigration path: ").append(SarifRenderer.sentence(a.migrationPath()));
                }
            }
            text.append("\nRule: ").append(graph.provenance(n).ruleId());
            Location at = Locations.primary(graph, n).orElse(null);
            String classname = FINDINGS_SUITE + "." + f.code();
            String name = f.code() + " in " + f.subject();
            Optional<Waiver> waiver = graph.waiverOf(n);
            if (waiver.isPresent()) {
                Waiver w = waiver.get();
                findings.add(new Case(
                        classname,
                        name,
                        at,
                        "skipped",
                        "waived: " + w.reason() + " (owner " + w.owner()
                                + (w.expires() == null ? "" : ", until " + w.expires()) + ")",
                        null,
                        details(graph, n, text.toString())));
            } else {
                findings.add(new Case(
                        classname,
                        name,
                        at,
                        "failure",
                        evidence,
                        f.severity().name(),
                        details(graph, n, text.toString())));
            }
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int tests = checklist.size() + findings.size();
        sb.append("<testsuites name=\"archadvisor\" tests=\"")
                .append(tests)
                .append("\" failures=\"")
                .append(count(checklist, "failure") + count(findings, "failure"))
                .append("\" errors=\"0\" skipped=\"")
                .append(count(checklist, "skipped") + count(findings, "skipped"))
                .append("\" time=\"0\">\n");
        suite(sb, CHECKLIST_SUITE, checklist);
        suite(sb, FINDINGS_SUITE, findings);
        sb.append("</testsuites>\n");
        out.append(sb);
    }

    /** The text, then the facts the node rests on with their locations. */
    private static String details(RecommendationGraph graph, Node node, String text) {
        StringBuilder sb = new StringBuilder(text);
        List<FactRef> facts = graph.explain(node).allFacts();
        if (!facts.isEmpty()) {
            sb.append("\nFacts:");
            for (FactRef f : facts) {
                sb.append("\n  ").append(f.describe());
            }
        }
        return sb.toString();
    }

    private static long count(List<Case> cases, String outcome) {
        return cases.stream().filter(c -> c.outcome().equals(outcome)).count();
    }

    private static void suite(StringBuilder sb, String name, List<Case> cases) {
        sb.append("  <testsuite name=\"")
                .append(name)
                .append("\" tests=\"")
                .append(cases.size())
                .append("\" failures=\"")
                .append(count(cases, "failure"))
                .append("\" errors=\"0\" skipped=\"")
                .append(count(cases, "skipped"))
                .append("\" time=\"0\">\n");
        sb.append("    <properties>\n      <property name=\"archadvisor.version\" value=\"")
                .append(Xml.attribute(ToolVersion.current()))
                .append("\"/>\n    </properties>\n");
        for (Case c : cases) {
            sb.append("    <testcase name=\"")
                    .append(Xml.attribute(c.name()))
                    .append("\" classname=\"")
                    .append(Xml.attribute(c.classname()))
                    .append("\" time=\"0\"");
            if (c.location() != null) {
                sb.append(" file=\"")
                        .append(Xml.attribute(c.location().source()))
                        .append("\" line=\"")
                        .append(c.location().line())
                        .append('"');
            }
            switch (c.outcome()) {
                case "passed" -> {
                    sb.append(">\n      <system-out>")
                            .append(Xml.text(c.message() + "\n" + c.details()))
                            .append("</system-out>\n    </testcase>\n");
                }
                case "failure" -> {
                    sb.append(">\n      <failure message=\"")
                            .append(Xml.attribute(c.message()))
                            .append("\" type=\"")
                            .append(Xml.attribute(Objects.requireNonNull(c.type(), "a failure names its type")))
                            .append("\">")
                            .append(Xml.text(withLocation(c)))
                            .append("</failure>\n    </testcase>\n");
                }
                default -> {
                    sb.append(">\n      <skipped message=\"")
                            .append(Xml.attribute(c.message()))
                            .append("\"/>\n");
                    if (c.details() != null) {
                        sb.append("      <system-out>")
                                .append(Xml.text(c.details()))
                                .append("</system-out>\n");
                    }
                    sb.append("    </testcase>\n");
                }
            }
        }
        sb.append("  </testsuite>\n");
    }

    private static String withLocation(Case c) {
        String details = Objects.requireNonNull(c.details(), "a failure has details");
        return c.location() == null ? details : "at " + c.location() + "\n" + details;
    }
}
