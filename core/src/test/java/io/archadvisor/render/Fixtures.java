package io.archadvisor.render;

import static io.archadvisor.render.GraphBuilder.fact;
import static io.archadvisor.render.GraphBuilder.unknown;

import io.archadvisor.facts.Dimension;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.Component;
import io.archadvisor.graph.ComponentKind;
import io.archadvisor.graph.DeploymentStrategy;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.ExpiredWaiver;
import io.archadvisor.graph.Flow;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.GuidanceArea;
import io.archadvisor.graph.Mitigation;
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
import io.archadvisor.model.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Hand-built graphs for the renderer tests, each named after the scenario it stands for. */
final class Fixtures {

    /** Hostile names: each must render as written in every format. */
    static final List<String> HOSTILE_NAMES = List.of(
            "Orders \"v2\" [beta]",
            "a|b|c",
            "line one\nline two\r\nline three",
            "end",
            "style",
            "click",
            "subgraph",
            "graph TD; A-->B",
            "x --> y",
            "#quot; # ; %%",
            "%%{init: {\"theme\": \"dark\"}}%%",
            "<script>alert(1)</script>",
            "<b>bold</b> & &amp; &lt;",
            "`code` ```fence```",
            "**bold** _it_ ~~strike~~ [link](javascript:alert(1)) ![img](x.png)",
            "fa:fa-car icon",
            "$$x^2$$ and $y$",
            "Zahlungs-Dienst (Größe ≥ 5) — 注文サービス 🚀",
            "a:::cls",
            "back\\slash \\n",
            "{curly} (round) [[square]] ((circle)) >flag]",
            "trailing space ",
            "tab\there");

    private Fixtures() {}

    /**
     * An MVP orders platform for a PCI-regulated shop: 12 engineers, emerging domain, async order workflows. The primary
     * pattern is a modular monolith, provisional on one open question; every built-in node type is present, with
     * findings, risks and mitigations, a partly evaluated checklist and a custom node.
     */
    static RecommendationGraph ordersPlatform() {
        GraphBuilder b = new GraphBuilder();

        ClarifyingQuestion scaling = b.add(new ClarifyingQuestion(
                        Dimension.DOMAIN_INDEPENDENT_SCALING,
                        "Must some parts of the system scale independently of the others?",
                        "Independent scaling is the main reason to leave a modular monolith for services.",
                        List.of("pattern-selection")))
                .facts(unknown("domain.independentScaling"))
                .by("Q-INDEPENDENT-SCALING");
        ClarifyingQuestion residency = b.add(new ClarifyingQuestion(
                        Dimension.NFR_DATA_RESIDENCY,
                        "In which countries or regions must order and payment data be stored and processed?",
                        "Residency decides the regions, the replication topology and which managed services qualify.",
                        List.of("data-architecture", "deployment")))
                .facts(unknown("nfrs.dataResidency"))
                .by("Q-DATA-RESIDENCY");

        PatternSignal smallTeam = b.add(new PatternSignal(
                        Pattern.MODULAR_MONOLITH,
                        Stance.BEST_FOR,
                        "team-under-20",
                        3,
                        "a team of 12 engineers (< 20) can own one deployable"))
                .facts(fact("team.size", "12"))
                .by("PAT-MM-SMALL-TEAM");
        PatternSignal mvp = b.add(new PatternSignal(
                        Pattern.MODULAR_MONOLITH,
                        Stance.BEST_FOR,
                        "rapid-iteration-stage",
                        2,
                        "the product is at the mvp stage and needs rapid iteration"))
                .facts(fact("timeline.stage", "mvp"))
                .by("PAT-MM-RAPID-ITERATION-STAGE");
        PatternSignal earlyStage = b.add(new PatternSignal(
                        Pattern.MICROSERVICES,
                        Stance.AVOID_WHEN,
                        "early-stage",
                        3,
                        "the product is at the mvp stage, before its boundaries are known"))
                .facts(fact("timeline.stage", "mvp"))
                .by("PAT-MS-AVOID-EARLY-STAGE");
        PatternSignal async = b.add(new PatternSignal(
                        Pattern.EVENT_DRIVEN,
                        Stance.BEST_FOR,
                        "async-workflows",
                        3,
                        "order fulfilment runs as asynchronous workflows (workload.asyncWorkflows = true)"))
                .facts(fact("workload.asyncWorkflows", "true"))
                .by("PAT-ED-ASYNC-WORKFLOWS");
        PatternSignal audit = b.add(new PatternSignal(
                        Pattern.EVENT_DRIVEN,
                        Stance.BEST_FOR,
                        "audit-trail",
                        2,
                        "PCI DSS needs an audit trail of order and payment changes (workload.auditTrail = true)"))
                .facts(fact("workload.auditTrail", "true"))
                .by("PAT-ED-AUDIT-TRAIL");
        PatternSignal longRunning = b.add(new PatternSignal(
                        Pattern.SERVERLESS,
                        Stance.AVOID_WHEN,
                        "long-running",
                        2,
                        "nightly settlement jobs run for up to 40 minutes (workload.longRunningJobs = true)"))
                .facts(fact("workload.longRunningJobs", "true"))
                .by("PAT-SL-AVOID-LONG-RUNNING");

        PatternAssessment monolith = b.add(new PatternAssessment(
                        Pattern.MODULAR_MONOLITH,
                        Verdict.RECOMMENDED,
                        5,
                        true,
                        true,
                        "Modular Monolith scores 5: +2 the product is at the mvp stage and needs rapid iteration;"
                                + " +3 a team of 12 engineers (< 20) can own one deployable"))
                .facts(fact("team.size", "12"), fact("timeline.stage", "mvp"))
                .from(smallTeam, mvp, scaling)
                .by("PAT-PRIMARY");
        PatternAssessment events = b.add(new PatternAssessment(
                        Pattern.EVENT_DRIVEN,
                        Verdict.RECOMMENDED,
                        5,
                        false,
                        true,
                        "Event-Driven complements the primary pattern: +2 PCI DSS needs an audit trail of order and"
                                + " payment changes; +3 order fulfilment runs as asynchronous workflows"))
                .facts(fact("workload.asyncWorkflows", "true"), fact("workload.auditTrail", "true"))
                .from(async, audit, scaling)
                .by("PAT-COMPLEMENT");
        PatternAssessment micro = b.add(new PatternAssessment(
                        Pattern.MICROSERVICES,
                        Verdict.AVOID,
                        -3,
                        false,
                        false,
                        "Microservices should be avoided (score -3): -3 the product is at the mvp stage, before its"
                                + " boundaries are known"))
                .facts(fact("timeline.stage", "mvp"))
                .from(earlyStage)
                .by("PAT-AVOID");
        b.add(new PatternAssessment(
                        Pattern.SERVERLESS,
                        Verdict.AVOID,
                        -2,
                        false,
                        false,
                        "Serverless should be avoided (score -2): -2 nightly settlement jobs run for up to 40 minutes"))
                .facts(fact("workload.longRunningJobs", "true"))
                .from(longRunning)
                .by("PAT-AVOID");
        b.edge(monolith, EdgeType.BLOCKED_BY, scaling).edge(events, EdgeType.BLOCKED_BY, scaling);

        Component web = component(b, "Web shop", ComponentKind.CLIENT, "Browser storefront and checkout");
        Component cdn = component(b, "CDN", ComponentKind.EDGE, "Caches catalog pages and static assets near shoppers");
        Component gateway = component(
                b, "API gateway", ComponentKind.GATEWAY, "TLS termination, authentication and rate limiting for /api");
        Component platform =
                component(b, "Orders platform", ComponentKind.SERVICE, "The one deployable of the modular monolith");
        Component orders = component(b, "Orders module", ComponentKind.MODULE, "Carts, orders and the outbox");
        Component payments = component(b, "Payments module", ComponentKind.MODULE, "Payment intents and refunds");
        Component catalog = component(b, "Catalog module", ComponentKind.MODULE, "Products, prices and stock");
        Component mailer = component(b, "Receipt mailer", ComponentKind.FUNCTION, "Sends receipts for placed orders");
        Component postgres = component(b, "PostgreSQL", ComponentKind.DATASTORE, "Orders, payments and the outbox");
        Component redis = component(b, "Redis", ComponentKind.CACHE, "Catalog read cache and sessions");
        Component queue = component(b, "order-events (SQS)", ComponentKind.QUEUE, "OrderPlaced and OrderPaid events");
        Component otel = component(
                b,
                "OpenTelemetry Collector",
                ComponentKind.OBSERVABILITY,
                "Receives traces, metrics and logs and exports them to Grafana");
        Component stripe = component(b, "Stripe", ComponentKind.EXTERNAL, "Card payments (PCI DSS SAQ A)");

        flow(b, web, cdn, "HTTPS", false);
        flow(b, cdn, gateway, "HTTPS /api", false);
        flow(b, gateway, platform, "REST (OpenAPI 3.1)", false);
        flow(b, orders, postgres, "SQL", false);
        flow(b, catalog, redis, "cache-aside reads", false);
        flow(b, orders, queue, "OrderPlaced via outbox", true);
        flow(b, queue, mailer, "OrderPlaced", true);
        flow(b, payments, stripe, "PaymentIntents API", false);
        flow(b, platform, otel, "OTLP traces, metrics, logs", true);

        b.add(new Guidance(
                        GuidanceArea.ARCHITECTURE,
                        "arch-module-boundaries",
                        "Enforce module boundaries in the build: each module exposes one API package and owns its tables.",
                        "an emerging domain (domain.clarity = emerging) keeps boundaries cheap to move only if they are"
                                + " explicit"))
                .facts(fact("domain.clarity", "emerging"))
                .from(monolith)
                .by("ARCH-MODULE-BOUNDARIES");
        b.add(new Guidance(
                        GuidanceArea.API,
                        "api-contract-first",
                        "Write the OpenAPI 3.1 contract before the code and generate server stubs and client SDKs from it.",
                        "two clients (web, mobile) consume the same API"))
                .facts(fact("proposal.clients", "[web, mobile]"))
                .by("API-CONTRACT-FIRST");
        b.add(new Guidance(
                        GuidanceArea.API,
                        "api-idempotency-keys",
                        "Require an Idempotency-Key header on POST /orders and POST /payments. For example:\n"
                                + "  POST /v1/orders HTTP/1.1\n"
                                + "  Idempotency-Key: 5f1c0e9a-7c1b-4d1e-9a51-2b0f4c6d8e21\n"
                                + "  {\"cart\": \"cart_42\"}\n"
                                + "\n"
                                + "  → 201 Created (a retry with the same key returns the same order)",
                        "payments are retried by clients and by Stripe webhooks"))
                .facts(fact("nfrs.compliance", "[pci-dss]"))
                .by("API-IDEMPOTENCY");
        b.add(new Guidance(
                        GuidanceArea.DATA,
                        "data-outbox",
                        "Publish order events through a transactional outbox table in PostgreSQL.",
                        "events must not be lost or sent for rolled-back orders (workload.auditTrail = true)"))
                .facts(fact("workload.auditTrail", "true"))
                .from(events)
                .by("DATA-TRANSACTIONAL-OUTBOX");
        b.add(new Guidance(
                        GuidanceArea.SECURITY,
                        "sec-oidc",
                        "Authenticate shoppers with OIDC (authorization code + PKCE) and staff with SSO and MFA.",
                        "security.authentication is unknown and PCI DSS requires MFA for administrative access"))
                .facts(unknown("security.authentication"), fact("nfrs.compliance", "[pci-dss]"))
                .by("SEC-AUTHN-DEFAULT");
        b.add(new Guidance(
                        GuidanceArea.COMPLIANCE,
                        "cmp-pci-scope",
                        "Keep card data out of scope: use Stripe Elements so card numbers never reach the platform.",
                        "nfrs.compliance = [pci-dss]"))
                .facts(fact("nfrs.compliance", "[pci-dss]"))
                .by("CMP-PCI-SCOPE");
        b.add(new Guidance(
                        GuidanceArea.RELIABILITY,
                        "rel-slo",
                        "Set an SLO of 99.9% successful checkouts over 28 days and alert on error-budget burn rate.",
                        "nfrs.availabilityPercent = 99.9"))
                .facts(fact("nfrs.availabilityPercent", "99.9"))
                .by("REL-SLO-ERROR-BUDGET");
        b.add(new Guidance(
                        GuidanceArea.OBSERVABILITY,
                        "obs-tracing",
                        "Instrument every module with OpenTelemetry and propagate trace context through the outbox.",
                        "asynchronous order workflows are hard to debug without end-to-end traces"))
                .facts(fact("workload.asyncWorkflows", "true"))
                .by("OBS-DISTRIBUTED-TRACING");
        b.add(new Guidance(
                        GuidanceArea.GITOPS,
                        "ops-argocd",
                        "Keep Kubernetes manifests in Git and let Argo CD sync them; no kubectl apply from laptops.",
                        "deployment.kubernetes = true"))
                .facts(fact("deployment.kubernetes", "true"))
                .by("OPS-GITOPS-ARGOCD");
        b.add(new Guidance(
                        GuidanceArea.EDGE_SERVERLESS,
                        "edge-cdn-catalog",
                        "Serve catalog pages from the CDN with a 60 s TTL and stale-while-revalidate.",
                        "catalog reads dominate traffic (dataAccess.catalog = read-heavy)"))
                .facts(fact("dataAccess.catalog", "read-heavy"))
                .by("EDGE-CDN-READ-HEAVY");
        b.add(new Guidance(
                        GuidanceArea.COST,
                        "tco-managed-services",
                        "Prefer managed PostgreSQL and SQS over self-hosted Kafka until a second team needs the events.",
                        "a team of 12 with medium ops maturity (team.opsMaturity = medium)"))
                .facts(fact("team.opsMaturity", "medium"), fact("team.size", "12"))
                .by("TCO-MANAGED-FIRST");
        b.add(new Guidance(
                        GuidanceArea.PROCESS,
                        "prn-start-simple",
                        "Start with the simplest design that meets the requirements and keep a migration path open.",
                        "Core principle 2: start simple, scale intentionally"))
                .from(monolith)
                .by("PRN-START-SIMPLE");

        b.add(new TechnologyChoice(
                        "primary-datastore",
                        "PostgreSQL",
                        "17",
                        "https://www.postgresql.org/docs/17/",
                        "relational orders and payments with transactions and the outbox in one database"))
                .facts(fact("dataAccess.orders", "transactional"))
                .by("TECH-PRIMARY-DATASTORE");
        b.add(new TechnologyChoice(
                        "cache",
                        "Redis",
                        null,
                        "https://redis.io/docs/latest/",
                        "catalog reads are 20 times writes; a cache-aside read cache takes load off PostgreSQL"))
                .facts(fact("dataAccess.catalog", "read-heavy"))
                .by("TECH-CACHE");
        b.add(new TechnologyChoice(
                        "queue",
                        "Amazon SQS",
                        null,
                        null,
                        "managed queue on the chosen provider (deployment.provider = aws) for outbox relay"))
                .facts(fact("deployment.provider", "aws"))
                .by("TECH-QUEUE");
        b.add(new TechnologyChoice(
                        "framework",
                        "Spring Boot",
                        "3.5",
                        "https://docs.spring.io/spring-boot/",
                        "the team's expertise is Java (team.expertise = [java])"))
                .facts(fact("team.expertise", "[java]"))
                .by("TECH-FRAMEWORK");

        b.add(new TradeOff(
                        "modular-monolith",
                        "Modular Monolith",
                        "one deployable, in-process calls and simple operations for a team of 12",
                        "independent scaling and deployment of modules"))
                .from(monolith)
                .by("TRADEOFF-MODULAR-MONOLITH");
        b.add(new TradeOff(
                        "event-driven",
                        "Event-Driven",
                        "loose coupling between ordering and fulfilment, and an audit trail of order events",
                        "immediate consistency between orders and receipts; harder debugging"))
                .from(events)
                .by("TRADEOFF-EVENT-DRIVEN");

        Risk pci = b.add(new Risk(
                        "RISK-PCI-SCOPE",
                        "The payments module shares a deployable and a database with everything else, so the whole"
                                + " platform is in PCI DSS scope.",
                        Severity.HIGH))
                .facts(fact("nfrs.compliance", "[pci-dss]"))
                .from(monolith)
                .by("RISK-PCI-SCOPE");
        Risk outbox = b.add(new Risk(
                        "RISK-OUTBOX-LAG",
                        "A stalled outbox relay delays receipts and fulfilment without failing any request.",
                        Severity.MEDIUM))
                .from(events)
                .by("RISK-OUTBOX-LAG");
        b.add(new Risk(
                        "RISK-CACHE-STAMPEDE",
                        "Expiring popular catalog keys at once sends every read to PostgreSQL.",
                        Severity.LOW))
                .facts(fact("dataAccess.catalog", "read-heavy"))
                .by("RISK-CACHE-STAMPEDE");
        b.add(new Mitigation(
                        "tokenize-cards",
                        pci.id(),
                        "Tokenize cards with Stripe Elements so card numbers never reach the platform (SAQ A)."))
                .from(pci)
                .by("RISK-PCI-SCOPE-MITIGATION");
        Mitigation lagAlert = b.add(new Mitigation(
                        "outbox-lag-alert",
                        outbox.id(),
                        "Alert when the oldest unrelayed outbox row is older than 60 seconds."))
                .from(outbox)
                .by("RISK-OUTBOX-LAG-MITIGATION");
        b.edge(lagAlert, EdgeType.MITIGATES, outbox);

        AntiPatternFinding spof = b.add(new AntiPatternFinding(
                        "AP-SINGLE-POINT-OF-FAILURE",
                        "PostgreSQL",
                        Severity.HIGH,
                        "one PostgreSQL instance in one availability zone (deployment.availabilityZones = 1) against a"
                                + " 99.9% availability target",
                        "Run PostgreSQL with a synchronous standby in a second zone and rehearse failover.",
                        null))
                .facts(fact("deployment.availabilityZones", "1"), fact("nfrs.availabilityPercent", "99.9"))
                .by("AP-SINGLE-POINT-OF-FAILURE");
        Mitigation multiAz = b.add(new Mitigation(
                        "postgres-multi-az",
                        spof.id(),
                        "Use managed Multi-AZ PostgreSQL (Amazon RDS) with automatic failover."))
                .from(spof)
                .by("AP-SPOF-MITIGATION");
        b.edge(multiAz, EdgeType.MITIGATES, spof);
        AntiPatternFinding premature = b.add(new AntiPatternFinding(
                        "AP-PREMATURE-MICROSERVICES",
                        "system",
                        Severity.MEDIUM,
                        "the proposal splits 12 engineers across 6 services at the mvp stage while the domain is emerging",
                        "Merge the proposed services into modules of one deployable with enforced boundaries.",
                        "Keep module APIs narrow and event-based; extract Payments first if shrinking PCI scope pays"
                                + " for the operations."))
                .facts(
                        fact("proposal.style", "microservices"),
                        fact("team.size", "12"),
                        fact("timeline.stage", "mvp"),
                        fact("domain.clarity", "emerging"))
                .by("AP-PREMATURE-MICROSERVICES");
        b.edge(premature, EdgeType.CONFLICTS_WITH, micro);
        AntiPatternFinding sticky = b.add(new AntiPatternFinding(
                        "AP-OUTDATED-PATTERN",
                        "Catalog module",
                        Severity.LOW,
                        "sessions are kept in server memory with sticky sessions",
                        "Keep sessions in Redis so any instance can serve any request.",
                        null))
                .facts(fact("proposal.sessions", "sticky"))
                .by("AP-OUTDATED-PATTERN");

        b.add(new ScalingStep(
                        "read-replicas",
                        1,
                        "p95 latency of GET /orders above 150 ms at 300 requests per second",
                        "Add a PostgreSQL read replica and route order history queries to it."))
                .facts(fact("scale.currentRequestsPerSecond", "120"), fact("scale.projectedRequestsPerSecond", "800"))
                .by("SCALE-READ-REPLICAS");
        b.add(new ScalingStep(
                        "cdn-catalog",
                        2,
                        "catalog reads above 2,000 requests per second",
                        "Cache rendered catalog pages at the CDN and purge them on price changes."))
                .facts(fact("dataAccess.catalog", "read-heavy"))
                .by("SCALE-CDN-CATALOG");
        b.add(new ScalingStep(
                        "extract-payments",
                        3,
                        "payments releases blocked by other modules more than twice a month",
                        "Extract the payments module as a service with its own database, behind the same gateway."))
                .from(monolith)
                .by("SCALE-EXTRACT-MODULE");

        b.add(new DeploymentStrategy(
                        "canary",
                        "Canary releases: 5%, then 25%, then 100% of traffic with automated analysis",
                        "GitHub Actions builds, tests, signs (cosign) and publishes images; Argo CD syncs the manifests"
                                + " from Git",
                        "Argo CD rolls back to the previous Git revision when the canary's error rate exceeds 1% for"
                                + " 5 minutes"))
                .facts(fact("deployment.kubernetes", "true"))
                .by("DEPLOY-CANARY");

        check(
                b,
                ChecklistItem.TECHNOLOGIES_VERIFIED,
                CheckStatus.UNKNOWN,
                "2 of 4 recommended technologies (Redis, Amazon SQS) have no confirmed catalog entry",
                "CHK-TECHNOLOGIES-VERIFIED");
        check(
                b,
                ChecklistItem.VERSIONS_CONFIRMED,
                CheckStatus.FAIL,
                "Redis and Amazon SQS have no confirmed version line",
                "CHK-VERSIONS-CONFIRMED");
        check(
                b,
                ChecklistItem.NO_KNOWN_VULNERABILITIES,
                CheckStatus.PASS,
                "no advisory in the catalog affects PostgreSQL 17 or Spring Boot 3.5",
                "CHK-NO-KNOWN-VULNERABILITIES");
        check(
                b,
                ChecklistItem.NO_DEPRECATED_FEATURES,
                CheckStatus.PASS,
                "no recommended version is past its end of life on 2026-11-26",
                "CHK-NO-DEPRECATED");
        check(
                b,
                ChecklistItem.TRADE_OFFS_ARTICULATED,
                CheckStatus.PASS,
                "2 trade-offs cover the primary and the complementary pattern",
                "CHK-TRADE-OFFS");
        check(
                b,
                ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED,
                CheckStatus.PASS,
                "a canary strategy with a GitOps pipeline and a rollback procedure",
                "CHK-DEPLOYMENT-STRATEGY");
        check(
                b,
                ChecklistItem.EDGE_SERVERLESS_CONSIDERED,
                CheckStatus.FAIL,
                "shoppers in 3 regions with a 120 ms p99 target, but no edge or serverless option was assessed for"
                        + " checkout",
                "CHK-EDGE-SERVERLESS");

        b.add(new CostEstimate("baseline", 1450, List.of("RDS Multi-AZ db.m7g.large", "EKS cluster", "SQS", "CDN")))
                .facts(fact("deployment.provider", "aws"))
                .by("ACME-COST-BASELINE");

        Waiver stickyWaiver = Waiver.of(
                        "AP-OUTDATED-PATTERN",
                        "Sticky sessions stay until the Redis session store" + " ships in Q3; tracked in SHOP-118",
                        "team-catalog")
                .forSubject("Catalog module")
                .expiringOn(LocalDate.of(2026, 12, 31));
        Waiver oldWaiver = Waiver.of(
                        "AP-SINGLE-POINT-OF-FAILURE", "Single-zone database during the pilot", "team-platform")
                .expiringOn(LocalDate.of(2026, 9, 30));
        b.waiver(stickyWaiver, sticky).waiver(oldWaiver);
        b.add(new ExpiredWaiver(oldWaiver)).by(ExpiredWaiver.CODE);

        b.fired("PAT-SCORE", "PAT-PROVISIONAL-BLOCKED-BY");
        return b.build();
    }

    /**
     * An internal back-office tool for 4 engineers with every question answered: the modular monolith is final, but
     * the loaded rules derive little else, so most sections explain why they are empty.
     */
    static RecommendationGraph backOffice() {
        GraphBuilder b = new GraphBuilder();
        PatternSignal team = b.add(new PatternSignal(
                        Pattern.MODULAR_MONOLITH,
                        Stance.BEST_FOR,
                        "team-under-20",
                        3,
                        "a team of 4 engineers (< 20) can own one deployable"))
                .facts(fact("team.size", "4"))
                .by("PAT-MM-SMALL-TEAM");
        PatternSignal small = b.add(new PatternSignal(
                        Pattern.MICROSERVICES,
                        Stance.AVOID_WHEN,
                        "small-team",
                        3,
                        "a team of 4 engineers (< 10) cannot carry the operations of many services"))
                .facts(fact("team.size", "4"))
                .by("PAT-MS-AVOID-SMALL-TEAM");
        PatternAssessment mm = b.add(new PatternAssessment(
                        Pattern.MODULAR_MONOLITH,
                        Verdict.RECOMMENDED,
                        3,
                        true,
                        false,
                        "Modular Monolith scores 3: +3 a team of 4 engineers (< 20) can own one deployable"))
                .facts(fact("team.size", "4"))
                .from(team)
                .by("PAT-PRIMARY");
        b.add(new PatternAssessment(
                        Pattern.MICROSERVICES,
                        Verdict.AVOID,
                        -3,
                        false,
                        false,
                        "Microservices should be avoided (score -3): -3 a team of 4 engineers (< 10) cannot carry the"
                                + " operations of many services"))
                .facts(fact("team.size", "4"))
                .from(small)
                .by("PAT-AVOID");
        b.add(new Guidance(
                        GuidanceArea.PROCESS,
                        "prn-evidence",
                        "Measure a baseline before optimizing: record p99 latency and error rate of the current tool.",
                        "Core principle 5: evidence over opinion"))
                .from(mm)
                .by("PRN-EVIDENCE");
        check(
                b,
                ChecklistItem.TRADE_OFFS_ARTICULATED,
                CheckStatus.FAIL,
                "the recommended pattern has no trade-off",
                "CHK-TRADE-OFFS");
        check(
                b,
                ChecklistItem.DEPLOYMENT_STRATEGY_DEFINED,
                CheckStatus.UNKNOWN,
                "deployment.environment is unknown",
                "CHK-DEPLOYMENT-STRATEGY");
        return b.build();
    }

    /** No rule derived anything. */
    static RecommendationGraph nothing() {
        return new GraphBuilder().build();
    }

    /**
     * A component per hostile name, each flowing to the next with the next hostile name as the label (alternately
     * async), and findings, risks and technology choices whose text is hostile too.
     */
    static RecommendationGraph hostile() {
        GraphBuilder b = new GraphBuilder();
        ComponentKind[] kinds = ComponentKind.values();
        List<Component> components = new java.util.ArrayList<>();
        for (int i = 0; i < HOSTILE_NAMES.size(); i++) {
            String name = HOSTILE_NAMES.get(i);
            components.add(b.add(new Component(name, kinds[i % kinds.length], "described as " + name))
                    .facts(fact("proposal.services[" + i + "].name", name))
                    .by("ARCH-COMPONENT"));
        }
        for (int i = 0; i < components.size(); i++) {
            Component from = components.get(i);
            Component to = components.get((i + 1) % components.size());
            String label = HOSTILE_NAMES.get((i + 2) % HOSTILE_NAMES.size());
            b.add(new Flow(from.name(), to.name(), label, i % 2 == 1))
                    .from(from, to)
                    .by("ARCH-FLOW");
        }
        b.add(new Flow(HOSTILE_NAMES.get(0), "Not a component | \"ghost\"", "calls", false))
                .by("ARCH-FLOW");
        for (int i = 0; i < 4; i++) {
            String name = HOSTILE_NAMES.get(i * 5 + 1);
            Severity severity = Severity.values()[i % Severity.values().length];
            b.add(new AntiPatternFinding(
                            "AP-HOSTILE-" + i,
                            name,
                            severity,
                            "evidence: " + name,
                            "remediation: " + name,
                            i % 2 == 0 ? null : "migrate: " + name))
                    .facts(fact("proposal.services[" + i + "].name", name))
                    .by("AP-HOSTILE-" + i);
        }
        Risk risk = b.add(new Risk("RISK-" + HOSTILE_NAMES.get(1), HOSTILE_NAMES.get(13), Severity.HIGH))
                .by("RISK-HOSTILE");
        b.add(new Mitigation("mitigate " + HOSTILE_NAMES.get(2), risk.id(), HOSTILE_NAMES.get(11)))
                .by("RISK-HOSTILE");
        b.add(new TechnologyChoice(
                        HOSTILE_NAMES.get(1),
                        HOSTILE_NAMES.get(14),
                        HOSTILE_NAMES.get(9),
                        "javascript:alert(1)",
                        HOSTILE_NAMES.get(12)))
                .facts(fact("existing.technologies[0]", HOSTILE_NAMES.get(13)))
                .by("TECH-HOSTILE");
        b.add(new TechnologyChoice(
                        "docs-with-pipe",
                        "Tool",
                        "1.0",
                        "https://example.org/a|b?q=<x>",
                        "a link whose address has a pipe"))
                .by("TECH-HOSTILE");
        b.add(new Guidance(
                        GuidanceArea.GITOPS,
                        "snippet " + HOSTILE_NAMES.get(1),
                        "Run this " + HOSTILE_NAMES.get(13) + ":\n  ```sh\n  echo '" + HOSTILE_NAMES.get(11)
                                + "'\n    indented ````\n  ```\n",
                        HOSTILE_NAMES.get(14)))
                .by("OPS-HOSTILE");
        b.add(new ClarifyingQuestion(
                        Dimension.SYSTEM_NAME,
                        HOSTILE_NAMES.get(7) + "?",
                        HOSTILE_NAMES.get(2),
                        List.of(HOSTILE_NAMES.get(1))))
                .facts(unknown("system.name"))
                .by("Q-HOSTILE");
        b.add(new ChecklistResult(ChecklistItem.API_PATTERNS_CURRENT, CheckStatus.FAIL, HOSTILE_NAMES.get(12)))
                .facts(fact("existing.technologies[0]", HOSTILE_NAMES.get(13)))
                .by("CHK-HOSTILE");
        return b.build();
    }

    /** Every fixture by name, for parameterized tests. */
    static Map<String, RecommendationGraph> all() {
        return Map.of(
                "orders-platform",
                ordersPlatform(),
                "back-office",
                backOffice(),
                "nothing",
                nothing(),
                "hostile",
                hostile());
    }

    private static Component component(GraphBuilder b, String name, ComponentKind kind, String description) {
        return b.add(new Component(name, kind, description))
                .facts(fact("proposal.components", name))
                .by("ARCH-COMPONENT-MODEL");
    }

    private static void flow(GraphBuilder b, Component from, Component to, String label, boolean async) {
        b.add(new Flow(from.name(), to.name(), label, async)).from(from, to).by("ARCH-FLOW-MODEL");
    }

    private static void check(GraphBuilder b, ChecklistItem item, CheckStatus status, String evidence, String rule) {
        b.add(new ChecklistResult(item, status, evidence)).by(rule);
    }
}
