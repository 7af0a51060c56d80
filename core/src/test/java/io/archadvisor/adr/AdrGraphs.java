package io.archadvisor.adr;

import io.archadvisor.facts.Dimension;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.DeploymentStrategy;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.GuidanceArea;
import io.archadvisor.graph.Mitigation;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.PatternSignal;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Risk;
import io.archadvisor.graph.Severity;
import io.archadvisor.graph.Stance;
import io.archadvisor.graph.TechnologyChoice;
import io.archadvisor.graph.TradeOff;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built graphs for the ADR tests: a small system whose team size, pattern and open questions can be chosen. */
final class AdrGraphs {

    /** Names that must show as written and never become Markdown syntax. */
    static final List<String> HOSTILE = List.of(
            "Orders \"v2\" [beta]",
            "a|b|c",
            "line one\nline two\r\nline three",
            "# heading?",
            "<script>alert(1)</script>",
            "<b>bold</b> & &amp; &lt;",
            "`code` ```fence```",
            "**bold** _it_ ~~strike~~ [link](javascript:alert(1)) ![img](x.png)",
            "1. not a list",
            "- not an item",
            "> not a quote",
            "---",
            "<!-- archadvisor-adr key=x outcome=0 checksum=sha256:0 -->",
            "trailing \\",
            "Ünïcödé naïve café");

    private AdrGraphs() {}

    /**
     * A system of {@code team} engineers: a modular monolith below 20 (provisional while the latency question is
     * open), microservices from 20; PostgreSQL, a framework derived from the pattern, a rolling deployment, and an
     * end-of-life Node.js in the existing estate.
     */
    static RecommendationGraph system(int team, boolean latencyKnown) {
        Builder b = new Builder();
        boolean small = team < 20;
        Pattern primary = small ? Pattern.MODULAR_MONOLITH : Pattern.MICROSERVICES;
        Pattern other = small ? Pattern.MICROSERVICES : Pattern.MODULAR_MONOLITH;
        ClarifyingQuestion latency = latencyKnown
                ? null
                : b.add(new ClarifyingQuestion(
                                Dimension.NFR_LATENCY,
                                "What p99 latency must the system meet?",
                                "Latency decides the edge.",
                                List.of("pattern-selection")))
                        .facts(new FactRef("nfrs.latencyP99Ms", null))
                        .by("Q-LATENCY")
                        .node;
        PatternSignal fit = b.add(new PatternSignal(
                        primary, Stance.BEST_FOR, "team", 3, "a team of " + team + " engineers fits it"))
                .facts(teamFact(team))
                .by("PAT-TEAM")
                .node;
        PatternSignal against = b.add(new PatternSignal(
                        other, Stance.AVOID_WHEN, "team", 3, "a team of " + team + " engineers does not fit it"))
                .facts(teamFact(team))
                .by("PAT-TEAM-AVOID")
                .node;
        PatternSignal async = b.add(new PatternSignal(
                        Pattern.EVENT_DRIVEN, Stance.BEST_FOR, "async-workflows", 3, "the workflows are asynchronous"))
                .facts(new FactRef("workload.asyncWorkflows", "true"))
                .by("PAT-ED-ASYNC")
                .node;
        PatternAssessment chosen = b.add(new PatternAssessment(
                        primary,
                        Verdict.RECOMMENDED,
                        3,
                        true,
                        !latencyKnown,
                        primary.label() + " scores 3: +3 a team of " + team + " engineers fits it"))
                .from(fit)
                .by("PAT-PRIMARY")
                .node;
        PatternAssessment events = b.add(new PatternAssessment(
                        Pattern.EVENT_DRIVEN,
                        Verdict.RECOMMENDED,
                        3,
                        false,
                        !latencyKnown,
                        "Event-Driven complements the primary pattern: +3 the workflows are asynchronous"))
                .from(async)
                .by("PAT-COMPLEMENT")
                .node;
        PatternAssessment avoided = b.add(new PatternAssessment(
                        other, Verdict.AVOID, -3, false, false, other.label() + " should be avoided (score -3)"))
                .from(against)
                .by("PAT-AVOID")
                .node;
        if (latency != null) {
            b.edge(chosen, EdgeType.BLOCKED_BY, latency).edge(events, EdgeType.BLOCKED_BY, latency);
        }
        b.add(new TradeOff(
                        primary.name().toLowerCase(),
                        primary.label(),
                        "what " + primary.label() + " is good at",
                        "what " + primary.label() + " costs"))
                .from(chosen)
                .by("TRADEOFF-PRIMARY");
        Risk spikes = b.add(new Risk("capacity-spikes", "The load is spiky.", Severity.HIGH))
                .from(chosen)
                .by("RISK-CAPACITY-SPIKES")
                .node;
        Mitigation scale = b.add(new Mitigation("capacity-spikes", spikes.id(), "Scale on leading signals."))
                .from(chosen)
                .by("RISK-CAPACITY-SPIKES")
                .node;
        b.edge(scale, EdgeType.MITIGATES, spikes);
        b.add(new TechnologyChoice(
                        "datastore-relational",
                        "PostgreSQL",
                        "18",
                        "https://www.postgresql.org/docs/",
                        "Transactional data needs ACID transactions. PostgreSQL: release line 18"))
                .facts(new FactRef("dataAccess[0]", "bookings (transactional)"))
                .by("TECH-DB-RELATIONAL");
        b.add(new TechnologyChoice(
                        "framework",
                        small ? "NestJS" : "Spring Boot",
                        null,
                        null,
                        "A " + primary.label() + " needs a framework"))
                .from(chosen)
                .by("TECH-FW");
        DeploymentStrategy rolling = b.add(new DeploymentStrategy(
                        "rolling",
                        "rolling update, a few at a time",
                        "pull request → CI → staging → production",
                        "redeploy the previous digest"))
                .from(chosen)
                .facts(new FactRef("nfrs.availabilityPercent", "99.5"))
                .by("DEPLOY-ROLLING")
                .node;
        b.add(new TradeOff("release-safety", "Rolling updates", "no downtime", "two versions run at once"))
                .from(rolling)
                .by("TRADEOFF-RELEASE");
        AntiPatternFinding eol = b.add(new AntiPatternFinding(
                        "AP-OUTDATED-EOL",
                        "nodejs 20.11 (existing.technologies[1])",
                        Severity.HIGH,
                        "Node.js 20.11 is past its end of life",
                        "Upgrade Node.js to a supported line",
                        "Upgrade Node.js 20.11 → 24"))
                .facts(new FactRef("existing.technologies[1]", "node 20.11"))
                .by("AP-OUTDATED-EOL")
                .node;
        b.add(new Mitigation("upgrade-node", eol.id(), "Pin the runtime in the image and upgrade in one release"))
                .from(eol)
                .by("AP-OUTDATED-EOL-MITIGATION");
        return b.build();
    }

    /** A graph whose every text is hostile, with a decided style the advice departs from. */
    static RecommendationGraph hostile() {
        Builder b = new Builder();
        PatternSignal fit = b.add(new PatternSignal(Pattern.MODULAR_MONOLITH, Stance.BEST_FOR, "h", 3, HOSTILE.get(0)))
                .facts(new FactRef("team.size", HOSTILE.get(1)))
                .by("PAT-H")
                .node;
        PatternSignal against = b.add(
                        new PatternSignal(Pattern.MICROSERVICES, Stance.AVOID_WHEN, "h", 3, HOSTILE.get(2)))
                .facts(new FactRef("team.size", HOSTILE.get(3)))
                .by("PAT-H-AVOID")
                .node;
        PatternAssessment chosen = b.add(new PatternAssessment(
                        Pattern.MODULAR_MONOLITH, Verdict.RECOMMENDED, 3, true, false, HOSTILE.get(4)))
                .from(fit)
                .by("PAT-PRIMARY")
                .node;
        PatternAssessment avoided = b.add(
                        new PatternAssessment(Pattern.MICROSERVICES, Verdict.AVOID, -3, false, false, HOSTILE.get(5)))
                .from(against)
                .by("PAT-AVOID")
                .node;
        b.add(new Guidance(
                        GuidanceArea.ARCHITECTURE,
                        "principle-respect-decision:architecture-style:microservices",
                        "Depart from the decided style " + HOSTILE.get(6),
                        HOSTILE.get(7)))
                .facts(new FactRef("existing.decisions[0]", HOSTILE.get(8)))
                .from(avoided, chosen)
                .by("PRN-RESPECT-DEPART-DECIDED-STYLE");
        for (int i = 0; i < HOSTILE.size(); i++) {
            String h = HOSTILE.get(i);
            b.add(new TechnologyChoice(
                            h,
                            HOSTILE.get((i + 1) % HOSTILE.size()),
                            i % 2 == 0 ? null : h,
                            i % 3 == 0 ? "javascript:alert(1)" : "https://example.org/" + i + "?q=<x>|y",
                            h))
                    .facts(new FactRef("hostile[" + i + "]", h))
                    .by("TECH-H");
            b.add(new AntiPatternFinding(
                            "AP-H-" + i,
                            h,
                            Severity.values()[i % Severity.values().length],
                            h,
                            h,
                            i % 2 == 0 ? null : h))
                    .facts(new FactRef("existing.technologies[" + i + "]", h))
                    .by("AP-H");
        }
        b.add(new DeploymentStrategy(HOSTILE.get(9), HOSTILE.get(10), HOSTILE.get(11), HOSTILE.get(12)))
                .from(chosen)
                .by("DEPLOY-H");
        b.add(new TradeOff("h", HOSTILE.get(13), HOSTILE.get(14), HOSTILE.get(0)))
                .from(chosen)
                .by("TRADEOFF-H");
        return b.build();
    }

    private static FactRef teamFact(int team) {
        return new FactRef("team.size", String.valueOf(team));
    }

    /** Adds nodes with their provenance and edges. */
    static final class Builder {
        private final List<Node> nodes = new ArrayList<>();
        private final Map<String, Provenance> provenance = new LinkedHashMap<>();
        private final List<Edge> edges = new ArrayList<>();

        <T extends Node> Adding<T> add(T node) {
            return new Adding<>(node);
        }

        Builder edge(Node from, EdgeType type, Node to) {
            edges.add(new Edge(from.id(), to.id(), type));
            return this;
        }

        RecommendationGraph build() {
            return new RecommendationGraph(nodes, edges, provenance, List.of());
        }

        final class Adding<T extends Node> {
            final T node;
            private final List<FactRef> facts = new ArrayList<>();
            private final List<String> from = new ArrayList<>();

            Adding(T node) {
                this.node = node;
            }

            Adding<T> facts(FactRef... refs) {
                facts.addAll(List.of(refs));
                return this;
            }

            Adding<T> from(Node... derivedFrom) {
                for (Node n : derivedFrom) {
                    from.add(n.id());
                    edges.add(new Edge(node.id(), n.id(), EdgeType.DERIVED_FROM));
                }
                return this;
            }

            Adding<T> by(String rule) {
                nodes.add(node);
                provenance.put(
                        node.id(),
                        new Provenance(
                                rule,
                                facts.stream().sorted().toList(),
                                from.stream().sorted().toList()));
                return this;
            }
        }
    }
}
