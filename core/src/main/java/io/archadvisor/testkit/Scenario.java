package io.archadvisor.testkit;

import io.archadvisor.Advisor;
import io.archadvisor.base.Suggestions;
import io.archadvisor.facts.Facts;
import io.archadvisor.facts.InputFact;
import io.archadvisor.facts.Unknown;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import io.archadvisor.model.Requirements;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.waiver.WaiverReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One scenario: requirements, an optional selection of rules or packs, optional waivers, and assertions on the advice.
 * The advice is computed once, at the first assertion; after that the scenario cannot be changed. Every assertion
 * returns the scenario, so they chain.
 */
public final class Scenario {

    private static final int SHOWN_NODES = 25;

    private final RuleVerifier verifier;
    private final Requirements requirements;
    private String name;
    private final Set<String> rules = new LinkedHashSet<>();
    private final Set<String> packs = new LinkedHashSet<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private java.time.@Nullable LocalDate date;
    private io.archadvisor.policy.@Nullable Policy policy;
    private @Nullable RecommendationGraph graph;
    private @Nullable Advisor advisor;

    Scenario(RuleVerifier verifier, Requirements requirements, String name) {
        this.verifier = verifier;
        this.requirements = requirements;
        this.name = name;
    }

    // ------------------------------------------------------------------ set-up

    /** Names the scenario in failure messages. */
    public Scenario named(String scenarioName) {
        unchanged();
        this.name = Objects.requireNonNull(scenarioName, "scenarioName");
        return this;
    }

    /**
     * Runs only these rules, to test them in isolation: rules that derive what they match are left out unless they
     * are selected too.
     */
    public Scenario onlyRules(String... ids) {
        unchanged();
        rules.addAll(Arrays.asList(ids));
        return this;
    }

    /** Runs only the rules of these packs. */
    public Scenario onlyPacks(String... names) {
        unchanged();
        packs.addAll(Arrays.asList(names));
        return this;
    }

    /**
     * Advises as of this date (the advisor's clock fixed at its start, UTC), for rules that depend on time such as end
     * of life; scenarios of one date share one extra advisor.
     */
    public Scenario onDate(java.time.LocalDate adviceDate) {
        unchanged();
        this.date = Objects.requireNonNull(adviceDate, "adviceDate");
        return this;
    }

    /**
     * Advises with this calibration policy instead of the setup's; scenarios of one policy share one extra
     * advisor.
     */
    public Scenario withPolicy(io.archadvisor.policy.Policy calibration) {
        unchanged();
        this.policy = Objects.requireNonNull(calibration, "calibration");
        return this;
    }

    /** Applies these waivers to the advice. */
    public Scenario withWaivers(Waiver... given) {
        return withWaivers(Arrays.asList(given));
    }

    /** Applies these waivers to the advice. */
    public Scenario withWaivers(List<Waiver> given) {
        unchanged();
        waivers.addAll(given);
        return this;
    }

    /** Applies the waivers of a waivers YAML file. */
    public Scenario withWaiversFrom(Path waiversFile) {
        return withWaivers(WaiverReader.read(waiversFile));
    }

    private void unchanged() {
        if (graph != null) {
            throw new IllegalStateException(
                    "The scenario `" + name + "` has run already; set it up before the first" + " assertion");
        }
    }

    // ------------------------------------------------------------------ results

    /** The advice for this scenario, computed on first use. */
    public RecommendationGraph graph() {
        if (graph == null) {
            advisor = verifier.advisor(RuleVerifier.selection(rules, packs, date, policy));
            graph = advisor.advise(requirements, List.copyOf(waivers));
            verifier.coverage().record(graph.firedRules());
        }
        return graph;
    }

    /** The requirements of this scenario. */
    public Requirements requirements() {
        return requirements;
    }

    // ------------------------------------------------------------------ rule assertions

    /** Asserts that every one of these rules fired. */
    public Scenario fired(String... ruleIds) {
        RecommendationGraph g = graph();
        for (String id : ruleIds) {
            loaded(id);
            if (!g.firedRules().contains(id)) {
                throw fail("Expected rule `" + id + "` to fire, but it did not.", null);
            }
        }
        return this;
    }

    /** Asserts that none of these rules fired. */
    public Scenario didNotFire(String... ruleIds) {
        RecommendationGraph g = graph();
        for (String id : ruleIds) {
            loaded(id);
            if (g.firedRules().contains(id)) {
                String derived = g.provenance().entrySet().stream()
                        .filter(e -> e.getValue().ruleId().equals(id))
                        .map(e -> "\n    "
                                + g.node(e.getKey()).map(this::describe).orElse(e.getKey()))
                        .collect(Collectors.joining());
                throw fail(
                        "Expected rule `" + id + "` not to fire, but it did"
                                + (derived.isEmpty() ? "." : ", deriving:" + derived),
                        null);
            }
        }
        return this;
    }

    /** Asserts that exactly these rules fired, no more and no fewer; most useful with {@link #onlyRules}. */
    public Scenario firedExactly(String... ruleIds) {
        RecommendationGraph g = graph();
        Set<String> expected = new TreeSet<>(Arrays.asList(ruleIds));
        expected.forEach(this::loaded);
        Set<String> actual = new TreeSet<>(g.firedRules());
        if (!expected.equals(actual)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            throw fail(
                    "Expected exactly the rules " + expected + " to fire."
                            + (missing.isEmpty() ? "" : "\n  did not fire: " + String.join(", ", missing))
                            + (extra.isEmpty() ? "" : "\n  fired as well: " + String.join(", ", extra)),
                    null);
        }
        return this;
    }

    private void loaded(String id) {
        Objects.requireNonNull(id, "ruleId");
        List<String> ids = Objects.requireNonNull(advisor, "the scenario has run").rules().stream()
                .map(RuleInfo::id)
                .toList();
        if (!ids.contains(id)) {
            List<String> close = Suggestions.nearest(id, ids, 3);
            throw new AssertionError("Rule `" + id + "` is not loaded in scenario `" + name + "` (" + ids.size()
                    + " rules loaded"
                    + (rules.isEmpty() && packs.isEmpty() && date == null && policy == null
                            ? ""
                            : ", selected by " + selection())
                    + "). Closest ids: " + close + ".");
        }
    }

    // ------------------------------------------------------------------ node assertions

    /** Asserts that at least one node matches the query. */
    public Scenario hasNode(NodeQuery<?> query) {
        if (matches(query).isEmpty()) {
            throw fail("Expected a node " + query + ", but none matched.", query);
        }
        return this;
    }

    /** Asserts that at least one node of the type passes the predicate. */
    public <T extends Node> Scenario hasNode(Class<T> type, Predicate<? super T> predicate) {
        return hasNode(NodeQuery.of(type).matching("matches the given predicate", predicate));
    }

    /** Asserts that exactly {@code count} nodes match the query. */
    public Scenario hasNodes(NodeQuery<?> query, int count) {
        List<Node> found = matches(query);
        if (found.size() != count) {
            throw fail(
                    "Expected " + count + " node" + (count == 1 ? "" : "s") + " " + query + ", but found "
                            + found.size() + (found.isEmpty() ? "." : ":" + list(found)),
                    query);
        }
        return this;
    }

    /** Asserts that no node matches the query. */
    public Scenario hasNoNode(NodeQuery<?> query) {
        List<Node> found = matches(query);
        if (!found.isEmpty()) {
            throw fail("Expected no node " + query + ", but found " + found.size() + ":" + list(found), null);
        }
        return this;
    }

    /** Asserts that no node of the type passes the predicate. */
    public <T extends Node> Scenario hasNoNode(Class<T> type, Predicate<? super T> predicate) {
        return hasNoNode(NodeQuery.of(type).matching("matches the given predicate", predicate));
    }

    /**
     * The one node that matches the query, to assert on its provenance, explanation and waiver.
     *
     * @throws AssertionError when no node or several nodes match
     */
    public <T extends Node> NodeAssert<T> node(NodeQuery<T> query) {
        List<Node> found = matches(query);
        if (found.size() != 1) {
            throw fail(
                    "Expected exactly one node " + query + ", but found " + found.size()
                            + (found.isEmpty() ? "." : ":" + list(found) + "\n  Add conditions to tell them apart."),
                    query);
        }
        return new NodeAssert<>(this, query.type().cast(found.get(0)));
    }

    private List<Node> matches(NodeQuery<?> query) {
        Objects.requireNonNull(query, "query");
        return graph().nodes().stream().filter(query).toList();
    }

    // ------------------------------------------------------------------ failure messages

    /** An assertion error whose message describes the scenario, what fired, the nodes of the type and the input. */
    AssertionError fail(String message, @Nullable NodeQuery<?> query) {
        RecommendationGraph g = graph();
        StringBuilder sb = new StringBuilder(message);
        sb.append("\n  scenario: ").append(name);
        if (!rules.isEmpty() || !packs.isEmpty() || date != null) {
            sb.append(" (selected ").append(selection()).append(')');
        }
        if (query != null) {
            List<Node> sameType =
                    g.nodes().stream().filter(query.type()::isInstance).toList();
            if (sameType.isEmpty()) {
                Map<String, Integer> types = new LinkedHashMap<>();
                g.nodes().forEach(n -> types.merge(n.getClass().getSimpleName(), 1, Integer::sum));
                sb.append("\n  no ")
                        .append(query.type().getSimpleName())
                        .append(" node exists; node types present: ")
                        .append(
                                types.isEmpty()
                                        ? "none"
                                        : types.entrySet().stream()
                                                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                                                .collect(Collectors.joining(", ")));
            } else {
                sb.append("\n  ")
                        .append(query.type().getSimpleName())
                        .append(" nodes (")
                        .append(sameType.size())
                        .append("):")
                        .append(list(sameType).replace("\n    ", "\n      "));
            }
        }
        sb.append("\n  rules that fired (")
                .append(g.firedRules().size())
                .append("): ")
                .append(g.firedRules().isEmpty() ? "none" : String.join(", ", g.firedRules()));
        List<InputFact> facts = Facts.of(requirements);
        List<String> known = facts.stream()
                .filter(f -> !(f instanceof Unknown))
                .map(InputFact::describe)
                .toList();
        List<String> unknown = facts.stream()
                .filter(f -> f instanceof Unknown)
                .map(InputFact::path)
                .toList();
        sb.append("\n  input facts (")
                .append(known.size())
                .append(" known, ")
                .append(unknown.size())
                .append(" unknown):");
        known.forEach(k -> sb.append("\n    ").append(k));
        if (!unknown.isEmpty()) {
            sb.append("\n    unknown: ").append(String.join(", ", unknown));
        }
        if (!g.waivers().isEmpty()) {
            sb.append("\n  waivers:");
            g.waivers().forEach(w -> sb.append("\n    ").append(w.describe()));
        }
        return new AssertionError(sb.toString());
    }

    private String list(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        nodes.stream().limit(SHOWN_NODES).forEach(n -> sb.append("\n    ").append(describe(n)));
        if (nodes.size() > SHOWN_NODES) {
            sb.append("\n    ... and ").append(nodes.size() - SHOWN_NODES).append(" more");
        }
        return sb.toString();
    }

    private String describe(Node n) {
        RecommendationGraph g = graph();
        return n + "  (rule " + g.provenance(n).ruleId() + (g.isWaived(n) ? ", waived" : "") + ")";
    }

    private String selection() {
        List<String> parts = new ArrayList<>();
        if (!rules.isEmpty()) {
            parts.add("rules " + rules);
        }
        if (!packs.isEmpty()) {
            parts.add("packs " + packs);
        }
        if (policy != null) {
            parts.add("policy " + policy.name() + " " + policy.version());
        }
        if (date != null) {
            parts.add("on " + date);
        }
        return String.join(" and ", parts);
    }

    String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Scenario[" + name + "]";
    }
}
