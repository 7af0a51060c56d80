package io.archadvisor.graph;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.model.SourceMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The immutable result of one advice: typed nodes, typed edges between them, and the provenance of every node. Nodes
 * are ordered by type (in the order of {@link Node}'s permitted types) and then by id, so the same requirements always
 * give an equal graph in the same order. Two graphs are equal when their nodes, edges, provenance and waivers are.
 */
public final class RecommendationGraph {

    private static final List<Class<?>> TYPE_ORDER = List.of(Node.class.getPermittedSubclasses());

    /** Orders nodes by type, then id. */
    public static final Comparator<Node> NODE_ORDER =
            Comparator.comparingInt((Node n) -> typeRank(n)).thenComparing(Node::id);

    private final List<Node> nodes;
    private final Map<String, Node> byId;
    private final List<Edge> edges;
    private final Map<String, Provenance> provenance;
    private final List<String> firedRules;
    private final List<Waiver> waivers;
    private final Map<String, Waiver> waived;

    /**
     * A graph; nodes and edges are sorted, and every node must have provenance.
     *
     * @param nodes the nodes, with unique ids
     * @param edges the edges between them
     * @param provenance the provenance of every node, by node id
     * @param firedRules the ids of the rules that fired, in any order
     */
    public RecommendationGraph(
            List<? extends Node> nodes, List<Edge> edges, Map<String, Provenance> provenance, List<String> firedRules) {
        this(nodes, edges, provenance, firedRules, List.of(), Map.of());
    }

    /**
     * A graph with waivers; nodes and edges are sorted, every node must have provenance, and every waived node must
     * be a {@link Finding} in the graph.
     *
     * @param nodes the nodes, with unique ids
     * @param edges the edges between them
     * @param provenance the provenance of every node, by node id
     * @param firedRules the ids of the rules that fired, in any order
     * @param waivers every waiver given for the advice, in the order given
     * @param waived the waiver that accepts each waived finding, by node id
     */
    public RecommendationGraph(
            List<? extends Node> nodes,
            List<Edge> edges,
            Map<String, Provenance> provenance,
            List<String> firedRules,
            List<Waiver> waivers,
            Map<String, Waiver> waived) {
        // sort by NODE_ORDER, computing each node's rank and id once rather than in every comparison
        List<Keyed> sorted = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            sorted.add(new Keyed(typeRank(n), n.id(), n));
        }
        sorted.sort(Keyed.ORDER);
        Map<String, Node> index = new LinkedHashMap<>();
        for (Keyed k : sorted) {
            Node n = k.node();
            Node previous = index.putIfAbsent(k.id(), n);
            if (previous != null && !previous.equals(n)) {
                throw new InvalidValueException("Two different nodes share the id `" + k.id() + "`: " + previous
                        + " and " + n + ". Give each node type an id that includes every field that tells them apart.");
            }
            if (!provenance.containsKey(k.id())) {
                throw new InvalidValueException("Node `" + k.id() + "` has no provenance");
            }
        }
        this.nodes = List.copyOf(index.values());
        this.byId = Map.copyOf(index);
        List<Edge> sortedEdges = new ArrayList<>(new HashSet<>(edges));
        sortedEdges.sort(Edge.ORDER);
        for (Edge e : sortedEdges) {
            if (!index.containsKey(e.from()) || !index.containsKey(e.to())) {
                throw new InvalidValueException("Edge " + e + " refers to a node that is not in the graph");
            }
        }
        this.edges = List.copyOf(sortedEdges);
        // by id: the ids are distinct, so sorting them once is enough
        String[] ids = index.keySet().toArray(new String[0]);
        Arrays.sort(ids);
        Map<String, Provenance> prov = new LinkedHashMap<>(ids.length * 2);
        for (String id : ids) {
            prov.put(id, provenance.get(id));
        }
        this.provenance = java.util.Collections.unmodifiableMap(prov);
        this.firedRules = sortedDistinct(firedRules);
        this.waivers = List.copyOf(waivers);
        Map<String, Waiver> w = new TreeMap<>();
        for (Map.Entry<String, Waiver> e : waived.entrySet()) {
            Node n = index.get(e.getKey());
            if (!(n instanceof Finding)) {
                throw new InvalidValueException("Waived node `" + e.getKey() + "` is "
                        + (n == null ? "not in the graph" : "not a finding") + "; only Finding nodes can be waived");
            }
            w.put(e.getKey(), Objects.requireNonNull(e.getValue(), "waiver"));
        }
        this.waived = java.util.Collections.unmodifiableMap(w);
    }

    // sorted without duplicates; sorting an array allocates far less than building a tree set
    private static List<String> sortedDistinct(List<String> ids) {
        String[] a = ids.toArray(new String[0]);
        Arrays.sort(a);
        List<String> out = new ArrayList<>(a.length);
        for (String id : a) {
            Objects.requireNonNull(id, "firedRules");
            if (out.isEmpty() || !out.get(out.size() - 1).equals(id)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    private record Keyed(int rank, String id, Node node) {
        static final Comparator<Keyed> ORDER =
                Comparator.comparingInt(Keyed::rank).thenComparing(Keyed::id);
    }

    private static int typeRank(Node n) {
        for (int i = 0; i < TYPE_ORDER.size(); i++) {
            if (TYPE_ORDER.get(i).isInstance(n)) {
                return i;
            }
        }
        return TYPE_ORDER.size();
    }

    /** Every node, by type and then id. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The nodes of one type, in graph order. */
    public <T extends Node> List<T> nodes(Class<T> type) {
        return nodes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The node with this id. */
    public Optional<Node> node(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every edge, sorted by source, type and target. */
    public List<Edge> edges() {
        return edges;
    }

    /** The edges leaving a node. */
    public List<Edge> edgesFrom(Node node) {
        return edges.stream().filter(e -> e.from().equals(node.id())).toList();
    }

    /** The edges entering a node. */
    public List<Edge> edgesTo(Node node) {
        return edges.stream().filter(e -> e.to().equals(node.id())).toList();
    }

    /** How each node was derived, by node id, sorted by id. */
    public Map<String, Provenance> provenance() {
        return provenance;
    }

    /** How this node was derived. */
    public Provenance provenance(Node node) {
        Provenance p = provenance.get(Objects.requireNonNull(node, "node").id());
        Node known = byId.get(node.id());
        if (p == null || known == null || !known.equals(node)) {
            throw new InvalidValueException("Node `" + node.id() + "` is not in this graph");
        }
        return p;
    }

    /**
     * The ids of every rule whose consequence ran to produce this graph, sorted; diagnostic, and not part of
     * {@link #equals}: in a what-if session it also names rules whose conclusions were retracted since.
     */
    public List<String> firedRules() {
        return firedRules;
    }

    /** Every waiver given for this advice, in the order given, whether it matched, applied or expired. */
    public List<Waiver> waivers() {
        return waivers;
    }

    /** The waiver that accepts each waived finding, by node id, sorted by id. */
    public Map<String, Waiver> waived() {
        return waived;
    }

    /** The waiver that accepts this finding, if one does. */
    public Optional<Waiver> waiverOf(Node node) {
        return Optional.ofNullable(
                waived.get(Objects.requireNonNull(node, "node").id()));
    }

    /** Whether a waiver accepts this finding. */
    public boolean isWaived(Node node) {
        return waiverOf(node).isPresent();
    }

    /** Every finding ({@link Finding} node) that no waiver accepts, in graph order. */
    public List<Node> openFindings() {
        return nodes.stream()
                .filter(n -> n instanceof Finding && !waived.containsKey(n.id()))
                .toList();
    }

    /** The primary pattern recommendation, if one could be made. */
    public Optional<PatternAssessment> primaryPattern() {
        return nodes(PatternAssessment.class).stream()
                .filter(PatternAssessment::primary)
                .findFirst();
    }

    /** The clarifying questions, by dimension. */
    public List<ClarifyingQuestion> questions() {
        return nodes(ClarifyingQuestion.class);
    }

    /** The anti-pattern findings, by id. */
    public List<AntiPatternFinding> findings() {
        return nodes(AntiPatternFinding.class);
    }

    /** The pre-response checklist results, in the seed's order. */
    public List<ChecklistResult> checklist() {
        return nodes(ChecklistResult.class).stream()
                .sorted(Comparator.comparing(ChecklistResult::item))
                .toList();
    }

    /**
     * The same graph with every input fact of its provenance located: each {@link FactRef} gets the location
     * {@link SourceMap#find} gives for its path (where its value was written, or for an unknown value where its
     * enclosing section was), and loses any location the map does not know. An empty map gives a graph without
     * locations, equal to one advised from requirements built in Java.
     */
    public RecommendationGraph withSources(SourceMap sources) {
        Objects.requireNonNull(sources, "sources");
        Map<FactRef, FactRef> located = new HashMap<>();
        Map<String, Provenance> relocated = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, Provenance> e : provenance.entrySet()) {
            Provenance p = e.getValue();
            List<FactRef> facts = new ArrayList<>(p.facts().size());
            for (FactRef f : p.facts()) {
                facts.add(located.computeIfAbsent(
                        f, x -> x.at(sources.find(x.path()).orElse(null))));
            }
            facts.sort(null);
            changed |= !facts.equals(p.facts());
            relocated.put(e.getKey(), facts.equals(p.facts()) ? p : new Provenance(p.ruleId(), facts, p.derivedFrom()));
        }
        return changed ? new RecommendationGraph(nodes, edges, relocated, firedRules, waivers, waived) : this;
    }

    /** Why a node is in the graph: its rule, its facts, and recursively the nodes it was derived from. */
    public Explanation explain(Node node) {
        return explain(node, new HashSet<>());
    }

    private Explanation explain(Node node, Set<String> seen) {
        Provenance p = provenance(node);
        seen.add(node.id());
        List<Explanation> because = new ArrayList<>();
        for (String id : p.derivedFrom()) {
            Node from = byId.get(id);
            if (from != null && !seen.contains(id)) {
                because.add(explain(from, seen));
            }
        }
        return new Explanation(node, p, because);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecommendationGraph g
                && nodes.equals(g.nodes)
                && edges.equals(g.edges)
                && provenance.equals(g.provenance)
                && waivers.equals(g.waivers)
                && waived.equals(g.waived);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodes, edges, provenance, waivers, waived);
    }

    @Override
    public String toString() {
        return "RecommendationGraph[" + nodes.size() + " nodes, " + edges.size() + " edges"
                + (waived.isEmpty() ? "" : ", " + waived.size() + " waived") + "]";
    }

    /**
     * The graph with the waivers applied on {@code day}: each finding the first unexpired matching waiver accepts is
     * marked with it; each expired waiver becomes an {@link ExpiredWaiver} finding, derived from the findings it
     * names (which are not waived by it).
     */
    public RecommendationGraph withWaivers(List<Waiver> waivers, LocalDate day) {
        RecommendationGraph graph = this;
        Objects.requireNonNull(day, "day");
        List<Waiver> all = List.copyOf(waivers);
        Map<String, Waiver> waived = new LinkedHashMap<>(graph.waived());
        List<Node> nodes = new ArrayList<>(graph.nodes());
        Map<String, Provenance> provenance = new LinkedHashMap<>(graph.provenance());
        List<Edge> edges = new ArrayList<>(graph.edges());
        for (Node n : graph.nodes()) {
            if (!(n instanceof Finding f) || waived.containsKey(n.id())) {
                continue;
            }
            String rule = graph.provenance(n).ruleId();
            for (Waiver w : all) {
                if (!w.expiredOn(day) && w.matches(f, rule)) {
                    waived.put(n.id(), w);
                    break;
                }
            }
        }
        for (int i = 0; i < all.size(); i++) {
            Waiver w = all.get(i);
            if (!w.expiredOn(day)) {
                continue;
            }
            ExpiredWaiver expired = new ExpiredWaiver(w);
            TreeSet<String> named = new TreeSet<>();
            for (Node n : graph.nodes()) {
                if (n instanceof Finding f && w.matches(f, graph.provenance(n).ruleId())) {
                    named.add(n.id());
                    edges.add(new Edge(expired.id(), n.id(), EdgeType.DERIVED_FROM));
                }
            }
            if (provenance.putIfAbsent(
                            expired.id(),
                            new Provenance(
                                    ExpiredWaiver.CODE,
                                    List.of(new FactRef("waivers[" + i + "]", w.describe())),
                                    List.copyOf(named)))
                    == null) {
                nodes.add(expired);
            }
        }
        List<Waiver> given = new ArrayList<>(graph.waivers());
        given.addAll(all);
        return new RecommendationGraph(nodes, edges, provenance, graph.firedRules(), given, waived);
    }
}
