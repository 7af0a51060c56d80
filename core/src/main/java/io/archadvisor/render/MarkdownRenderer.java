package io.archadvisor.render;

import static io.archadvisor.render.MarkdownText.cell;
import static io.archadvisor.render.MarkdownText.code;
import static io.archadvisor.render.MarkdownText.text;

import io.archadvisor.base.InvalidSettingException;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.Component;
import io.archadvisor.graph.CustomNode;
import io.archadvisor.graph.DeploymentStrategy;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.Flow;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.GuidanceArea;
import io.archadvisor.graph.Mitigation;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.PatternSignal;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Risk;
import io.archadvisor.graph.ScalingStep;
import io.archadvisor.graph.Severity;
import io.archadvisor.graph.Stance;
import io.archadvisor.graph.TechnologyChoice;
import io.archadvisor.graph.TradeOff;
import io.archadvisor.graph.Verdict;
import io.archadvisor.graph.Waiver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Markdown report of the graph. After a summary and the pattern assessment come the seed's output sections in its
 * order — architecture diagram (Mermaid), API contracts, data architecture, technology recommendations, trade-offs,
 * risks and mitigations, scaling roadmap, deployment strategy — then security and compliance, reliability and
 * observability, edge and serverless, cost, anti-pattern findings, the pre-response checklist, open clarifying
 * questions, nodes of custom rule packs (only when there are any) and how the advice was reached. Every item has a
 * "why" from its provenance: the rule that derived it, the input facts that rule matched and the nodes it rests on.
 * A section with nothing in it says why it is empty.
 *
 * <p>{@link Guidance} goes to the section of its {@link GuidanceArea}: API and DATA to theirs, ARCHITECTURE under the
 * diagram, GITOPS under deployment, SECURITY with COMPLIANCE, RELIABILITY with OBSERVABILITY, EDGE_SERVERLESS and COST
 * to their own, PROCESS to "How this advice was reached". All text from the graph is escaped, so names and values show
 * as written whatever Markdown, HTML or table syntax they hold; line breaks in them become spaces.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MarkdownRenderer implements Renderer {

    /** The title of the default report. */
    public static final String DEFAULT_TITLE = "Architecture recommendation";

    private static final MarkdownRenderer STANDARD = new MarkdownRenderer(DEFAULT_TITLE);

    private final String title;

    private MarkdownRenderer(String title) {
        this.title = title;
    }

    /** The default report, titled {@value #DEFAULT_TITLE}. */
    public static MarkdownRenderer standard() {
        return STANDARD;
    }

    /** The same report with another title, such as the system's name. */
    public MarkdownRenderer withTitle(String title) {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new InvalidSettingException("MarkdownRenderer.withTitle", "The report title must not be blank.");
        }
        return new MarkdownRenderer(title);
    }

    @Override
    public void render(RecommendationGraph graph, Appendable out) throws IOException {
        out.append(new Report(graph, title).build());
    }

    /** Builds one report; not shared between threads. */
    private static final class Report {

        private final RecommendationGraph g;
        private final String title;
        private final StringBuilder sb = new StringBuilder();
        private final Map<String, List<Mitigation>> mitigations;
        private final List<TextBlock> pendingCode = new ArrayList<>();

        Report(RecommendationGraph graph, String title) {
            this.g = graph;
            this.title = title;
            this.mitigations = Provenances.mitigationsByTarget(graph);
        }

        String build() {
            line("# " + text(title));
            blank();
            summary();
            patterns();
            diagram();
            guidanceSection("API contracts", "API guidance", List.of(GuidanceArea.API));
            guidanceSection("Data architecture", "data architecture guidance", List.of(GuidanceArea.DATA));
            technologies();
            tradeOffs();
            risks();
            scaling();
            deployment();
            guidanceSection(
                    "Security and compliance",
                    "security or compliance guidance",
                    List.of(GuidanceArea.SECURITY, GuidanceArea.COMPLIANCE));
            guidanceSection(
                    "Reliability and observability",
                    "reliability or observability guidance",
                    List.of(GuidanceArea.RELIABILITY, GuidanceArea.OBSERVABILITY));
            guidanceSection(
                    "Edge and serverless", "edge or serverless guidance", List.of(GuidanceArea.EDGE_SERVERLESS));
            guidanceSection("Cost of ownership", "cost guidance", List.of(GuidanceArea.COST));
            findings();
            checklist();
            questions();
            custom();
            process();
            // one trailing newline, no blank line at the end
            while (sb.length() > 1 && sb.charAt(sb.length() - 1) == '\n' && sb.charAt(sb.length() - 2) == '\n') {
                sb.setLength(sb.length() - 1);
            }
            return sb.toString();
        }

        // ------------------------------------------------------------------------------------------------ summary

        private void summary() {
            PatternAssessment primary = g.primaryPattern().orElse(null);
            if (primary == null) {
                line("**Primary pattern:** none could be recommended (see Pattern assessment).");
            } else {
                line("**Primary pattern:** " + text(primary.pattern().label()) + " — " + verdict(primary.verdict())
                        + " (score " + primary.score() + ")"
                        + (primary.provisional() ? ", provisional until the open questions are answered." : "."));
            }
            blank();
            List<AntiPatternFinding> findings = g.findings();
            List<ChecklistResult> checks = g.checklist();
            int questions = g.questions().size();
            long waived = findings.stream().filter(g::isWaived).count();
            line("**At a glance:** " + count(findings.size(), "anti-pattern finding", "anti-pattern findings")
                    + bySeverity(
                            findings.stream().map(AntiPatternFinding::severity).toList())
                    + (waived == 0 ? "" : ", " + waived + " waived")
                    + " · checklist " + checkCounts(checks)
                    + " · " + count(questions, "open question", "open questions")
                    + " · " + count(g.firedRules().size(), "rule fired", "rules fired") + ".");
            blank();
        }

        private static String bySeverity(List<Severity> severities) {
            if (severities.isEmpty()) {
                return "";
            }
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            severities.forEach(s -> counts.merge(s, 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
                if (counts.containsKey(s)) {
                    parts.add(counts.get(s) + " " + s.name().toLowerCase(Locale.ROOT));
                }
            }
            return " (" + String.join(", ", parts) + ")";
        }

        private static String checkCounts(List<ChecklistResult> checks) {
            Map<CheckStatus, Integer> counts = new EnumMap<>(CheckStatus.class);
            checks.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
            int notEvaluated = ChecklistItem.values().length - checks.size();
            return counts.getOrDefault(CheckStatus.PASS, 0) + " pass, " + counts.getOrDefault(CheckStatus.FAIL, 0)
                    + " fail, " + counts.getOrDefault(CheckStatus.UNKNOWN, 0) + " unknown"
                    + (notEvaluated > 0 ? ", " + notEvaluated + " not evaluated" : "");
        }

        // ------------------------------------------------------------------------------------------------ patterns

        private void patterns() {
            heading("Pattern assessment");
            List<PatternAssessment> assessments = new ArrayList<>(g.nodes(PatternAssessment.class));
            if (assessments.isEmpty()) {
                empty("No pattern was assessed");
            } else {
                PatternAssessment primary = g.primaryPattern().orElse(null);
                if (primary == null) {
                    line("**Primary:** none. No structural pattern fits these requirements well enough to recommend;"
                            + " the table shows each verdict and why.");
                } else {
                    line("**Primary:** " + text(primary.pattern().label()) + " — " + verdict(primary.verdict())
                            + ", score " + primary.score() + ".");
                    blank();
                    line(status(primary));
                    blank();
                    line("**Rationale:** " + text(primary.rationale()));
                    blank();
                    line("_Why:_ " + Provenances.whyMarkdown(g, primary) + ".");
                }
                blank();
                assessments.sort(Comparator.comparing((PatternAssessment a) -> !a.primary())
                        .thenComparing(PatternAssessment::verdict)
                        .thenComparing(Comparator.comparingInt(PatternAssessment::score)
                                .reversed())
                        .thenComparing(PatternAssessment::pattern));
                tableHeader("Pattern", "Verdict", "Score", "Role", "Rationale", "Why");
                for (PatternAssessment a : assessments) {
                    row(
                            text(a.pattern().label()),
                            verdict(a.verdict()),
                            Integer.toString(a.score()),
                            role(a),
                            text(a.rationale()),
                            Provenances.whyMarkdown(g, a));
                }
                blank();
            }
            List<PatternSignal> signals = new ArrayList<>(g.nodes(PatternSignal.class));
            if (!signals.isEmpty()) {
                heading3("Signals weighed");
                line("Each signal is one cell of the seed's pattern table that the requirements match; a pattern's"
                        + " score is its \"best for\" weights minus its \"avoid when\" weights.");
                blank();
                signals.sort(Comparator.comparing(PatternSignal::pattern)
                        .thenComparing(PatternSignal::stance)
                        .thenComparing(
                                Comparator.comparingInt(PatternSignal::weight).reversed())
                        .thenComparing(PatternSignal::criterion));
                tableHeader("Pattern", "Column", "Weight", "Rationale", "Why");
                for (PatternSignal s : signals) {
                    row(
                            text(s.pattern().label()),
                            s.stance() == Stance.BEST_FOR ? "best for" : "avoid when",
                            (s.stance() == Stance.BEST_FOR ? "+" : "−") + s.weight(),
                            text(s.rationale()),
                            Provenances.whyMarkdown(g, s));
                }
                blank();
            }
        }

        private String status(PatternAssessment a) {
            if (!a.provisional()) {
                return "**Status:** final — no open question blocks it.";
            }
            List<String> blockers = new ArrayList<>();
            for (Edge e : g.edgesFrom(a)) {
                if (e.type() == EdgeType.BLOCKED_BY) {
                    g.node(e.to())
                            .ifPresent(n -> blockers.add(
                                    n instanceof ClarifyingQuestion q
                                            ? code(q.dimension().path())
                                            : code(n.id())));
                }
            }
            if (blockers.isEmpty()) {
                return "**Status:** provisional — open questions may change it (see Open clarifying questions).";
            }
            return "**Status:** provisional — blocked by the open "
                    + (blockers.size() == 1 ? "question on " : "questions on ")
                    + String.join(", ", blockers) + " (see Open clarifying questions).";
        }

        private static String role(PatternAssessment a) {
            List<String> parts = new ArrayList<>();
            if (a.primary()) {
                parts.add("primary");
            } else if (a.verdict() != Verdict.AVOID && !a.pattern().structural()) {
                parts.add("complement");
            } else if (a.verdict() != Verdict.AVOID) {
                parts.add("alternative");
            }
            if (a.provisional()) {
                parts.add("provisional");
            }
            return parts.isEmpty() ? "—" : String.join(", ", parts);
        }

        private static String verdict(Verdict v) {
            return switch (v) {
                case RECOMMENDED -> "recommended";
                case VIABLE -> "viable";
                case AVOID -> "avoid";
            };
        }

        // ------------------------------------------------------------------------------------------------ diagram

        private void diagram() {
            heading("Architecture diagram");
            List<Component> components = MermaidRenderer.byKind(g);
            List<Flow> flows = g.nodes(Flow.class);
            if (!MermaidRenderer.hasDiagram(g)) {
                empty("No components were derived, so there is no diagram yet");
            } else {
                line("```mermaid");
                sb.append(MermaidRenderer.standard().render(g));
                line("```");
                blank();
                if (!components.isEmpty()) {
                    heading3("Components");
                    tableHeader("Component", "Kind", "Description", "Why");
                    for (Component c : components) {
                        row(
                                text(c.name()),
                                c.kind().name().toLowerCase(Locale.ROOT),
                                text(c.description()),
                                Provenances.whyMarkdown(g, c));
                    }
                    blank();
                }
                if (!flows.isEmpty()) {
                    heading3("Flows");
                    tableHeader("From", "To", "What flows", "Mode", "Why");
                    for (Flow f : flows) {
                        row(
                                text(f.from()),
                                text(f.to()),
                                text(f.label()),
                                f.async() ? "async" : "sync",
                                Provenances.whyMarkdown(g, f));
                    }
                    blank();
                }
            }
            List<Guidance> architecture = guidance(List.of(GuidanceArea.ARCHITECTURE));
            if (!architecture.isEmpty()) {
                heading3("Architecture guidance");
                guidanceList(architecture, false);
            }
        }

        // ------------------------------------------------------------------------------------------------ guidance

        private List<Guidance> guidance(List<GuidanceArea> areas) {
            return g.nodes(Guidance.class).stream()
                    .filter(x -> areas.contains(x.area()))
                    .sorted(Comparator.comparing(Guidance::area).thenComparing(Guidance::code))
                    .toList();
        }

        private void guidanceSection(String heading, String what, List<GuidanceArea> areas) {
            heading(heading);
            List<Guidance> items = guidance(areas);
            if (items.isEmpty()) {
                empty("No " + what + " was derived");
                return;
            }
            guidanceList(items, areas.size() > 1);
        }

        private void guidanceList(List<Guidance> items, boolean labelArea) {
            for (Guidance x : items) {
                item(
                        "",
                        "- ",
                        (labelArea ? "**" + areaLabel(x.area()) + ":** " : "") + prose(x.advice()) + " " + "("
                                + code(x.code()) + ")");
                sub("Rationale: " + prose(x.rationale()));
                why(x);
            }
            blank();
        }

        private static String areaLabel(GuidanceArea area) {
            return switch (area) {
                case ARCHITECTURE -> "Architecture";
                case API -> "API";
                case DATA -> "Data";
                case SECURITY -> "Security";
                case COMPLIANCE -> "Compliance";
                case RELIABILITY -> "Reliability";
                case OBSERVABILITY -> "Observability";
                case GITOPS -> "GitOps";
                case EDGE_SERVERLESS -> "Edge and serverless";
                case COST -> "Cost";
                case PROCESS -> "Process";
            };
        }

        // ------------------------------------------------------------------------------------------------ technology

        private void technologies() {
            heading("Technology recommendations");
            List<TechnologyChoice> choices = g.nodes(TechnologyChoice.class);
            if (choices.isEmpty()) {
                empty("No technology recommendations were derived");
                return;
            }
            tableHeader("Role", "Technology", "Version", "Documentation", "Rationale", "Why");
            for (TechnologyChoice t : choices) {
                row(
                        text(t.role()),
                        text(t.technology()),
                        t.version() == null ? "unconfirmed — verify against current documentation" : text(t.version()),
                        t.docsUrl() == null ? "—" : MarkdownText.link(t.technology() + " docs", t.docsUrl()),
                        text(t.rationale()),
                        Provenances.whyMarkdown(g, t));
            }
            blank();
        }

        // ------------------------------------------------------------------------------------------------ trade-offs

        private void tradeOffs() {
            heading("Trade-offs");
            List<TradeOff> tradeOffs = g.nodes(TradeOff.class);
            if (tradeOffs.isEmpty()) {
                empty("No trade-offs were derived");
                return;
            }
            tableHeader("Subject", "Optimizes for", "Sacrifices", "Why");
            for (TradeOff t : tradeOffs) {
                row(text(t.subject()), text(t.optimizesFor()), text(t.sacrifices()), Provenances.whyMarkdown(g, t));
            }
            blank();
        }

        // ------------------------------------------------------------------------------------------------ risks

        private void risks() {
            heading("Risks and mitigations");
            List<Risk> risks = new ArrayList<>(g.nodes(Risk.class));
            risks.sort(Comparator.comparing(Risk::severity).reversed().thenComparing(Risk::code));
            if (risks.isEmpty()) {
                empty("No risks were derived");
            } else {
                for (Risk r : risks) {
                    item(
                            "",
                            "- ",
                            "**" + r.severity() + "** — " + prose(r.description()) + " (" + code(r.code()) + ")");
                    mitigationLines(r, "no mitigation was derived for this risk yet");
                    why(r);
                }
                blank();
            }
            Set<String> targets = new HashSet<>();
            g.nodes(Risk.class).forEach(r -> targets.add(r.id()));
            g.findings().forEach(f -> targets.add(f.id()));
            List<Mitigation> other = g.nodes(Mitigation.class).stream()
                    .filter(m -> mitigations.entrySet().stream()
                            .noneMatch(e ->
                                    targets.contains(e.getKey()) && e.getValue().contains(m)))
                    .toList();
            if (!other.isEmpty()) {
                heading3("Other mitigations");
                for (Mitigation m : other) {
                    item("", "- ", prose(m.action()) + " (" + code(m.code()) + ", for " + code(m.mitigates()) + ")");
                    why(m);
                }
                blank();
            }
        }

        private void mitigationLines(Node target, String none) {
            List<Mitigation> ms = mitigations.getOrDefault(target.id(), List.of());
            if (ms.isEmpty()) {
                sub("Mitigation: " + none + ".");
            }
            for (Mitigation m : ms) {
                sub("Mitigation: " + prose(m.action()) + " (" + code(m.code()) + "; _why:_ "
                        + Provenances.whyMarkdown(g, m) + ")");
            }
        }

        // ------------------------------------------------------------------------------------------------ scaling

        private void scaling() {
            heading("Scaling roadmap");
            List<ScalingStep> steps = new ArrayList<>(g.nodes(ScalingStep.class));
            if (steps.isEmpty()) {
                empty("No scaling roadmap was derived");
                return;
            }
            steps.sort(Comparator.comparingInt(ScalingStep::order).thenComparing(ScalingStep::code));
            int n = 0;
            for (ScalingStep s : steps) {
                n++;
                item(
                        "",
                        n + ". ",
                        "**When** " + text(s.trigger()) + ": " + prose(s.action()) + " (" + code(s.code()) + ")");
                subOrdered(n, "_Why:_ " + Provenances.whyMarkdown(g, s) + ".");
            }
            blank();
        }

        // ------------------------------------------------------------------------------------------------ deployment

        private void deployment() {
            heading("Deployment strategy");
            List<DeploymentStrategy> strategies = g.nodes(DeploymentStrategy.class);
            List<Guidance> gitops = guidance(List.of(GuidanceArea.GITOPS));
            if (strategies.isEmpty() && gitops.isEmpty()) {
                empty("No deployment strategy was derived");
                return;
            }
            for (DeploymentStrategy d : strategies) {
                item("", "- ", "**Approach:** " + prose(d.approach()) + " (" + code(d.code()) + ")");
                sub("Pipeline: " + prose(d.pipeline()));
                sub("Rollback: " + prose(d.rollback()));
                why(d);
            }
            if (!strategies.isEmpty()) {
                blank();
            }
            if (!gitops.isEmpty()) {
                heading3("GitOps and platform");
                guidanceList(gitops, false);
            }
        }

        // ------------------------------------------------------------------------------------------------ findings

        private void findings() {
            heading("Anti-pattern findings");
            List<AntiPatternFinding> findings = new ArrayList<>(g.findings());
            if (findings.isEmpty()) {
                empty("No anti-patterns were found");
                waivers();
                return;
            }
            findings.sort(Comparator.comparing(AntiPatternFinding::severity)
                    .reversed()
                    .thenComparing(AntiPatternFinding::code)
                    .thenComparing(AntiPatternFinding::subject));
            for (AntiPatternFinding f : findings) {
                item(
                        "",
                        "- ",
                        "**" + f.severity() + " · " + text(f.code()) + "** in " + code(f.subject()) + ": "
                                + prose(f.evidence()));
                sub("Remediation: " + prose(f.remediation()));
                if (f.migrationPath() != null) {
                    sub("Migration path: " + prose(f.migrationPath()));
                }
                g.waiverOf(f)
                        .ifPresent(w -> sub("**Waived:** " + prose(w.reason()) + " (owner " + code(w.owner())
                                + (w.expires() == null ? "" : ", until " + w.expires()) + ")"));
                for (Mitigation m : mitigations.getOrDefault(f.id(), List.of())) {
                    sub("Mitigation: " + prose(m.action()) + " (" + code(m.code()) + "; _why:_ "
                            + Provenances.whyMarkdown(g, m) + ")");
                }
                why(f);
            }
            blank();
            waivers();
        }

        private void waivers() {
            if (g.waivers().isEmpty()) {
                return;
            }
            heading3("Waivers");
            for (Waiver w : g.waivers()) {
                long applied = g.waived().values().stream().filter(w::equals).count();
                item(
                        "",
                        "- ",
                        prose(w.describe()) + " — "
                                + (applied == 0
                                        ? "accepts no finding of this advice"
                                        : "accepts " + count((int) applied, "finding", "findings")));
            }
            blank();
        }

        // ------------------------------------------------------------------------------------------------ checklist

        private void checklist() {
            heading("Pre-response checklist");
            Map<ChecklistItem, ChecklistResult> results = new EnumMap<>(ChecklistItem.class);
            g.checklist().forEach(c -> results.put(c.item(), c));
            if (results.isEmpty()) {
                line("_No checklist item was evaluated: " + ruleCountReason() + "_");
                blank();
            }
            tableHeader("#", "Item", "Status", "Evidence", "Why");
            int n = 0;
            for (ChecklistItem item : ChecklistItem.values()) {
                n++;
                ChecklistResult r = results.get(item);
                if (r == null) {
                    row(
                            Integer.toString(n),
                            text(item.text()),
                            "not evaluated",
                            "no loaded rule checks this item",
                            "—");
                } else {
                    row(
                            Integer.toString(n),
                            text(item.text()),
                            switch (r.status()) {
                                case PASS -> "pass";
                                case FAIL -> "**fail**";
                                case UNKNOWN -> "unknown";
                            },
                            text(r.evidence()),
                            Provenances.whyMarkdown(g, r));
                }
            }
            blank();
        }

        // ------------------------------------------------------------------------------------------------ questions

        private void questions() {
            heading("Open clarifying questions");
            List<ClarifyingQuestion> questions = g.questions();
            if (questions.isEmpty()) {
                line("_No open questions: every dimension the loaded rules ask about is known._");
                blank();
                return;
            }
            line("Answer these to make the advice final; each says what it decides.");
            blank();
            int n = 0;
            for (ClarifyingQuestion q : questions) {
                n++;
                item(
                        "",
                        n + ". ",
                        "**" + text(q.question()) + "** (" + code(q.dimension().path()) + ")");
                subOrdered(n, "Why it matters: " + prose(q.whyItMatters()));
                if (!q.blocks().isEmpty()) {
                    subOrdered(
                            n,
                            "Decides: "
                                    + q.blocks().stream()
                                            .map(MarkdownText::text)
                                            .collect(Collectors.joining(", ")));
                }
                List<String> blocked = new ArrayList<>();
                for (Edge e : g.edgesTo(q)) {
                    if (e.type() == EdgeType.BLOCKED_BY) {
                        g.node(e.from())
                                .ifPresent(b -> blocked.add(
                                        b instanceof PatternAssessment a
                                                ? "the " + text(a.pattern().label()) + (a.primary() ? " (primary)" : "")
                                                        + " assessment"
                                                : text(b.summary())));
                    }
                }
                if (!blocked.isEmpty()) {
                    subOrdered(n, "Keeps provisional: " + String.join(", ", blocked));
                }
                subOrdered(n, "_Why asked:_ " + Provenances.whyMarkdown(g, q) + ".");
            }
            blank();
        }

        // ------------------------------------------------------------------------------------------------ custom

        private void custom() {
            List<CustomNode> nodes = g.nodes(CustomNode.class);
            if (nodes.isEmpty()) {
                return;
            }
            heading("Other findings");
            line("From custom rule packs.");
            blank();
            Map<String, List<CustomNode>> byType = new LinkedHashMap<>();
            nodes.stream()
                    .sorted(Comparator.comparing(MarkdownRenderer::customTypeName)
                            .thenComparing(Node::id))
                    .forEach(n -> byType.computeIfAbsent(customTypeName(n), k -> new ArrayList<>())
                            .add(n));
            for (Map.Entry<String, List<CustomNode>> e : byType.entrySet()) {
                for (CustomNode n : e.getValue()) {
                    item("", "- ", "**" + text(e.getKey()) + ":** " + prose(n.summary()) + " (" + code(n.id()) + ")");
                    why(n);
                }
            }
            blank();
        }

        // ------------------------------------------------------------------------------------------------ process

        private void process() {
            heading("How this advice was reached");
            List<Guidance> process = guidance(List.of(GuidanceArea.PROCESS));
            if (!process.isEmpty()) {
                guidanceList(process, false);
            }
            line("Every item above names, under _Why_, the rule that derived it, the input facts that rule matched"
                    + " and the conclusions it rests on.");
            blank();
            if (g.firedRules().isEmpty()) {
                line("No rule fired.");
            } else {
                line(count(g.firedRules().size(), "rule fired", "rules fired") + ": "
                        + g.firedRules().stream().map(MarkdownText::code).collect(Collectors.joining(", ")) + ".");
            }
            blank();
        }

        // ------------------------------------------------------------------------------------------------ helpers

        private void empty(String sentence) {
            line("_" + sentence + ": " + ruleCountReason() + "_");
            blank();
        }

        private String ruleCountReason() {
            if (g.firedRules().isEmpty()) {
                return "no rule fired for these requirements; check that rule packs are loaded.";
            }
            String reason = "none of the " + count(g.firedRules().size(), "rule", "rules")
                    + " that fired concluded any for these requirements.";
            int open = g.questions().size();
            if (open > 0) {
                reason += " " + (open == 1 ? "One clarifying question is" : open + " clarifying questions are")
                        + " still open; answering " + (open == 1 ? "it" : "them") + " may change that.";
            }
            return reason;
        }

        private void why(Node n) {
            sub("_Why:_ " + Provenances.whyMarkdown(g, n) + ".");
        }

        private void heading(String h) {
            line("## " + h);
            blank();
        }

        private void heading3(String h) {
            line("### " + h);
            blank();
        }

        private void tableHeader(String... columns) {
            line("| " + String.join(" | ", columns) + " |");
            StringBuilder rule = new StringBuilder("|");
            for (String c : columns) {
                rule.append(c.equals("Score") || c.equals("Weight") || c.equals("#") ? " ---: |" : " --- |");
            }
            line(rule.toString());
        }

        private void row(String... cells) {
            StringBuilder r = new StringBuilder("|");
            for (String c : cells) {
                r.append(' ').append(cell(c)).append(" |");
            }
            line(r.toString());
        }

        private void sub(String s) {
            item("  ", "- ", s);
        }

        private void subOrdered(int n, String s) {
            item(" ".repeat(Integer.toString(n).length() + 2), "- ", s);
        }

        /**
         * The prose of a text as inline Markdown; a code or configuration snippet that follows it (indented lines) is
         * kept for {@link #item} to write as a fenced block under the list item.
         */
        private String prose(String s) {
            TextBlock block = TextBlock.of(s);
            if (!block.code().isEmpty()) {
                pendingCode.add(block);
            }
            return text(block.prose());
        }

        /** A list item, then the snippets its prose held, as fenced blocks indented to belong to the item. */
        private void item(String indent, String marker, String content) {
            line(indent + marker + content);
            String inner = indent + " ".repeat(marker.length());
            for (TextBlock block : pendingCode) {
                String fence = inner + block.fence();
                line(fence);
                for (String codeLine : block.code()) {
                    line(codeLine.isEmpty() ? "" : inner + codeLine);
                }
                line(fence);
            }
            pendingCode.clear();
        }

        private void line(String s) {
            sb.append(s).append('\n');
        }

        private void blank() {
            sb.append('\n');
        }

        private static String count(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    static String customTypeName(Node n) {
        return n instanceof UnresolvedCustomNode u
                ? simpleName(u.customType())
                : n.getClass().getSimpleName();
    }

    private static String simpleName(String className) {
        int dot = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'));
        return className.substring(dot + 1);
    }
}
