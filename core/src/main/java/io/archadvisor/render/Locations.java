package io.archadvisor.render;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Location;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Where in the requirements the renderers point a node at: the located input facts it rests on. */
final class Locations {

    private Locations() {}

    /**
     * The located input facts a node rests on, one per location, in the order a reader should see them: the node's
     * own facts first (known values before unknown ones, then by path), then those of the nodes it was derived from,
     * breadth first. The first is where the node points; empty when no fact it rests on has a location.
     */
    static List<FactRef> located(RecommendationGraph graph, Node node) {
        Map<Location, FactRef> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<Node> queue = new ArrayDeque<>();
        queue.add(node);
        seen.add(node.id());
        while (!queue.isEmpty()) {
            Node n = queue.removeFirst();
            Provenance p = graph.provenance(n);
            List<FactRef> known = new ArrayList<>();
            List<FactRef> unknown = new ArrayList<>();
            for (FactRef f : p.facts()) {
                if (f.location() != null) {
                    (f.unknown() ? unknown : known).add(f);
                }
            }
            known.forEach(f -> out.putIfAbsent(f.location(), f));
            unknown.forEach(f -> out.putIfAbsent(f.location(), f));
            for (String id : p.derivedFrom()) {
                if (seen.add(id)) {
                    graph.node(id).ifPresent(queue::addLast);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** The location of a fact {@link #located} gives, which has one. */
    static Location location(FactRef located) {
        return Objects.requireNonNull(located.location(), "located(graph, node) gives located facts only");
    }

    /** The location a node points at: that of the first fact {@link #located} gives. */
    static Optional<Location> primary(RecommendationGraph graph, Node node) {
        List<FactRef> facts = located(graph, node);
        return facts.isEmpty() ? Optional.empty() : Optional.of(location(facts.get(0)));
    }

    /**
     * The file the graph's requirements were mostly read from: the source most located facts name (the first by name
     * on a tie), or empty when no fact has a location.
     */
    static Optional<String> mainSource(RecommendationGraph graph) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Provenance p : graph.provenance().values()) {
            for (FactRef f : p.facts()) {
                if (f.location() != null) {
                    counts.merge(f.location().source(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    /**
     * A name given for a file as a URI reference: kept when it already is one (such as {@code requirements/system.yaml},
     * {@code my%20system.yaml} or {@code https://example.org/system.yaml}), else read as a file name by {@link #uri}:
     * an absolute path, a path with backslashes, or one with characters a URI does not allow.
     */
    static String reference(String name) {
        boolean path = name.indexOf('\\') >= 0 || name.startsWith("/") || name.matches("[A-Za-z]:.*");
        if (!path) {
            try {
                new URI(name);
                return name;
            } catch (URISyntaxException e) {
                // not a URI reference: a file name
            }
        }
        return uri(name);
    }

    /**
     * A file name as a URI reference: a relative path with forward slashes ({@code ./} dropped), an absolute path as a
     * {@code file:} URI, and anything that already is an absolute URI as it is; characters a URI does not allow are
     * percent-encoded.
     */
    static String uri(String source) {
        String s = source.replace('\\', '/');
        try {
            if (s.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && new URI(s).isAbsolute() && !s.matches("[A-Za-z]:/.*")) {
                return new URI(s).toASCIIString();
            }
        } catch (URISyntaxException e) {
            // not a URI: a file name
        }
        if (s.matches("[A-Za-z]:/.*")) {
            s = "/" + s;
        }
        try {
            if (s.startsWith("/")) {
                return new URI("file", "", s, null).toASCIIString();
            }
            while (s.startsWith("./")) {
                s = s.substring(2);
            }
            int slash = s.indexOf('/');
            if ((slash < 0 ? s : s.substring(0, slash)).contains(":")) {
                s = "./" + s; // a colon in the first segment would read as a scheme
            }
            return new URI(null, null, s, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new InvalidValueException("The file name `" + source + "` cannot be written as a URI", e);
        }
    }
}
