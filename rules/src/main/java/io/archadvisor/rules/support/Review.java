package io.archadvisor.rules.support;

import io.archadvisor.facts.Unknown;
import io.archadvisor.graph.DeploymentStrategy;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.TradeOff;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Pattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks behind the design items of the pre-response checklist, evaluated over the finished graph: trade-offs
 * for every recommended pattern, a deployment strategy with pipeline and rollback, and edge and serverless either
 * assessed or explicitly ruled out. The words are the texts review.* of the checklist-design bundle.
 */
public final class Review {

    /** The codes of the guidance that rules edge computing out. */
    public static final Set<String> EDGE_RULED_OUT = Set.of("edge-not-indicated", "edge-not-indicated-regional");
    /** The codes of the guidance that rules serverless out. */
    public static final Set<String> SERVERLESS_RULED_OUT = Set.of("serverless-not-indicated");

    private Review() {}

    private static <T> List<T> of(Collection<?> items, Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The elements of several collected lists as one list, for helpers that read several fact types. */
    public static List<Object> all(Collection<?> a, Collection<?> b, Collection<?> c) {
        List<Object> out = new ArrayList<>(a);
        out.addAll(b);
        out.addAll(c);
        return out;
    }

    /** The labels of the recommended patterns without a trade-off whose subject is that label, sorted. */
    public static List<String> patternsWithoutTradeOff(Collection<?> assessments, Collection<?> tradeOffs) {
        Set<String> subjects =
                of(tradeOffs, TradeOff.class).stream().map(TradeOff::subject).collect(Collectors.toSet());
        return of(assessments, PatternAssessment.class).stream()
                .filter(a -> a.verdict() == Verdict.RECOMMENDED)
                .map(a -> a.pattern().label())
                .filter(l -> !subjects.contains(l))
                .sorted()
                .distinct()
                .toList();
    }

    /** Each recommended pattern with its trade-off, then the other trade-offs' subjects, for evidence. */
    public static String tradeOffEvidence(Collection<?> assessments, Collection<?> tradeOffs) {
        List<TradeOff> all = new ArrayList<>(of(tradeOffs, TradeOff.class));
        all.sort(Comparator.comparing(TradeOff::code));
        Set<String> recommended = of(assessments, PatternAssessment.class).stream()
                .filter(a -> a.verdict() == Verdict.RECOMMENDED)
                .map(a -> a.pattern().label())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> parts = new ArrayList<>();
        for (String label : recommended) {
            all.stream()
                    .filter(t -> t.subject().equals(label))
                    .findFirst()
                    .ifPresent(t -> parts.add(Messages.text(
                            "checklist-design",
                            "review",
                            "tradeOff",
                            Messages.with("label", label)
                                    .and("optimizesFor", t.optimizesFor())
                                    .and("sacrifices", t.sacrifices()))));
        }
        List<String> others = all.stream()
                .map(TradeOff::subject)
                .filter(s -> !recommended.contains(s))
                .distinct()
                .toList();
        return String.join("; ", parts)
                + (others.isEmpty()
                        ? ""
                        : Messages.text(
                                "checklist-design",
                                "review",
                                "furtherTradeOffs",
                                Messages.with("others", String.join(", ", others))));
    }

    /** The strategies lacking a pipeline or a rollback procedure, as {@code code (what is missing)}, sorted. */
    public static List<String> incompleteStrategies(Collection<?> strategies) {
        List<String> out = new ArrayList<>();
        for (DeploymentStrategy d : of(strategies, DeploymentStrategy.class)) {
            List<String> missing = new ArrayList<>();
            if (d.pipeline().isBlank()) {
                missing.add(Messages.text("checklist-design", "review", "noPipeline", Messages.none()));
            }
            if (d.rollback().isBlank()) {
                missing.add(Messages.text("checklist-design", "review", "noRollback", Messages.none()));
            }
            if (!missing.isEmpty()) {
                out.add(Messages.text(
                        "checklist-design",
                        "review",
                        "incompleteStrategy",
                        Messages.with("code", d.code()).and("missing", String.join(", ", missing))));
            }
        }
        out.sort(null);
        return out;
    }

    /** The strategies in words, for evidence. */
    public static String strategyEvidence(Collection<?> strategies) {
        return of(strategies, DeploymentStrategy.class).stream()
                .sorted(Comparator.comparing(DeploymentStrategy::code))
                .map(d -> Messages.text(
                        "checklist-design",
                        "review",
                        "strategy",
                        Messages.with("code", d.code())
                                .and("pipeline", d.pipeline())
                                .and("rollback", d.rollback())))
                .collect(Collectors.joining("; "));
    }

    /** Whether a pattern was assessed, or ruled out by one of the given guidance codes. */
    public static boolean considered(
            Pattern pattern, Collection<?> assessments, Collection<?> guidance, Set<String> ruledOutCodes) {
        return of(assessments, PatternAssessment.class).stream().anyMatch(a -> a.pattern() == pattern)
                || of(guidance, Guidance.class).stream().anyMatch(g -> ruledOutCodes.contains(g.code()));
    }

    /** Whether both edge computing and serverless were assessed or explicitly ruled out. */
    public static boolean edgeAndServerlessConsidered(Collection<?> assessments, Collection<?> guidance) {
        return considered(Pattern.EDGE, assessments, guidance, EDGE_RULED_OUT)
                && considered(Pattern.SERVERLESS, assessments, guidance, SERVERLESS_RULED_OUT);
    }

    /** How edge computing and serverless were considered, for evidence. */
    public static String consideration(Collection<?> assessments, Collection<?> guidance) {
        return consideration(Pattern.EDGE, assessments, guidance, EDGE_RULED_OUT) + "; "
                + consideration(Pattern.SERVERLESS, assessments, guidance, SERVERLESS_RULED_OUT);
    }

    private static String consideration(
            Pattern pattern, Collection<?> assessments, Collection<?> guidance, Set<String> ruledOutCodes) {
        PatternAssessment a = of(assessments, PatternAssessment.class).stream()
                .filter(x -> x.pattern() == pattern)
                .findFirst()
                .orElse(null);
        if (a != null) {
            return Messages.text(
                    "checklist-design",
                    "review",
                    "assessed",
                    Messages.with("pattern", pattern.label())
                            .and("verdict", a.verdict().name().toLowerCase(java.util.Locale.ROOT))
                            .and("score", a.score()));
        }
        boolean ruledOut = of(guidance, Guidance.class).stream().anyMatch(g -> ruledOutCodes.contains(g.code()));
        return ruledOut
                ? Messages.text("checklist-design", "review", "ruledOut", Messages.with("pattern", pattern.label()))
                : Messages.text(
                        "checklist-design", "review", "notConsidered", Messages.with("pattern", pattern.label()));
    }

    /** The unknown dimensions among {@code unknowns}, as requirement paths, sorted. */
    public static String paths(Collection<?> unknowns) {
        return of(unknowns, Unknown.class).stream()
                .map(Unknown::path)
                .sorted()
                .distinct()
                .collect(Collectors.joining(", "));
    }

    /**
     * Technology choices that depart from a recorded decision on their topic without an {@code estate-departure}
     * trade-off saying why and at what cost, as {@code role = technology (decision)}, sorted. A decision whose
     * technology is not known counts against the primary roles of its topic (stores of primary data, messaging).
     */
    public static List<String> unexplainedDepartures(
            Collection<?> decisions, Collection<?> choices, Collection<?> tradeOffs) {
        Set<String> explained = of(tradeOffs, TradeOff.class).stream()
                .map(TradeOff::code)
                .filter(c -> c.startsWith("estate-departure:"))
                .map(c -> c.substring("estate-departure:".length()))
                .collect(Collectors.toSet());
        TreeSet<String> out = new TreeSet<>();
        for (io.archadvisor.facts.ExistingDecision d : of(decisions, io.archadvisor.facts.ExistingDecision.class)) {
            for (io.archadvisor.graph.TechnologyChoice c : of(choices, io.archadvisor.graph.TechnologyChoice.class)) {
                if (!d.topic().name().equals(Estate.topicOfRole(c.role()))
                        || explained.contains(c.role())
                        || Estate.same(d.choice(), c.technology())) {
                    continue;
                }
                boolean rivals = Estate.roles(d.choice()).isEmpty()
                        ? PRIMARY_ROLES.contains(c.role())
                                || !Set.of("DATABASE", "MESSAGING")
                                        .contains(d.topic().name())
                        : Estate.substitutesAny(d.choice(), c.role());
                if (rivals) {
                    out.add(Messages.text(
                            "checklist-design",
                            "review",
                            "departure",
                            Messages.with("role", c.role())
                                    .and("technology", c.technology())
                                    .and("decision", d.describe())));
                }
            }
        }
        return List.copyOf(out);
    }

    private static final Set<String> PRIMARY_ROLES =
            Set.of("datastore-relational", "datastore-document", "event-stream", "task-queue");

    /**
     * Signals for edge computing that no edge signal weighed: a latency target under {@code realTimeEdgeMs} (the
     * policy's real-time edge target), IoT devices, data kept in several jurisdictions, each named with its fact,
     * when the edge signals that would weigh it are absent. Guidance that ruled edge computing out ({@link
     * #EDGE_RULED_OUT}: users in one region and nothing real-time, or real-time needs one region meets) has weighed
     * the latency target and the devices, since both call for edge computing only with real-time interaction or
     * far-away users.
     */
    public static List<String> unweighedEdgeSignals(
            Collection<?> facts, Collection<?> signals, Collection<?> guidance, int realTimeEdgeMs) {
        Set<String> weighed = of(signals, io.archadvisor.graph.PatternSignal.class).stream()
                .filter(p -> p.pattern() == Pattern.EDGE)
                .map(io.archadvisor.graph.PatternSignal::criterion)
                .collect(Collectors.toSet());
        boolean ruledOut = of(guidance, Guidance.class).stream().anyMatch(g -> EDGE_RULED_OUT.contains(g.code()));
        TreeSet<String> out = new TreeSet<>();
        List<io.archadvisor.facts.DataResidency> residency = of(facts, io.archadvisor.facts.DataResidency.class);
        for (Object o : ruledOut ? List.of() : facts) {
            if (o instanceof io.archadvisor.facts.LatencyTargetMs l
                    && l.value() < realTimeEdgeMs
                    && !weighed.contains("interactive-real-time")
                    && !weighed.contains("real-time-iot")) {
                out.add(Messages.text(
                        "checklist-design",
                        "review",
                        "edgeLatency",
                        Messages.with("latency", l.value())
                                .and("path", l.path())
                                .and("realTimeEdgeMs", realTimeEdgeMs)));
            } else if (o instanceof io.archadvisor.facts.Iot i && i.value() && !weighed.contains("real-time-iot")) {
                out.add(Messages.text("checklist-design", "review", "edgeIot", Messages.with("path", i.path())));
            }
        }
        if (residency.size() >= 2 && !weighed.contains("geo-distributed")) {
            out.add(Messages.text(
                    "checklist-design",
                    "review",
                    "edgeResidency",
                    Messages.with("count", residency.size())
                            .and(
                                    "jurisdictions",
                                    residency.stream()
                                            .map(r -> r.value())
                                            .sorted()
                                            .collect(Collectors.joining(", ")))));
        }
        return List.copyOf(out);
    }

    /**
     * Why the rollback procedures do not hold: services that must be deployed together (a lock-step deploy or a
     * synchronous cycle) cannot be rolled back one deployable at a time; canary releases without Kubernetes in an
     * on-premises environment have no platform to split traffic. Sorted; empty when the procedures hold.
     */
    public static List<String> rollbackProblems(
            Collection<?> strategies, Collection<?> findings, Collection<?> environments, Collection<?> clusters) {
        TreeSet<String> out = new TreeSet<>();
        for (io.archadvisor.graph.AntiPatternFinding f : of(findings, io.archadvisor.graph.AntiPatternFinding.class)) {
            if (f.code().equals("AP-DISTRIBUTED-MONOLITH-LOCKSTEP-DEPLOY")
                    || f.code().equals("AP-DISTRIBUTED-MONOLITH-CYCLIC-CALLS")) {
                out.add(Messages.text(
                        "checklist-design",
                        "review",
                        "rollbackCoupled",
                        Messages.with("service", f.subject()).and("finding", f.code())));
            }
        }
        boolean onPrem = of(environments, io.archadvisor.facts.Environment.class).stream()
                .anyMatch(e -> e.value() == io.archadvisor.model.DeploymentEnvironment.ON_PREM);
        for (DeploymentStrategy d : of(strategies, DeploymentStrategy.class)) {
            if (onPrem && clusters.isEmpty() && d.code().equals("canary")) {
                out.add(Messages.text("checklist-design", "review", "rollbackCanaryOnPrem", Messages.none()));
            }
            if (onPrem && d.code().equals("serverless-traffic-shifting")) {
                out.add(Messages.text("checklist-design", "review", "rollbackServerlessOnPrem", Messages.none()));
            }
        }
        return List.copyOf(out);
    }
}
