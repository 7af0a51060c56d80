package io.archadvisor.benchmarks;

import io.archadvisor.facts.Dimension;
import io.archadvisor.facts.Values;
import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.PatternSignal;
import io.archadvisor.graph.Stance;
import io.archadvisor.graph.TradeOff;
import io.archadvisor.graph.Verdict;
import io.archadvisor.model.Clarity;
import io.archadvisor.model.ComplianceRegime;
import io.archadvisor.model.DecisionTopic;
import io.archadvisor.model.Domain;
import io.archadvisor.model.ExistingInfrastructure;
import io.archadvisor.model.Level;
import io.archadvisor.model.LoadShape;
import io.archadvisor.model.Nfrs;
import io.archadvisor.model.Pattern;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Stage;
import io.archadvisor.model.Team;
import io.archadvisor.model.Timeline;
import io.archadvisor.model.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The floor: five representative decisions of the seed pack hand-coded in plain Java over the same
 * {@link Requirements}, producing the same nodes the rules of {@code patterns.drl} and {@code questions.drl} produce.
 * The decisions are (1) the pattern-table signals, (2) weighing them into a score and a verdict per pattern, (3) the
 * primary pattern, with the start-simple fallback, (4) clarifying questions for unknown dimensions (some only in
 * context, such as the RPO under a high availability target) and the edges that block a provisional verdict on them, and (5) the trade-offs of each recommended pattern. There is no provenance and
 * no truth maintenance: it is the cost of deciding and nothing else.
 */
public final class PlainJavaFloor {

    /** What the floor decides: nodes and the relations between them, in decision order. */
    public record Advice(List<Node> nodes, List<Edge> edges) {

        /** Copies the lists. */
        public Advice {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }

        /** The primary pattern, if any. */
        public PatternAssessment primary() {
            for (Node n : nodes) {
                if (n instanceof PatternAssessment a && a.primary()) {
                    return a;
                }
            }
            return null;
        }
    }

    private record Question(
            Dimension dimension, String question, String why, String blocks, Predicate<Requirements> unknown) {}

    private static final String PATTERN_SELECTION = "pattern-selection";

    private static final List<Question> QUESTIONS = List.of(
            new Question(
                    Dimension.TEAM_SIZE,
                    "How many engineers will build and run the system, now and in a year?",
                    "Team size decides between a modular monolith (teams < 20) and microservices (large teams).",
                    PATTERN_SELECTION,
                    r -> r.team() == null || r.team().size() == null),
            new Question(
                    Dimension.DOMAIN_CLARITY,
                    "How well are the business domain and its boundaries understood: unclear, emerging or clear?",
                    "Unclear domains favour a modular monolith; microservices need clear, stable boundaries.",
                    PATTERN_SELECTION,
                    r -> r.domain() == null || r.domain().clarity() == null),
            new Question(
                    Dimension.DOMAIN_INDEPENDENT_SCALING,
                    "Must some parts of the system scale independently of the others?",
                    "Independent scaling is the main reason to leave a modular monolith for services.",
                    PATTERN_SELECTION,
                    r -> r.domain() == null || r.domain().independentScaling() == null),
            new Question(
                    Dimension.TIMELINE_STAGE,
                    "What stage is the product at: idea, MVP, growth or mature?",
                    "Early-stage products need rapid iteration; microservices are to be avoided there.",
                    PATTERN_SELECTION,
                    r -> r.timeline() == null || r.timeline().stage() == null),
            new Question(
                    Dimension.WORKLOAD_SHAPE,
                    "Is the load steady, spiky or seasonal?",
                    "Spiky workloads favour serverless; steady ones favour provisioned compute.",
                    PATTERN_SELECTION,
                    r -> r.workload() == null || r.workload().shape() == null),
            new Question(
                    Dimension.NFR_LATENCY,
                    "What p99 latency must the system meet, in milliseconds?",
                    "Latency-critical paths rule out serverless cold starts and may call for edge compute.",
                    PATTERN_SELECTION,
                    r -> r.nfrs() == null || r.nfrs().latencyP99Ms() == null),
            new Question(
                    Dimension.SCALE_PROJECTED_LOAD,
                    "What peak load (requests per second) do you expect over the planning horizon?",
                    "Scaling out is justified only by evidence; the projection sets the scaling roadmap's triggers.",
                    "scaling-roadmap",
                    r -> r.scale() == null || r.scale().projectedRequestsPerSecond() == null),
            new Question(
                    Dimension.TEAM_EXPERTISE,
                    "Which languages, frameworks and platforms does the team know well?",
                    "Technologies are chosen by fit and team expertise, never by popularity.",
                    "technology-choices",
                    r -> r.team() == null || r.team().expertise() == null),
            new Question(
                    Dimension.BUDGET_MONTHLY,
                    "What monthly infrastructure budget is available, in US dollars?",
                    "The budget bounds managed services, regions and the total cost of ownership.",
                    "technology-choices",
                    r -> r.budget() == null || r.budget().monthlyUsd() == null),
            new Question(
                    Dimension.TIMELINE_FIRST_RELEASE,
                    "How many months until the first release?",
                    "A short timeline favours the simplest viable design and managed services.",
                    "scaling-roadmap",
                    r -> r.timeline() == null || r.timeline().monthsToFirstRelease() == null),
            new Question(
                    Dimension.EXISTING_TECHNOLOGIES,
                    "Which technologies (with versions) already exist, and which must stay?",
                    "Advice must respect existing decisions and flag outdated or end-of-life technology.",
                    "technology-choices",
                    r -> r.existing() == null || r.existing().technologies() == null),
            new Question(
                    Dimension.EXISTING_TECH_DEBT,
                    "How much technical debt does the existing system carry: low, medium or high?",
                    "High debt changes the migration path and the order of the scaling roadmap.",
                    "scaling-roadmap",
                    r -> r.existing() == null || r.existing().techDebt() == null),
            new Question(
                    Dimension.NFR_AVAILABILITY,
                    "What availability must the system meet, in percent (for example 99.9)?",
                    "The availability target decides redundancy: instances, zones, regions and failover.",
                    "reliability",
                    r -> r.nfrs() == null || r.nfrs().availabilityPercent() == null),
            new Question(
                    Dimension.NFR_COMPLIANCE,
                    "Which compliance regimes apply (GDPR, HIPAA, PCI-DSS, SOC 2, none)?",
                    "Compliance regimes decide encryption, audit logging, residency and retention.",
                    "security-and-compliance",
                    r -> r.nfrs() == null || r.nfrs().compliance() == null),
            new Question(
                    Dimension.DEPLOYMENT_ENVIRONMENT,
                    "Where will the system run: cloud, edge, hybrid or on-premises?",
                    "The environment decides the platform, the deployment strategy and edge options.",
                    "deployment-strategy",
                    r -> r.deployment() == null || r.deployment().environment() == null));

    private PlainJavaFloor() {}

    /** Makes the five decisions for these requirements. */
    public static Advice advise(Requirements r) {
        Objects.requireNonNull(r, "requirements");
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();

        // (1) the pattern table's signals
        List<PatternSignal> signals = signals(r);
        nodes.addAll(signals);

        // (4) clarifying questions: each unknown dimension that changes the advice, some only in context
        List<ClarifyingQuestion> blocking = new ArrayList<>();
        for (Question q : QUESTIONS) {
            if (q.unknown().test(r)) {
                ClarifyingQuestion cq =
                        new ClarifyingQuestion(q.dimension(), q.question(), q.why(), List.of(q.blocks()));
                nodes.add(cq);
                if (q.blocks().equals(PATTERN_SELECTION)) {
                    blocking.add(cq);
                }
            }
        }
        nodes.addAll(contextualQuestions(r, signals));
        List<ClarifyingQuestion> workload = workloadQuestions(r, signals);
        nodes.addAll(workload);
        blocking.addAll(workload);

        // (2) weighing: a score per pattern that has signals
        Map<Pattern, int[]> scores = new EnumMap<>(Pattern.class);
        Map<Pattern, List<String>> reasons = new EnumMap<>(Pattern.class);
        for (PatternSignal s : signals) {
            int[] sc = scores.computeIfAbsent(s.pattern(), p -> new int[2]);
            List<String> why = reasons.computeIfAbsent(s.pattern(), p -> new ArrayList<>());
            if (s.stance() == Stance.BEST_FOR) {
                sc[0] += s.weight();
                why.add("+" + s.weight() + " " + s.rationale());
            } else {
                sc[1] += s.weight();
                why.add("-" + s.weight() + " " + s.rationale());
            }
        }
        Map<Pattern, String> rationale = new EnumMap<>(Pattern.class);
        reasons.forEach((p, why) -> {
            Collections.sort(why);
            rationale.put(p, String.join("; ", why));
        });

        // (3) the primary pattern: the best structural score above zero, ties to the simpler pattern
        boolean provisional = !blocking.isEmpty();
        Pattern primary = null;
        for (Map.Entry<Pattern, int[]> e : scores.entrySet()) {
            int score = e.getValue()[0] - e.getValue()[1];
            if (e.getKey().structural()
                    && score > 0
                    && (primary == null || score > scores.get(primary)[0] - scores.get(primary)[1])) {
                primary = e.getKey(); // EnumMap iterates by ordinal, so ties keep the simpler pattern
            }
        }
        List<PatternAssessment> assessments = new ArrayList<>();
        if (primary == null && !scores.containsKey(Pattern.MODULAR_MONOLITH)) {
            assessments.add(new PatternAssessment(
                    Pattern.MODULAR_MONOLITH,
                    Verdict.RECOMMENDED,
                    0,
                    true,
                    provisional,
                    "No requirement argues for distribution, so start with the simplest viable option and keep a"
                            + " migration path open"
                            + (provisional ? "; provisional until the open questions are answered" : "")));
        }
        for (Map.Entry<Pattern, int[]> e : scores.entrySet()) {
            Pattern p = e.getKey();
            int bestFor = e.getValue()[0];
            int avoid = e.getValue()[1];
            int score = bestFor - avoid;
            String why = rationale.get(p);
            if (score <= 0) {
                assessments.add(new PatternAssessment(
                        p,
                        Verdict.AVOID,
                        score,
                        false,
                        false,
                        p.label() + " should be avoided (score " + score + "): " + why));
            } else if (p == primary) {
                assessments.add(new PatternAssessment(
                        p, Verdict.RECOMMENDED, score, true, provisional, p.label() + " scores " + score + ": " + why));
            } else if (p.structural()) {
                assessments.add(new PatternAssessment(
                        p,
                        Verdict.VIABLE,
                        score,
                        false,
                        false,
                        p.label() + " is viable but not the best fit (score " + score + "): " + why));
            } else if (avoid == 0) {
                assessments.add(new PatternAssessment(
                        p,
                        Verdict.RECOMMENDED,
                        score,
                        false,
                        provisional,
                        p.label() + " complements the primary pattern: " + why));
            } else {
                assessments.add(new PatternAssessment(
                        p,
                        Verdict.VIABLE,
                        score,
                        false,
                        false,
                        p.label() + " could complement the design, with reservations (score " + score + "): " + why));
            }
        }
        nodes.addAll(assessments);
        for (PatternAssessment a : assessments) {
            if (a.provisional()) {
                for (ClarifyingQuestion q : blocking) {
                    edges.add(new Edge(a.id(), q.id(), EdgeType.BLOCKED_BY));
                }
            }
        }

        // (5) the trade-offs of every recommended pattern
        for (PatternAssessment a : assessments) {
            if (a.verdict() == Verdict.RECOMMENDED) {
                nodes.add(tradeOff(a.pattern()));
            }
        }
        return new Advice(nodes, edges);
    }

    /** The workload questions that decide pattern selection, each asked only where its answer could. */
    private static List<ClarifyingQuestion> workloadQuestions(Requirements r, List<PatternSignal> signals) {
        Workload w = r.workload();
        boolean edgeSignal = signals.stream().anyMatch(s -> s.pattern() == Pattern.EDGE);
        boolean serverlessSignal = signals.stream().anyMatch(s -> s.pattern() == Pattern.SERVERLESS);
        boolean serverlessAvoided = signals.stream()
                .anyMatch(s -> s.pattern() == Pattern.SERVERLESS && s.stance() == Stance.AVOID_WHEN && s.weight() > 0);
        boolean edgeOrEventDriven = signals.stream()
                .anyMatch(s -> (s.pattern() == Pattern.EDGE || s.pattern() == Pattern.EVENT_DRIVEN)
                        && s.stance() == Stance.BEST_FOR
                        && s.weight() > 0);
        List<ClarifyingQuestion> out = new ArrayList<>();
        if (w == null || w.asyncWorkflows() == null) {
            out.add(workloadQuestion(
                    Dimension.WORKLOAD_ASYNC,
                    "Does any workflow run asynchronously (work handed off and finished later, such as order"
                            + " fulfilment or notifications)?",
                    "Asynchronous workflows favour event-driven designs and serverless; simple request-response CRUD"
                            + " without them argues against a broker."));
        }
        if ((w == null || w.longRunningJobs() == null) && !serverlessAvoided) {
            out.add(workloadQuestion(
                    Dimension.WORKLOAD_LONG_RUNNING,
                    "Does the system run long jobs (minutes or more: reports, imports, batch processing)?",
                    "Long-running work exceeds function time limits, so it rules serverless out for that work."));
        }
        if ((w == null || w.simpleCrud() == null) && edgeOrEventDriven) {
            out.add(workloadQuestion(
                    Dimension.WORKLOAD_SIMPLE_CRUD,
                    "Is the system mostly simple create-read-update-delete over its data?",
                    "Simple CRUD gains nothing from edge compute or a broker; both add cost and moving parts."));
        }
        if ((w == null || w.realTime() == null) && !edgeSignal) {
            out.add(workloadQuestion(
                    Dimension.WORKLOAD_REAL_TIME,
                    "Does anything need real-time interaction (live collaboration, gaming, AR/VR, live dashboards)?",
                    "Real-time interaction, with IoT devices or far-away users, is what edge computing is for."));
        }
        if ((w == null || w.geoDistributed() == null) && !edgeSignal) {
            out.add(workloadQuestion(
                    Dimension.WORKLOAD_GEO,
                    "Are the users spread across continents, far from any one region?",
                    "Geo-distributed users are a reason for edge computing; users near one region are served from"
                            + " that region."));
        }
        if ((w == null || w.iot() == null) && !edgeSignal) {
            out.add(workloadQuestion(
                    Dimension.WORKLOAD_IOT,
                    "Are IoT devices part of the system?",
                    "Real-time IoT is a reason to process data at the edge, close to the devices."));
        }
        if ((r.budget() == null || r.budget().costSensitivity() == null) && !serverlessSignal) {
            out.add(workloadQuestion(
                    Dimension.BUDGET_COST_SENSITIVITY,
                    "How sensitive is the project to infrastructure cost: low, medium or high?",
                    "Cost-sensitive, spiky workloads favour serverless, which costs nothing while idle."));
        }
        return out;
    }

    private static ClarifyingQuestion workloadQuestion(Dimension d, String question, String why) {
        return new ClarifyingQuestion(d, question, why, List.of(PATTERN_SELECTION));
    }

    private static List<ClarifyingQuestion> contextualQuestions(Requirements r, List<PatternSignal> signals) {
        List<ClarifyingQuestion> out = new ArrayList<>();
        Stage stage = r.timeline() == null ? null : r.timeline().stage();
        Nfrs n = r.nfrs();
        Double availability = n == null ? null : n.availabilityPercent();
        boolean highAvailability = availability != null && availability >= 99.9;
        Pattern style = r.proposal() == null ? null : r.proposal().style();
        boolean msSignal =
                signals.stream().anyMatch(s -> s.pattern() == Pattern.MICROSERVICES && s.stance() == Stance.BEST_FOR);
        ExistingInfrastructure e = r.existing();
        boolean msDecided = e != null
                && e.decisions() != null
                && e.decisions().stream()
                        .anyMatch(d -> d.topic() == DecisionTopic.ARCHITECTURE_STYLE
                                && d.choice().trim().toLowerCase(Locale.ROOT).equals("microservices"));
        if ((r.scale() == null || r.scale().currentRequestsPerSecond() == null) && stage != Stage.IDEA) {
            out.add(new ClarifyingQuestion(
                    Dimension.SCALE_CURRENT_LOAD,
                    "What peak load does the system serve today (requests per second), as measured?",
                    "A measured baseline is the evidence that justifies scaling out; without it, scaling is guesswork.",
                    List.of("scaling-roadmap")));
        }
        if (highAvailability && n.rpoMinutes() == null) {
            out.add(new ClarifyingQuestion(
                    Dimension.NFR_RPO,
                    "How much data, in minutes of writes, may be lost in a disaster (RPO)?",
                    "A high availability target needs a matching RPO: it decides synchronous or asynchronous"
                            + " replication and backup frequency.",
                    List.of("reliability")));
        }
        if (highAvailability && n.rtoMinutes() == null) {
            out.add(new ClarifyingQuestion(
                    Dimension.NFR_RTO,
                    "How long, in minutes, may recovery from a disaster take (RTO)?",
                    "A high availability target needs a matching RTO: it decides standby capacity, failover"
                            + " automation and rehearsals.",
                    List.of("reliability")));
        }
        if (n != null
                && n.compliance() != null
                && n.dataResidency() == null
                && (n.compliance().contains(ComplianceRegime.GDPR)
                        || n.compliance().contains(ComplianceRegime.FEDRAMP))) {
            out.add(new ClarifyingQuestion(
                    Dimension.NFR_DATA_RESIDENCY,
                    "In which regions or jurisdictions must the data, its backups and its logs stay?",
                    "The compliance regime restricts where personal or government data may be stored and processed;"
                            + " it decides regions and providers.",
                    List.of("security-and-compliance")));
        }
        if ((r.team() == null || r.team().opsMaturity() == null)
                && (style == Pattern.MICROSERVICES || msDecided || msSignal)) {
            out.add(new ClarifyingQuestion(
                    Dimension.TEAM_OPS_MATURITY,
                    "How mature is the team's operations practice (CI/CD, on-call, monitoring, infrastructure as"
                            + " code): low, medium or high?",
                    "Microservices multiply deployments, dashboards and on-call duties; low operations maturity makes"
                            + " them fail.",
                    List.of("operations")));
        }
        if (e == null || e.decisions() == null) {
            out.add(new ClarifyingQuestion(
                    Dimension.EXISTING_DECISIONS,
                    "Which architecture decisions are already recorded (architecture, API design and payment flow"
                            + " documents), and why were they taken?",
                    "Advice must respect established decisions, and explain itself wherever it departs from them.",
                    List.of("existing-decisions")));
        }
        if ((style == Pattern.MICROSERVICES || style == Pattern.EVENT_DRIVEN || style == Pattern.SERVERLESS)
                && (r.observability() == null || r.observability().traces() == null)) {
            out.add(new ClarifyingQuestion(
                    Dimension.OBSERVABILITY_TRACES,
                    "Will requests be traced end to end across services and queues (for example with"
                            + " OpenTelemetry)?",
                    "A distributed design without tracing cannot be debugged; it is a missing-observability"
                            + " anti-pattern.",
                    List.of("observability")));
        }
        if ((r.domain() == null || r.domain().boundedContexts() == null)
                && (style == Pattern.MICROSERVICES || msSignal)) {
            out.add(new ClarifyingQuestion(
                    Dimension.DOMAIN_CONTEXTS,
                    "Which bounded contexts (business capabilities with their own language and data) does the domain"
                            + " have?",
                    "Service and module boundaries should follow bounded contexts; without them, boundaries are"
                            + " guesses.",
                    List.of("service-boundaries")));
        }
        return out;
    }

    private static List<PatternSignal> signals(Requirements r) {
        List<PatternSignal> out = new ArrayList<>();
        Team team = r.team();
        Integer size = team == null ? null : team.size();
        Domain domain = r.domain();
        Clarity clarity = domain == null ? null : domain.clarity();
        Boolean independent = domain == null ? null : domain.independentScaling();
        Timeline timeline = r.timeline();
        Stage stage = timeline == null ? null : timeline.stage();
        Integer months = timeline == null ? null : timeline.monthsToFirstRelease();
        Workload w = r.workload();
        LoadShape shape = w == null ? null : w.shape();
        boolean async = w != null && Boolean.TRUE.equals(w.asyncWorkflows());
        boolean longRunning = w != null && Boolean.TRUE.equals(w.longRunningJobs());
        boolean realTime = w != null && Boolean.TRUE.equals(w.realTime());
        boolean iot = w != null && Boolean.TRUE.equals(w.iot());
        boolean geo = w != null && Boolean.TRUE.equals(w.geoDistributed());
        boolean audit = w != null && Boolean.TRUE.equals(w.auditTrail());
        boolean crud = w != null && Boolean.TRUE.equals(w.simpleCrud());
        Integer latency = r.nfrs() == null ? null : r.nfrs().latencyP99Ms();
        Level cost = r.budget() == null ? null : r.budget().costSensitivity();
        int contexts = domain == null || domain.boundedContexts() == null
                ? 0
                : domain.boundedContexts().size();
        boolean early = stage == Stage.IDEA || stage == Stage.MVP;

        Pattern mm = Pattern.MODULAR_MONOLITH;
        Pattern ms = Pattern.MICROSERVICES;
        Pattern sl = Pattern.SERVERLESS;
        Pattern edge = Pattern.EDGE;
        Pattern ed = Pattern.EVENT_DRIVEN;
        Stance best = Stance.BEST_FOR;
        Stance avoid = Stance.AVOID_WHEN;
        if (size != null && size < 20) {
            out.add(new PatternSignal(
                    mm, best, "team-under-20", 3, "a team of " + size + " engineers (< 20) can own one deployable"));
        }
        if (clarity == Clarity.UNCLEAR || clarity == Clarity.EMERGING) {
            out.add(new PatternSignal(
                    mm,
                    best,
                    "unclear-domain",
                    3,
                    "the domain is " + Values.display(clarity) + ", and module boundaries are cheap to move"));
        }
        if (early) {
            out.add(new PatternSignal(
                    mm,
                    best,
                    "rapid-iteration-stage",
                    2,
                    "the product is at the " + Values.display(stage) + " stage and needs rapid iteration"));
        }
        if (months != null && months <= 6) {
            out.add(new PatternSignal(
                    mm, best, "rapid-iteration-deadline", 1, "the first release is due in " + months + " months"));
        }
        if (Boolean.TRUE.equals(independent)) {
            out.add(new PatternSignal(
                    mm,
                    avoid,
                    "independent-scaling",
                    3,
                    "parts of the system must scale independently (domain.independentScaling = true)"));
        }
        if (size != null && size >= 20) {
            out.add(new PatternSignal(
                    ms,
                    best,
                    "large-team",
                    3,
                    "a team of " + size + " engineers (≥ 20) needs independently deployable units"));
        }
        if (clarity == Clarity.CLEAR) {
            out.add(new PatternSignal(
                    ms, best, "clear-domains", 2, "the domain boundaries are clear (domain.clarity = clear)"));
        }
        if (Boolean.TRUE.equals(independent)) {
            out.add(new PatternSignal(
                    ms,
                    best,
                    "independent-scale",
                    3,
                    "parts of the system must scale independently (domain.independentScaling = true)"));
        }
        if (size != null && size < 10) {
            out.add(new PatternSignal(
                    ms,
                    avoid,
                    "small-team",
                    3,
                    "a team of " + size + " engineers (< 10) cannot carry the operations of many services"));
        }
        if (early) {
            out.add(new PatternSignal(
                    ms,
                    avoid,
                    "early-stage",
                    3,
                    "the product is at the " + Values.display(stage) + " stage, before its boundaries are known"));
        }
        if (clarity == Clarity.UNCLEAR) {
            out.add(new PatternSignal(
                    ms,
                    avoid,
                    "unclear-domain",
                    3,
                    "the domain is unclear (domain.clarity = unclear), so service boundaries would be guesses"));
        }
        if (shape == LoadShape.SPIKY || shape == LoadShape.SEASONAL) {
            out.add(new PatternSignal(
                    sl,
                    best,
                    "spiky-workload",
                    3,
                    "the load is " + Values.display(shape) + ", which scale-to-zero compute absorbs"));
        }
        if (async) {
            out.add(new PatternSignal(
                    sl, best, "event-triggered", 1, "the workflows are asynchronous (workload.asyncWorkflows = true)"));
        }
        if (cost == Level.HIGH) {
            out.add(new PatternSignal(
                    sl, best, "cost-optimize", 2, "running cost matters a lot (budget.costSensitivity = high)"));
        }
        if (latency != null && latency < 100) {
            out.add(new PatternSignal(
                    sl,
                    avoid,
                    "latency-critical",
                    3,
                    "the p99 latency target is " + latency + " ms (< 100), and cold starts would break it"));
        }
        if (longRunning) {
            out.add(new PatternSignal(
                    sl,
                    avoid,
                    "long-running",
                    3,
                    "the system runs long-running jobs (workload.longRunningJobs = true), beyond function time"
                            + " limits"));
        }
        if (iot && realTime) {
            out.add(new PatternSignal(
                    edge,
                    best,
                    "real-time-iot",
                    3,
                    "IoT devices with real-time needs (workload.iot = true, workload.realTime = true) want"
                            + " processing nearby"));
        }
        if (realTime && latency != null && latency <= 50) {
            out.add(new PatternSignal(
                    edge,
                    best,
                    "interactive-real-time",
                    2,
                    "real-time interaction with a p99 target of " + latency + " ms (≤ 50, AR/VR class) needs"
                            + " compute near users"));
        }
        if (geo) {
            out.add(new PatternSignal(
                    edge,
                    best,
                    "geo-distributed",
                    2,
                    "users or devices are spread across geographies (workload.geoDistributed = true)"));
        }
        if (crud) {
            out.add(new PatternSignal(
                    edge, avoid, "simple-crud", 3, "the system is simple CRUD (workload.simpleCrud = true)"));
        }
        if (async) {
            out.add(new PatternSignal(
                    ed, best, "async-workflows", 3, "the workflows are asynchronous (workload.asyncWorkflows = true)"));
        }
        if (audit) {
            out.add(new PatternSignal(
                    ed,
                    best,
                    "audit-trail",
                    2,
                    "the business needs an audit trail (workload.auditTrail = true), which an event log records by"
                            + " design"));
        }
        if (contexts >= 3) {
            out.add(new PatternSignal(
                    ed,
                    best,
                    "loose-coupling",
                    1,
                    contexts + " bounded contexts (≥ 3) couple more loosely through events than through calls"));
        }
        Boolean asyncKnown = w == null ? null : w.asyncWorkflows();
        if (crud && Boolean.FALSE.equals(asyncKnown)) {
            out.add(new PatternSignal(
                    ed,
                    avoid,
                    "simple-request-response",
                    3,
                    "the system is simple request-response CRUD (workload.simpleCrud = true) without asynchronous"
                            + " workflows"));
        } else if (crud && asyncKnown == null) {
            out.add(new PatternSignal(
                    ed,
                    avoid,
                    "simple-request-response",
                    3,
                    "the system is simple request-response CRUD (workload.simpleCrud = true); whether any workflow"
                            + " is asynchronous is not known yet"));
        }
        return out;
    }

    private static TradeOff tradeOff(Pattern p) {
        return switch (p) {
            case MODULAR_MONOLITH ->
                new TradeOff(
                        "modular-monolith",
                        p.label(),
                        "simplicity, one deployment, in-process calls, transactional consistency and fast iteration",
                        "independent scaling and deployment of parts; module boundaries need discipline (enforced by"
                                + " build checks)");
            case MICROSERVICES ->
                new TradeOff(
                        "microservices",
                        p.label(),
                        "team autonomy, independent deployment and independent scaling per bounded context",
                        "operational simplicity: network failures, distributed data consistency, observability and"
                                + " platform cost");
            case SERVERLESS ->
                new TradeOff(
                        "serverless",
                        p.label(),
                        "cost that follows use, no servers to operate, scaling to zero and to spikes",
                        "latency (cold starts), execution time limits, local testability and vendor portability");
            case EDGE ->
                new TradeOff(
                        "edge",
                        p.label(),
                        "latency near users and devices, offline tolerance and data reduction before the cloud",
                        "runtime constraints, data consistency across locations and harder debugging and rollout");
            case EVENT_DRIVEN ->
                new TradeOff(
                        "event-driven",
                        p.label(),
                        "loose coupling, asynchronous workflows, replayable history and a natural audit trail",
                        "eventual consistency, harder end-to-end tracing, schema evolution and broker operations");
        };
    }
}
