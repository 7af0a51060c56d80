package io.archadvisor.rules.reliability;

import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.TechnologyChoice;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Pattern;
import io.archadvisor.rules.support.Estate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a recommendation graph asks for and what it flags, as comparable claims, and the contradictions between them:
 * a finding whose evidence is something the same graph recommends, requires or keeps, and pairs of nodes whose
 * instructions exclude each other. Claims are keyed by what they are about ({@code tech:kafka},
 * {@code deployment:multi-region}, {@code deployment:kubernetes}, {@code pattern:microservices}), read from node
 * types, codes and provenance, never from prose.
 */
final class Consistency {

    /**
     * Findings that judge a choice (a technology, a deployment shape, an architecture style) to be wrong, as opposed
     * to findings that ask to fix its configuration (a version, a replica count).
     */
    static final Set<String> JUDGE_A_CHOICE = Set.of(
            "AP-CARGO-CULTING", "AP-OVER-ENGINEERING", "AP-OVER-ENGINEERING-REDUNDANCY", "AP-PREMATURE-MICROSERVICES");

    /** Guidance codes that recommend, require or keep something, with the claim each one makes. */
    private static final Map<String, List<String>> GUIDANCE_CLAIMS = Map.of(
            "ops-kubernetes-existing", List.of("deployment:kubernetes", "tech:kubernetes"),
            "ops-kubernetes-pays", List.of("deployment:kubernetes", "tech:kubernetes"),
            "cmp-dr-multi-site", List.of("deployment:multi-region"),
            "cmp-dr-warm-standby", List.of("deployment:multi-region"));

    /** Finding codes that require something, with the claim each one makes. */
    private static final Map<String, List<String>> FINDING_CLAIMS = Map.of(
            "AP-SINGLE-POINT-OF-FAILURE-REGION", List.of("deployment:multi-region"),
            "AP-SINGLE-POINT-OF-FAILURE-ZONE", List.of("deployment:multi-zone"));

    /** Pairs of guidance or choice markers that give contradictory instructions. */
    private static final List<List<String>> EXCLUSIVE = List.of(
            List.of("guidance:ops-kubernetes-existing", "guidance:ops-kubernetes-not-yet"),
            List.of("guidance:ops-kubernetes-pays", "guidance:ops-kubernetes-not-yet"),
            List.of("guidance:data-cache-not-yet", "role:cache"),
            List.of("guidance:edge-not-indicated", "role:edge-compute"),
            List.of("guidance:serverless-not-indicated", "role:serverless-compute"),
            List.of("guidance:ops-kubernetes-not-yet", "role:orchestration"),
            List.of("guidance:ops-kubernetes-not-yet", "role:gitops"),
            List.of("guidance:ops-gitops-cluster", "guidance:ops-gitops-pipeline"));

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("k8s", "kubernetes"),
            Map.entry("eks", "kubernetes"),
            Map.entry("gke", "kubernetes"),
            Map.entry("aks", "kubernetes"),
            Map.entry("openshift", "kubernetes"),
            Map.entry("apache-kafka", "kafka"),
            Map.entry("confluent", "kafka"),
            Map.entry("confluent-kafka", "kafka"),
            Map.entry("postgres", "postgresql"),
            Map.entry("node", "nodejs"),
            Map.entry("node.js", "nodejs"));

    private Consistency() {}

    /** Every contradiction in the graph, in words; empty when the graph is consistent. */
    static List<String> violations(RecommendationGraph graph) {
        Map<String, String> recommended = new LinkedHashMap<>();
        List<String> markers = new ArrayList<>();
        for (Node n : graph.nodes()) {
            if (n instanceof Guidance g) {
                markers.add("guidance:" + g.code());
                for (String c : GUIDANCE_CLAIMS.getOrDefault(g.code(), List.of())) {
                    recommended.putIfAbsent(c, "guidance " + g.code());
                }
            } else if (n instanceof TechnologyChoice t) {
                markers.add("role:" + t.role());
                for (FactRef f : graph.provenance(n).facts()) {
                    if (f.path().startsWith("catalog.")) {
                        recommended.putIfAbsent(
                                "tech:" + canonical(f.path().substring("catalog.".length())),
                                "technology choice " + t.role() + " = " + t.technology());
                    }
                }
            } else if (n instanceof PatternAssessment p && p.primary() && p.verdict() == Verdict.RECOMMENDED) {
                recommended.putIfAbsent(
                        "pattern:" + p.pattern().name(),
                        "primary pattern " + p.pattern().label());
            } else if (n instanceof Finding f && !graph.isWaived(n)) {
                for (String c : FINDING_CLAIMS.getOrDefault(f.code(), List.of())) {
                    recommended.putIfAbsent(c, "finding " + f.code());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Node n : graph.nodes()) {
            if (n instanceof AntiPatternFinding f && JUDGE_A_CHOICE.contains(f.code()) && !graph.isWaived(n)) {
                for (FactRef fact : graph.explain(n).allFacts()) {
                    for (String claim : claims(fact)) {
                        String by = recommended.get(claim);
                        if (by != null) {
                            out.add("finding " + f.code() + " (" + f.subject() + ") rests on " + fact + ", which " + by
                                    + " recommends or requires (" + claim + ")");
                        }
                    }
                }
            }
        }
        for (List<String> pair : EXCLUSIVE) {
            if (markers.contains(pair.get(0)) && markers.contains(pair.get(1))) {
                out.add(pair.get(0) + " and " + pair.get(1) + " give contradictory instructions");
            }
        }
        return out;
    }

    /**
     * Technology choices that depart from the estate without saying why: the requirements decide or run a
     * technology on the choice's topic, the choice is another one, and no {@code estate-departure} trade-off names
     * the reason and the migration cost.
     */
    static List<String> unexplainedDepartures(
            io.archadvisor.model.Requirements requirements, RecommendationGraph graph) {
        List<String> estate = new ArrayList<>();
        if (requirements.existing() != null) {
            if (requirements.existing().decisions() != null) {
                for (io.archadvisor.model.Decision d : requirements.existing().decisions()) {
                    if (d.topic().name().equals(Estate.topic(d.choice()))) {
                        estate.add(d.choice());
                    }
                }
            }
            if (requirements.existing().technologies() != null) {
                requirements.existing().technologies().forEach(t -> estate.add(t.name()));
            }
        }
        Set<String> explained = new java.util.HashSet<>();
        for (Node n : graph.nodes()) {
            if (n instanceof io.archadvisor.graph.TradeOff t && t.code().startsWith("estate-departure:")) {
                explained.add(t.code().substring("estate-departure:".length()));
            }
        }
        List<String> out = new ArrayList<>();
        for (TechnologyChoice c : graph.nodes(TechnologyChoice.class)) {
            String topic = Estate.topicOfRole(c.role());
            if (topic == null || explained.contains(c.role())) {
                continue;
            }
            List<String> onTopic = estate.stream()
                    .filter(e -> Estate.substitutesAny(e, c.role()))
                    .toList();
            if (!onTopic.isEmpty() && onTopic.stream().noneMatch(e -> Estate.same(e, c.technology()))) {
                out.add("technology choice " + c.role() + " = " + c.technology() + " departs from the estate " + onTopic
                        + " without an estate-departure trade-off");
            }
        }
        return out;
    }

    /** The claims an input fact makes when a finding holds it against the design. */
    static List<String> claims(FactRef fact) {
        String path = fact.path();
        String value = fact.value() == null ? "" : fact.value().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (path.equals("deployment.regions") && number(value) >= 2) {
            out.add("deployment:multi-region");
        } else if (path.equals("deployment.availabilityZones") && number(value) >= 2) {
            out.add("deployment:multi-zone");
        } else if (path.equals("deployment.kubernetes") && value.equals("true")) {
            out.add("deployment:kubernetes");
        } else if (path.matches("(existing|proposal)\\.technologies\\[\\d+]")) {
            out.add("tech:" + canonical(value.split(" ")[0]));
        } else if (path.equals("proposal.style")) {
            for (Pattern p : Pattern.values()) {
                if (value.equals(p.name().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                    out.add("pattern:" + p.name());
                }
            }
        }
        return out;
    }

    private static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
