package io.archadvisor.adr;

import static io.archadvisor.render.MarkdownText.code;
import static io.archadvisor.render.MarkdownText.text;

import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.DeploymentStrategy;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.Mitigation;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.PatternSignal;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Risk;
import io.archadvisor.graph.Stance;
import io.archadvisor.graph.TechnologyChoice;
import io.archadvisor.graph.TradeOff;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Pattern;
import io.archadvisor.render.MarkdownText;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns a recommendation graph into Architecture Decision Records in the MADR 4 format: one for the architecture
 * style (the primary pattern and its complements), one per technology choice, one for the deployment strategy and one
 * per departure from the existing estate (an existing technology or decision the advice flags or argues against).
 * Each record has the MADR sections: status ({@code proposed} while an open question blocks the decision or anything
 * it rests on, otherwise {@code accepted}), context and problem statement (the facts it rests on), decision drivers,
 * considered options, decision outcome with consequences (trade-offs, risks and mitigations), pros and cons of the
 * options where several were assessed, and more information (provenance and open questions).
 *
 * <p>Immutable, thread-safe and deterministic: the same graph and date always give the same records, byte for byte.
 * The graph carries no date, so the front matter has a {@code date} only when one is given ({@link #withDate}, such as
 * the advice date).
 */
public final class AdrRenderer {

    /** The key of the architecture-style decision. */
    public static final String ARCHITECTURE_STYLE = "architecture-style";
    /** The key of the deployment-strategy decision. */
    public static final String DEPLOYMENT_STRATEGY = "deployment-strategy";
    /** The prefix of the keys of technology decisions, followed by the role. */
    public static final String TECHNOLOGY = "technology:";
    /** The prefix of the keys of departures from the existing estate, followed by what is departed from. */
    public static final String DEPARTURE = "departure:";

    private static final int MAX_SLUG = 60;
    private static final AdrRenderer STANDARD = new AdrRenderer(null);

    private final @Nullable LocalDate date;

    private AdrRenderer(@Nullable LocalDate date) {
        this.date = date;
    }

    /** A renderer without a date in the front matter. */
    public static AdrRenderer standard() {
        return STANDARD;
    }

    /** A renderer that dates new and updated records, such as with the advice date; {@code null} for no date. */
    public AdrRenderer withDate(@Nullable LocalDate date) {
        return new AdrRenderer(date);
    }

    /** The date written into new and updated records, or {@code null}. */
    public @Nullable LocalDate date() {
        return date;
    }

    /** The records of a graph for an empty folder, numbered from 1 in the order of {@link #drafts}. */
    public List<AdrRecord> render(RecommendationGraph graph) {
        List<AdrRecord> records = new ArrayList<>();
        int number = 1;
        for (AdrDraft d : drafts(graph)) {
            records.add(new AdrRecord(
                    number++, d.slug(), d.key(), d.title(), d.status(), AdrText.compose(d, dateText(), null)));
        }
        return List.copyOf(records);
    }

    /**
     * The decisions of a graph, unnumbered: the architecture style, the deployment strategy, the technology choices by
     * role, then the departures from the existing estate by key. Keys are unique.
     */
    public List<AdrDraft> drafts(RecommendationGraph graph) {
        return new Run(Objects.requireNonNull(graph, "graph")).drafts();
    }

    @Nullable
    String dateText() {
        return date == null ? null : date.toString();
    }

    /** A slug of lower-case ASCII words joined by hyphens, at most 60 characters, never empty. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        String s = sb.toString();
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG);
            int cut = s.lastIndexOf('-');
            s = cut > MAX_SLUG / 2 ? s.substring(0, cut) : s;
        }
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "decision" : s;
    }

    // ------------------------------------------------------------------------------------------------ one graph

    /** The decisions of one graph: which nodes each rests on, and what belongs to which. */
    private static final class Run {

        private final RecommendationGraph g;
        private final Map<String, List<Mitigation>> mitigations;

        Run(RecommendationGraph g) {
            this.g = g;
            this.mitigations = mitigationsByTarget(g);
        }

        /** A decision before its text: key, title, outcome, the nodes it is made of, and how to write its body. */
        private static final class Decision {
            final String key;
            final String title;
            final String outcome;
            final List<Node> nodes;
            final List<TradeOff> tradeOffs = new ArrayList<>();
            final List<Risk> risks = new ArrayList<>();
            final Function<Decision, String> body;

            Decision(
                    String key,
                    String title,
                    String outcome,
                    List<? extends Node> nodes,
                    Function<Decision, String> body) {
                this.key = key;
                this.title = title;
                this.outcome = outcome;
                this.nodes = List.copyOf(nodes);
                this.body = body;
            }
        }

        List<AdrDraft> drafts() {
            List<Decision> decisions = new ArrayList<>();
            architectureStyle().ifPresent(decisions::add);
            deployment().ifPresent(decisions::add);
            decisions.addAll(technologies());
            decisions.addAll(departures());
            assignConsequences(decisions);
            List<AdrDraft> drafts = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (Decision d : decisions) {
                String key = d.key;
                for (int i = 2; !keys.add(key); i++) {
                    key = d.key + "-" + i;
                }
                drafts.add(new AdrDraft(key, slug(d.title), d.title, d.outcome, status(d.nodes), d.body.apply(d)));
            }
            return List.copyOf(drafts);
        }

        // -------------------------------------------------------------------------------------------- decisions

        private Optional<Decision> architectureStyle() {
            Optional<PatternAssessment> primary = g.primaryPattern();
            if (primary.isEmpty()) {
                return Optional.empty();
            }
            List<PatternAssessment> chosen = new ArrayList<>();
            chosen.add(primary.get());
            chosen.addAll(complements());
            String outcome = chosen.stream().map(a -> a.pattern().name()).collect(Collectors.joining("+"));
            String title = "Use " + phrase(primary.get().pattern());
            return Optional.of(new Decision(ARCHITECTURE_STYLE, title, outcome, chosen, this::styleBody));
        }

        private List<PatternAssessment> complements() {
            return g.nodes(PatternAssessment.class).stream()
                    .filter(a -> !a.primary()
                            && a.verdict() != Verdict.AVOID
                            && !a.pattern().structural())
                    .toList();
        }

        private Optional<Decision> deployment() {
            List<DeploymentStrategy> strategies = g.nodes(DeploymentStrategy.class);
            if (strategies.isEmpty()) {
                return Optional.empty();
            }
            List<String> codes =
                    strategies.stream().map(DeploymentStrategy::code).toList();
            String title =
                    "Use the " + joinWords(codes) + " deployment " + (codes.size() == 1 ? "strategy" : "strategies");
            return Optional.of(new Decision(
                    DEPLOYMENT_STRATEGY, title, String.join("+", codes), strategies, this::deploymentBody));
        }

        private List<Decision> technologies() {
            List<Decision> result = new ArrayList<>();
            for (TechnologyChoice t : g.nodes(TechnologyChoice.class)) {
                result.add(new Decision(
                        TECHNOLOGY + slug(t.role()),
                        "Use " + t.technology() + " for " + t.role(),
                        t.technology().strip().toLowerCase(Locale.ROOT),
                        List.of(t),
                        this::technologyBody));
            }
            return result;
        }

        /**
         * Departures: unwaived findings that rest directly on an existing technology or decision, and advice derived
         * from a pattern assessed as "avoid" that rests on an existing decision; grouped by what they depart from.
         */
        private List<Decision> departures() {
            Map<String, List<Node>> byEstate = new TreeMap<>();
            Map<String, FactRef> estateFact = new HashMap<>();
            for (Node n : g.nodes()) {
                FactRef existing = existingFact(n);
                if (existing == null) {
                    continue;
                }
                boolean departure = (n instanceof AntiPatternFinding && !g.isWaived(n))
                        || (n instanceof Guidance
                                && g.provenance(n).derivedFrom().stream()
                                        .map(g::node)
                                        .flatMap(Optional::stream)
                                        .anyMatch(
                                                d -> d instanceof PatternAssessment a && a.verdict() == Verdict.AVOID));
                if (departure) {
                    String what = existing.value() == null ? existing.path() : existing.value();
                    byEstate.computeIfAbsent(what, k -> new ArrayList<>()).add(n);
                    estateFact.putIfAbsent(what, existing);
                }
            }
            List<Decision> result = new ArrayList<>();
            byEstate.forEach((what, nodes) -> result.add(new Decision(
                    DEPARTURE + slug(what),
                    "Depart from the existing " + what,
                    nodes.stream().map(Node::id).sorted().collect(Collectors.joining("+")),
                    nodes,
                    d -> departureBody(
                            d, what, Objects.requireNonNull(estateFact.get(what), "every estate has its fact")))));
            return result;
        }

        private @Nullable FactRef existingFact(Node n) {
            return g.provenance(n).facts().stream()
                    .filter(f -> f.path().startsWith("existing."))
                    .findFirst()
                    .orElse(null);
        }

        /**
         * Each trade-off and risk goes to the decision nearest to it along its provenance (what it was derived from,
         * recursively); one derived from none of them is a consequence of the architecture style, if there is one.
         */
        private void assignConsequences(List<Decision> decisions) {
            Map<String, Decision> byNode = new HashMap<>();
            for (Decision d : decisions) {
                for (Node n : d.nodes) {
                    byNode.putIfAbsent(n.id(), d);
                }
            }
            Decision fallback = decisions.stream()
                    .filter(d -> d.key.equals(ARCHITECTURE_STYLE))
                    .findFirst()
                    .orElse(null);
            for (Node n : g.nodes()) {
                if (!(n instanceof TradeOff) && !(n instanceof Risk)) {
                    continue;
                }
                Decision owner = nearest(n, byNode, decisions);
                owner = owner == null ? fallback : owner;
                if (owner != null && n instanceof TradeOff t) {
                    owner.tradeOffs.add(t);
                } else if (owner != null && n instanceof Risk r) {
                    owner.risks.add(r);
                }
            }
        }

        private @Nullable Decision nearest(Node start, Map<String, Decision> byNode, List<Decision> order) {
            Set<String> seen = new HashSet<>(List.of(start.id()));
            List<String> level = g.provenance(start).derivedFrom();
            while (!level.isEmpty()) {
                Decision best = null;
                for (String id : level) {
                    Decision d = byNode.get(id);
                    if (d != null && (best == null || order.indexOf(d) < order.indexOf(best))) {
                        best = d;
                    }
                }
                if (best != null) {
                    return best;
                }
                List<String> next = new ArrayList<>();
                for (String id : level) {
                    if (seen.add(id)) {
                        g.node(id).ifPresent(n -> next.addAll(g.provenance(n).derivedFrom()));
                    }
                }
                level = next;
            }
            return null;
        }

        // ------------------------------------------------------------------------------------------ provisional

        /** The nodes a decision rests on: its own and, recursively, those they were derived from. */
        private List<Node> ancestry(List<Node> nodes) {
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            nodes.forEach(n -> todo.add(n.id()));
            while (!todo.isEmpty()) {
                String id = todo.poll();
                if (seen.add(id)) {
                    g.node(id).ifPresent(n -> todo.addAll(g.provenance(n).derivedFrom()));
                }
            }
            return seen.stream()
                    .map(g::node)
                    .flatMap(Optional::stream)
                    .sorted(RecommendationGraph.NODE_ORDER)
                    .toList();
        }

        private AdrStatus status(List<Node> nodes) {
            for (Node n : ancestry(nodes)) {
                if ((n instanceof PatternAssessment a && a.provisional())
                        || !blockers(n).isEmpty()) {
                    return AdrStatus.PROPOSED;
                }
            }
            return AdrStatus.ACCEPTED;
        }

        private List<ClarifyingQuestion> blockers(Node n) {
            List<ClarifyingQuestion> result = new ArrayList<>();
            for (Edge e : g.edgesFrom(n)) {
                if (e.type() == EdgeType.BLOCKED_BY) {
                    g.node(e.to())
                            .filter(ClarifyingQuestion.class::isInstance)
                            .map(ClarifyingQuestion.class::cast)
                            .ifPresent(result::add);
                }
            }
            return result;
        }

        private List<ClarifyingQuestion> openQuestions(List<Node> nodes) {
            Set<ClarifyingQuestion> questions = new TreeSet<>(Comparator.comparing(ClarifyingQuestion::id));
            for (Node n : ancestry(nodes)) {
                questions.addAll(blockers(n));
            }
            return List.copyOf(questions);
        }

        private List<FactRef> facts(List<Node> nodes) {
            Set<FactRef> all = new TreeSet<>();
            for (Node n : nodes) {
                all.addAll(g.explain(n).allFacts());
            }
            return List.copyOf(all);
        }

        // ------------------------------------------------------------------------------------------------ bodies

        private String styleBody(Decision d) {
            Md md = new Md();
            List<PatternAssessment> all = options();
            PatternAssessment primary = (PatternAssessment) d.nodes.get(0);
            md.heading("Context and Problem Statement");
            md.para("Which architecture style should the system follow? The advice assessed "
                    + count(all.size(), "pattern")
                    + " of the seed's pattern table against the requirements; the primary pattern decides"
                    + " the deployment structure, and complementary patterns shape parts of it. The decision rests on"
                    + " these facts:");
            md.facts(facts(d.nodes));
            md.heading("Decision Drivers");
            List<PatternSignal> signals = g.nodes(PatternSignal.class).stream()
                    .sorted(Comparator.comparingInt((PatternSignal s) -> indexOf(all, s.pattern()))
                            .thenComparing(s -> s.stance())
                            .thenComparing(Comparator.comparingInt(PatternSignal::weight)
                                    .reversed())
                            .thenComparing(PatternSignal::id))
                    .toList();
            if (signals.isEmpty()) {
                md.para("No signal of the pattern table applied.");
            }
            for (PatternSignal s : signals) {
                md.item(text(s.pattern().label()) + ", " + stance(s) + " (" + weight(s) + "): " + text(s.rationale())
                        + " (rule " + code(g.provenance(s).ruleId()) + ")");
            }
            md.blank();
            md.heading("Considered Options");
            for (PatternAssessment a : all) {
                md.item(text(a.pattern().label()) + " — " + verdict(a) + ", score " + a.score() + role(a));
            }
            md.blank();
            md.heading("Decision Outcome");
            StringBuilder outcome = new StringBuilder("Chosen option: \""
                    + text(primary.pattern().label()) + "\", because " + text(decapitalize(primary.rationale())));
            for (Node n : d.nodes.subList(1, d.nodes.size())) {
                PatternAssessment c = (PatternAssessment) n;
                outcome.append("; complemented by \"")
                        .append(text(c.pattern().label()))
                        .append("\", because ")
                        .append(text(decapitalize(c.rationale())));
            }
            md.para(outcome.append('.').toString());
            provisionalNote(md, d);
            consequences(md, d, "No trade-off or risk was derived for the architecture style.");
            md.heading("Pros and Cons of the Options");
            for (PatternAssessment a : all) {
                md.heading3(text(a.pattern().label()));
                md.para(capitalize(verdict(a)) + ", score " + a.score() + role(a) + ".");
                List<PatternSignal> own =
                        signals.stream().filter(s -> s.pattern() == a.pattern()).toList();
                if (own.isEmpty()) {
                    md.item("Neutral, because no signal of the pattern table applied to it");
                }
                for (PatternSignal s : own) {
                    md.item((s.stance() == Stance.BEST_FOR ? "Good" : "Bad") + ", because " + text(s.rationale()) + " ("
                            + weight(s) + ")");
                }
                md.blank();
            }
            moreInformation(md, d, all);
            return md.toString();
        }

        private List<PatternAssessment> options() {
            return g.nodes(PatternAssessment.class).stream()
                    .sorted(Comparator.comparingInt((PatternAssessment a) -> a.primary() ? 0 : 1)
                            .thenComparing(a -> role(a).contains("complement") ? 0 : 1)
                            .thenComparing(PatternAssessment::verdict)
                            .thenComparing(Comparator.comparingInt(PatternAssessment::score)
                                    .reversed())
                            .thenComparing(PatternAssessment::id))
                    .toList();
        }

        private String technologyBody(Decision d) {
            TechnologyChoice t = (TechnologyChoice) d.nodes.get(0);
            String option = t.technology() + (t.version() == null ? "" : " " + t.version());
            Md md = new Md();
            md.heading("Context and Problem Statement");
            md.para("Which technology should fill the role " + code(t.role()) + " in the design? The choice rests"
                    + " on these facts:");
            md.facts(facts(d.nodes));
            md.heading("Decision Drivers");
            drivers(md, t, t.rationale());
            md.heading("Considered Options");
            md.item(text(option));
            md.blank();
            md.para("No alternative was assessed: the rules choose one technology for each role from the requirements,"
                    + " the team's skills and the technology catalog.");
            md.heading("Decision Outcome");
            md.para("Chosen option: \"" + text(option) + "\", because " + text(decapitalize(t.rationale())) + ".");
            md.item("Version: "
                    + (t.version() == null ? "unconfirmed — verify against current documentation" : text(t.version())));
            md.item("Documentation: "
                    + (t.docsUrl() == null
                            ? "none recorded"
                            : MarkdownText.link(t.technology() + " docs", t.docsUrl())));
            md.blank();
            provisionalNote(md, d);
            consequences(md, d, "No trade-off or risk was derived for this choice.");
            moreInformation(md, d, List.of());
            return md.toString();
        }

        private String deploymentBody(Decision d) {
            Md md = new Md();
            md.heading("Context and Problem Statement");
            md.para("How is the system released, and how is a bad release rolled back? The strategy rests on these"
                    + " facts:");
            md.facts(facts(d.nodes));
            md.heading("Decision Drivers");
            for (Node n : d.nodes) {
                drivers(md, n, null);
            }
            md.heading("Considered Options");
            for (Node n : d.nodes) {
                md.item(text(((DeploymentStrategy) n).code()));
            }
            md.blank();
            md.para("No alternative was assessed: the rules derive the strategy from the availability target, the"
                    + " primary pattern and the platform.");
            md.heading("Decision Outcome");
            for (Node n : d.nodes) {
                DeploymentStrategy s = (DeploymentStrategy) n;
                md.para("Chosen option: \"" + text(s.code()) + "\", because " + text(decapitalize(s.approach())) + ".");
                md.item("Pipeline: " + text(s.pipeline()));
                md.item("Rollback: " + text(s.rollback()));
                md.blank();
            }
            provisionalNote(md, d);
            consequences(md, d, "No trade-off or risk was derived for the deployment strategy.");
            moreInformation(md, d, List.of());
            return md.toString();
        }

        private String departureBody(Decision d, String what, FactRef estate) {
            Md md = new Md();
            md.heading("Context and Problem Statement");
            md.para("The existing estate has " + code(estate.toString()) + ", and the advice does not keep it as it"
                    + " is. Should the team depart from it? The decision rests on these facts:");
            md.facts(facts(d.nodes));
            md.heading("Decision Drivers");
            for (Node n : d.nodes) {
                md.item(driver(n));
            }
            md.blank();
            String keep = "Keep " + what + " as it is";
            String depart = "Depart from " + what;
            md.heading("Considered Options");
            md.item(text(keep));
            md.item(text(depart));
            md.blank();
            md.heading("Decision Outcome");
            md.para("Chosen option: \"" + text(depart) + "\", because " + text(decapitalize(evidence(d.nodes.get(0))))
                    + (d.nodes.size() > 1 ? " (and " + count(d.nodes.size() - 1, "more reason") + " below)" : "")
                    + ".");
            Set<String> steps = new LinkedHashSet<>();
            for (Node n : d.nodes) {
                steps.add("Do: " + text(remedy(n)));
                if (n instanceof AntiPatternFinding f && f.migrationPath() != null) {
                    steps.add("Migration path: " + text(f.migrationPath()));
                }
            }
            steps.forEach(md::item);
            md.blank();
            provisionalNote(md, d);
            consequences(md, d, null);
            md.heading("Pros and Cons of the Options");
            md.heading3(text(keep));
            md.item("Good, because it needs no migration work");
            for (Node n : d.nodes) {
                md.item("Bad, because " + text(decapitalize(evidence(n))));
            }
            md.blank();
            md.heading3(text(depart));
            for (Node n : d.nodes) {
                md.item("Good, because it resolves " + code(label(n))
                        + (n instanceof AntiPatternFinding f
                                ? " (" + f.severity().name().toLowerCase(Locale.ROOT) + ")"
                                : ""));
            }
            md.item("Bad, because changing what is already in place takes migration work and a rollout of its own");
            md.blank();
            moreInformation(md, d, List.of());
            return md.toString();
        }

        // ------------------------------------------------------------------------------------------------ pieces

        /** The rationale's sentences and the conclusions a node was derived from, as decision drivers. */
        private void drivers(Md md, Node n, @Nullable String rationale) {
            int before = md.length();
            if (rationale != null) {
                for (String sentence : rationale.split("(?<=[.;!?])\\s+(?=[A-Z])")) {
                    if (!sentence.isBlank()) {
                        md.item(text(sentence.strip()));
                    }
                }
            }
            for (String id : g.provenance(n).derivedFrom()) {
                g.node(id)
                        .ifPresent(from -> md.item((from instanceof PatternAssessment a
                                        ? text(a.pattern().label()) + " — " + verdict(a) + role(a)
                                                + (a.provisional() ? ", provisional" : "")
                                        : text(gist(from.summary())))
                                + " (" + code(id) + ")"));
            }
            for (FactRef f : g.provenance(n).facts()) {
                if (rationale == null) {
                    md.item(code(f.toString()));
                }
            }
            if (md.length() == before) {
                md.item("the facts above");
            }
            md.blank();
        }

        private String driver(Node n) {
            if (n instanceof AntiPatternFinding f) {
                return "**" + capitalize(f.severity().name().toLowerCase(Locale.ROOT)) + "** " + code(f.code()) + ": "
                        + text(f.evidence());
            }
            return text(evidence(n)) + " (" + code(label(n)) + ")";
        }

        private static String evidence(Node n) {
            if (n instanceof AntiPatternFinding f) {
                return f.evidence();
            }
            return n instanceof Guidance gd ? gd.rationale() : n.summary();
        }

        private static String remedy(Node n) {
            if (n instanceof AntiPatternFinding f) {
                return f.remediation();
            }
            return n instanceof Guidance gd ? gd.advice() : n.summary();
        }

        private static String label(Node n) {
            if (n instanceof AntiPatternFinding f) {
                return f.code();
            }
            return n instanceof Guidance gd ? gd.code() : n.id();
        }

        private void provisionalNote(Md md, Decision d) {
            if (status(d.nodes) == AdrStatus.PROPOSED) {
                List<ClarifyingQuestion> open = openQuestions(d.nodes);
                md.para(
                        open.isEmpty()
                                ? "The decision is provisional: the assessment it rests on may change as open questions are"
                                        + " answered."
                                : "The decision is provisional until "
                                        + (open.size() == 1
                                                ? "the open question"
                                                : "the " + open.size() + " open questions")
                                        + " under More Information "
                                        + (open.size() == 1 ? "is" : "are") + " answered.");
            }
        }

        private void consequences(Md md, Decision d, @Nullable String none) {
            md.heading3("Consequences");
            boolean any = false;
            for (TradeOff t : d.tradeOffs) {
                md.item("Good, because it optimizes for " + text(t.optimizesFor()) + " (trade-off " + code(t.code())
                        + ": " + text(t.subject()) + ")");
                md.item("Bad, because the price is " + text(t.sacrifices()) + " (trade-off " + code(t.code()) + ")");
                any = true;
            }
            List<Risk> risks = d.risks.stream()
                    .sorted(Comparator.comparing(Risk::severity).reversed().thenComparing(Risk::id))
                    .toList();
            for (Risk r : risks) {
                md.item("Risk, " + r.severity().name().toLowerCase(Locale.ROOT) + ": " + text(r.description()) + " ("
                        + code(r.code()) + ")");
                mitigations(md, r);
                any = true;
            }
            if (d.key.startsWith(DEPARTURE)) {
                for (Node n : d.nodes) {
                    if (!mitigations.getOrDefault(n.id(), List.of()).isEmpty()) {
                        md.item("Mitigating " + code(label(n)) + ":");
                        mitigations(md, n);
                        any = true;
                    }
                }
            }
            if (!any && none != null) {
                md.item("Neutral, because " + decapitalize(none.substring(0, none.length() - 1)));
            } else if (!any) {
                md.item("Neutral, because no trade-off, risk or mitigation was derived for this departure");
            }
            md.blank();
        }

        private void mitigations(Md md, Node target) {
            List<Mitigation> ms = mitigations.getOrDefault(target.id(), List.of());
            if (ms.isEmpty()) {
                md.subItem("Mitigation: none was derived yet");
            }
            for (Mitigation m : ms) {
                md.subItem("Mitigation: " + text(m.action()) + " (" + code(m.code()) + ")");
            }
        }

        private void moreInformation(Md md, Decision d, List<? extends Node> extra) {
            md.heading("More Information");
            md.para("Provenance: every conclusion names the rule that derived it, the input facts that rule matched"
                    + " and the conclusions it rests on.");
            Set<Node> shown = new LinkedHashSet<>(d.nodes);
            shown.addAll(extra);
            shown.addAll(d.tradeOffs);
            shown.addAll(d.risks);
            for (Node n : shown) {
                md.item(code(n.id()) + ": " + why(n));
            }
            md.blank();
            List<ClarifyingQuestion> open = openQuestions(d.nodes);
            if (open.isEmpty()) {
                md.para("Open questions: none blocks this decision.");
            } else {
                md.para("Open questions that keep this decision provisional:");
                for (ClarifyingQuestion q : open) {
                    md.item(code(q.dimension().path()) + ": " + text(q.question()) + " " + text(q.whyItMatters())
                            + (q.blocks().isEmpty() ? "" : " Decides: " + text(String.join(", ", q.blocks())) + "."));
                }
                md.blank();
            }
        }

        private String why(Node n) {
            Provenance p = g.provenance(n);
            StringBuilder sb = new StringBuilder("rule ").append(code(p.ruleId()));
            if (!p.facts().isEmpty()) {
                sb.append("; facts ")
                        .append(p.facts().stream().map(f -> code(f.toString())).collect(Collectors.joining(", ")));
            }
            if (!p.derivedFrom().isEmpty()) {
                sb.append("; from ")
                        .append(p.derivedFrom().stream().map(MarkdownText::code).collect(Collectors.joining(", ")));
            }
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------- words

    private static String phrase(Pattern p) {
        return switch (p) {
            case MODULAR_MONOLITH -> "a modular monolith";
            case MICROSERVICES -> "microservices";
            case SERVERLESS -> "a serverless architecture";
            case EDGE -> "edge computing";
            case EVENT_DRIVEN -> "an event-driven architecture";
        };
    }

    private static int indexOf(List<PatternAssessment> options, Pattern p) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).pattern() == p) {
                return i;
            }
        }
        return options.size();
    }

    private static String stance(PatternSignal s) {
        return s.stance() == Stance.BEST_FOR ? "best for" : "avoid when";
    }

    private static String weight(PatternSignal s) {
        return (s.stance() == Stance.BEST_FOR ? "+" : "−") + s.weight();
    }

    private static String verdict(PatternAssessment a) {
        return a.verdict().name().toLowerCase(Locale.ROOT);
    }

    private static String role(PatternAssessment a) {
        if (a.primary()) {
            return ", primary";
        }
        if (a.verdict() != Verdict.AVOID && !a.pattern().structural()) {
            return ", complement";
        }
        return "";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String joinWords(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** Words that start a rationale as ordinary words, not names, so "because" may lower-case them. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a",
            "an",
            "the",
            "this",
            "that",
            "these",
            "those",
            "no",
            "every",
            "each",
            "all",
            "its",
            "it",
            "there",
            "one",
            "with",
            "without",
            "for",
            "in",
            "on",
            "at",
            "when",
            "since",
            "as",
            "background",
            "transactional",
            "cache",
            "ops",
            "running",
            "chosen",
            "rolling",
            "canary",
            "blue-green",
            "replace",
            "release",
            "several",
            "two",
            "both",
            "only",
            "nothing",
            "none");

    /**
     * The text with its first letter in lower case when its first word is an ordinary word ("The team" but not
     * "PostgreSQL" or "Modular Monolith"), so it reads on after "because".
     */
    static String decapitalize(String s) {
        String t = MarkdownText.oneLine(s).strip();
        int end = 0;
        while (end < t.length()
                && !Character.isWhitespace(t.charAt(end))
                && t.charAt(end) != ':'
                && t.charAt(end) != ',') {
            end++;
        }
        String first = t.substring(0, end);
        if (first.length() > 0
                && Character.isUpperCase(first.charAt(0))
                && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT))
                && FUNCTION_WORDS.contains(first.toLowerCase(Locale.ROOT))) {
            return Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    /**
     * A long text cut to its first clause (up to a colon, semicolon or full stop after at least 20 characters), at most
     * 160 characters, for a conclusion named as a driver; short texts stay whole.
     */
    static String gist(String s) {
        String t = MarkdownText.oneLine(s).strip();
        if (t.length() <= 160) {
            return t;
        }
        for (int i = 20; i < 160; i++) {
            char c = t.charAt(i);
            if ((c == ':' || c == ';' || c == '.') && i + 1 < t.length() && t.charAt(i + 1) == ' ') {
                return t.substring(0, i) + " …";
            }
        }
        int space = t.lastIndexOf(' ', 160);
        return t.substring(0, space > 20 ? space : 160) + " …";
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The mitigations of each node, by the mitigated node's id: a mitigation counts for the node its
     * {@link Mitigation#mitigates()} names and for every node it has a {@link EdgeType#MITIGATES} edge to.
     */
    private static Map<String, List<Mitigation>> mitigationsByTarget(RecommendationGraph graph) {
        Map<String, Set<Mitigation>> byTarget = new LinkedHashMap<>();
        for (Mitigation m : graph.nodes(Mitigation.class)) {
            byTarget.computeIfAbsent(m.mitigates(), k -> new LinkedHashSet<>()).add(m);
            for (Edge e : graph.edgesFrom(m)) {
                if (e.type() == EdgeType.MITIGATES) {
                    byTarget.computeIfAbsent(e.to(), k -> new LinkedHashSet<>()).add(m);
                }
            }
        }
        Map<String, List<Mitigation>> result = new HashMap<>();
        byTarget.forEach((k, v) ->
                result.put(k, v.stream().sorted(RecommendationGraph.NODE_ORDER).toList()));
        return result;
    }

    /** A small Markdown builder: headings, paragraphs and list items, blank lines between blocks. */
    private static final class Md {
        private final StringBuilder sb = new StringBuilder();

        void heading(String title) {
            blank();
            sb.append("## ").append(title).append("\n\n");
        }

        void heading3(String title) {
            blank();
            sb.append("### ").append(title).append("\n\n");
        }

        void para(String markdown) {
            blank();
            sb.append(markdown).append("\n\n");
        }

        void item(String markdown) {
            sb.append("- ").append(markdown).append('\n');
        }

        void subItem(String markdown) {
            sb.append("  - ").append(markdown).append('\n');
        }

        void facts(List<FactRef> facts) {
            if (facts.isEmpty()) {
                para("(no input facts: the rules derived it from the pack's defaults)");
                return;
            }
            for (FactRef f : facts) {
                item(code(f.toString()));
            }
            blank();
        }

        void blank() {
            int n = sb.length();
            if (n > 0 && !(n >= 2 && sb.charAt(n - 1) == '\n' && sb.charAt(n - 2) == '\n')) {
                sb.append('\n');
            }
        }

        int length() {
            return sb.length();
        }

        @Override
        public String toString() {
            String s = sb.toString();
            while (s.endsWith("\n\n")) {
                s = s.substring(0, s.length() - 1);
            }
            return s;
        }
    }
}
