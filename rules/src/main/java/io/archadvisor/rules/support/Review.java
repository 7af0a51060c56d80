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
 * assessed or explicitly ruled out.
 */
public final class Review {

    /** The codes of the guidance that rules edge computing out. */
    public static final Set<String> EDGE_RULED_OUT = Set.of("edge-not-indicated", "edge-not-indicated-regional");
    /** The codes of the guidance that rules serverless out. */
    public static final Set<String> SERVERLESS_RULED_OUT = Set.of("serverless-not-indicated");

    private Review() {
    }

    private static <T> List<T> of(Collection<?> items, Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The labels of the recommended patterns without a trade-off whose subject is that label, sorted. */
    public static List<String> patternsWithoutTradeOff(Collection<?> assessments, Collection<?> tradeOffs) {
        Set<String> subjects = of(tradeOffs, TradeOff.class).stream().map(TradeOff::subject).collect(Collectors.toSet());
        return of(assessments, PatternAssessment.class).stream()
                .filter(a -> a.verdict() == Verdict.RECOMMENDED)
                .map(a -> a.pattern().label())
                .filter(l -> !subjects.contains(l))
                .sorted().distinct().toList();
    }

    /** Each recommended pattern with its trade-off, then the other trade-offs' subjects, for evidence. */
    public static String tradeOffEvidence(Collection<?> assessments, Collection<?> tradeOffs) {
        List<TradeOff> all = new ArrayList<>(of(tradeOffs, TradeOff.class));
        all.sort(Comparator.comparing(TradeOff::code));
        Set<String> recommended = of(assessments, PatternAssessment.class).stream()
                .filter(a -> a.verdict() == Verdict.RECOMMENDED).map(a -> a.pattern().label())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> parts = new ArrayList<>();
        for (String label : recommended) {
            all.stream().filter(t -> t.subject().equals(label)).findFirst().ifPresent(t -> parts.add(label
                    + " optimizes for " + t.optimizesFor() + " and sacrifices " + t.sacrifices()));
        }
        List<String> others = all.stream().map(TradeOff::subject).filter(s -> !recommended.contains(s)).distinct().toList();
        return String.join("; ", parts) + (others.isEmpty() ? "" : "; further trade-offs: " + String.join(", ", others));
    }

    /** The strategies lacking a pipeline or a rollback procedure, as {@code code (what is missing)}, sorted. */
    public static List<String> incompleteStrategies(Collection<?> strategies) {
        List<String> out = new ArrayList<>();
        for (DeploymentStrategy d : of(strategies, DeploymentStrategy.class)) {
            List<String> missing = new ArrayList<>();
            if (d.pipeline().isBlank()) {
                missing.add("no CI/CD pipeline");
            }
            if (d.rollback().isBlank()) {
                missing.add("no rollback procedure");
            }
            if (!missing.isEmpty()) {
                out.add(d.code() + " (" + String.join(", ", missing) + ")");
            }
        }
        out.sort(null);
        return out;
    }

    /** The strategies in words, for evidence. */
    public static String strategyEvidence(Collection<?> strategies) {
        return of(strategies, DeploymentStrategy.class).stream().sorted(Comparator.comparing(DeploymentStrategy::code))
                .map(d -> d.code() + ": pipeline \"" + d.pipeline() + "\"; rollback \"" + d.rollback() + "\"")
                .collect(Collectors.joining("; "));
    }

    /** Whether a pattern was assessed, or ruled out by one of the given guidance codes. */
    public static boolean considered(Pattern pattern, Collection<?> assessments, Collection<?> guidance,
            Set<String> ruledOutCodes) {
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

    private static String consideration(Pattern pattern, Collection<?> assessments, Collection<?> guidance,
            Set<String> ruledOutCodes) {
        PatternAssessment a = of(assessments, PatternAssessment.class).stream().filter(x -> x.pattern() == pattern)
                .findFirst().orElse(null);
        if (a != null) {
            return pattern.label() + " assessed as " + a.verdict().name().toLowerCase(java.util.Locale.ROOT)
                    + " (score " + a.score() + ")";
        }
        boolean ruledOut = of(guidance, Guidance.class).stream().anyMatch(g -> ruledOutCodes.contains(g.code()));
        return pattern.label() + (ruledOut ? " ruled out as not indicated" : " neither assessed nor ruled out");
    }

    /** The unknown dimensions among {@code unknowns}, as requirement paths, sorted. */
    public static String paths(Collection<?> unknowns) {
        return of(unknowns, Unknown.class).stream().map(Unknown::path).sorted().distinct()
                .collect(Collectors.joining(", "));
    }
}
