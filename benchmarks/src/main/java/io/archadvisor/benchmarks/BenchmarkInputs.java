package io.archadvisor.benchmarks;

import io.archadvisor.model.AccessKind;
import io.archadvisor.model.AuthMethod;
import io.archadvisor.model.AuthzModel;
import io.archadvisor.model.Budget;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.Clarity;
import io.archadvisor.model.ComplianceRegime;
import io.archadvisor.model.DataAccessPattern;
import io.archadvisor.model.DatastoreSpec;
import io.archadvisor.model.Decision;
import io.archadvisor.model.DecisionTopic;
import io.archadvisor.model.Deployment;
import io.archadvisor.model.DeploymentEnvironment;
import io.archadvisor.model.Domain;
import io.archadvisor.model.ExistingInfrastructure;
import io.archadvisor.model.Level;
import io.archadvisor.model.LoadShape;
import io.archadvisor.model.Nfrs;
import io.archadvisor.model.Observability;
import io.archadvisor.model.Pattern;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Scale;
import io.archadvisor.model.Security;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.model.Stage;
import io.archadvisor.model.Team;
import io.archadvisor.model.TechnologyRef;
import io.archadvisor.model.Timeline;
import io.archadvisor.model.Workload;
import java.util.List;

/**
 * The reference inputs of the benchmarks: {@linkplain #small() small} (a handful of known facts),
 * {@linkplain #typical() typical} (every section of the requirements filled in, as a real team would) and
 * {@linkplain #large() large} (the typical system with a proposal of {@value #LARGE_SERVICES} services).
 */
public final class BenchmarkInputs {

    /** The number of services in the {@linkplain #large() large} proposal. */
    public static final int LARGE_SERVICES = 200;

    /** The seed of the {@linkplain #large() large} proposal. */
    public static final long LARGE_SEED = 20_250_707L;

    /** The names {@link #named(String)} accepts, in size order. */
    public static final List<String> NAMES = List.of("small", "typical", "large");

    private BenchmarkInputs() {}

    /** The reference input with this name: {@code small}, {@code typical} or {@code large}. */
    public static Requirements named(String name) {
        return switch (name) {
            case "small" -> small();
            case "typical" -> typical();
            case "large" -> large();
            default ->
                throw new IllegalArgumentException("Unknown benchmark input `" + name + "`; use one of " + NAMES);
        };
    }

    /**
     * A first conversation: a four-person team with an MVP and an unclear domain; everything else is unknown, so the
     * advice is mostly clarifying questions.
     */
    public static Requirements small() {
        return new Requirements(
                "first-look",
                null,
                new Team(4, null, null),
                null,
                new Timeline(null, Stage.MVP),
                null,
                null,
                null,
                null,
                new Domain(Clarity.UNCLEAR, null, null),
                null,
                null,
                null,
                null);
    }

    /**
     * A complete, realistic requirements set: a growing booking platform, every section and every field known, with a
     * proposal of six services.
     */
    public static Requirements typical() {
        return withProposal(typicalContext(), typicalProposal());
    }

    /** The typical system with a generated microservices proposal of {@value #LARGE_SERVICES} services. */
    public static Requirements large() {
        return ProposalGenerator.requirements(LARGE_SERVICES, LARGE_SEED);
    }

    /** The typical system's requirements with this proposal in place of its own. */
    public static Requirements withProposal(Requirements r, Proposal proposal) {
        return new Requirements(
                r.system(),
                r.scale(),
                r.team(),
                r.budget(),
                r.timeline(),
                r.existing(),
                r.nfrs(),
                r.deployment(),
                r.workload(),
                r.domain(),
                r.dataAccess(),
                r.security(),
                r.observability(),
                proposal);
    }

    /** Every section of the typical system but its proposal. */
    static Requirements typicalContext() {
        return new Requirements(
                "bookings",
                new Scale(350, 4_000, 120_000L, 1_500_000L, 800.0, 24),
                new Team(14, List.of("Java", "Spring Boot", "PostgreSQL", "Kafka", "Kubernetes"), Level.MEDIUM),
                new Budget(25_000, Level.MEDIUM),
                new Timeline(5, Stage.GROWTH),
                new ExistingInfrastructure(
                        List.of(
                                new TechnologyRef("Java", "17"), new TechnologyRef("Spring Boot", "3.2.x"),
                                new TechnologyRef("PostgreSQL", "15"), new TechnologyRef("Redis", "7.2"),
                                new TechnologyRef("Kafka", "3.7"), new TechnologyRef("Node.js", "v16.20.2")),
                        Level.MEDIUM,
                        List.of(
                                new Decision(DecisionTopic.DATABASE, "PostgreSQL", "the team runs it well"),
                                new Decision(DecisionTopic.LANGUAGE, "Java", "the team's main language"),
                                new Decision(DecisionTopic.CLOUD_PROVIDER, "AWS", "existing contract"))),
                new Nfrs(150, 99.95, 5, 30, List.of(ComplianceRegime.GDPR, ComplianceRegime.PCI_DSS), List.of("EU")),
                new Deployment(DeploymentEnvironment.CLOUD, "AWS", true, 2, 3),
                new Workload(LoadShape.SPIKY, true, true, false, true, true, false, false),
                new Domain(
                        Clarity.EMERGING, List.of("catalog", "booking", "payment", "notification", "identity"), true),
                List.of(
                        new DataAccessPattern("bookings", AccessKind.TRANSACTIONAL, 800, 200, true),
                        new DataAccessPattern("availability", AccessKind.CACHE, 6_000, 400, false),
                        new DataAccessPattern("listings", AccessKind.SEARCH, 2_500, 50, false),
                        new DataAccessPattern("analytics", AccessKind.ANALYTICAL, 20, 1_500, false),
                        new DataAccessPattern("events", AccessKind.STREAMING, 900, 900, false)),
                new Security(
                        List.of(AuthMethod.OIDC, AuthMethod.JWT),
                        AuthzModel.RBAC,
                        true,
                        true,
                        true,
                        true,
                        false,
                        true,
                        false,
                        true,
                        false,
                        false,
                        true,
                        List.of()),
                new Observability(true, true, false, true, false),
                null);
    }

    private static Proposal typicalProposal() {
        return new Proposal(
                Pattern.MICROSERVICES,
                List.of(
                        new ServiceSpec(
                                "gateway",
                                List.of(),
                                List.of(
                                        new ServiceCall("catalog", CallMode.SYNC),
                                        new ServiceCall("booking", CallMode.SYNC),
                                        new ServiceCall("identity", CallMode.SYNC)),
                                3,
                                List.of()),
                        new ServiceSpec("catalog", List.of("catalog-db", "search"), List.of(), 2, List.of()),
                        new ServiceSpec(
                                "booking",
                                List.of("booking-db", "availability-cache"),
                                List.of(
                                        new ServiceCall("payment", CallMode.SYNC),
                                        new ServiceCall("notification", CallMode.ASYNC),
                                        new ServiceCall("catalog", CallMode.SYNC)),
                                3,
                                List.of()),
                        new ServiceSpec(
                                "payment",
                                List.of("booking-db"),
                                List.of(new ServiceCall("booking", CallMode.SYNC)),
                                2,
                                List.of("booking")),
                        new ServiceSpec("notification", List.of(), List.of(), 1, List.of()),
                        new ServiceSpec("identity", List.of("identity-db"), List.of(), 2, List.of())),
                List.of(
                        new DatastoreSpec("catalog-db", "PostgreSQL", AccessKind.TRANSACTIONAL, 1),
                        new DatastoreSpec("search", "OpenSearch", AccessKind.SEARCH, 1),
                        new DatastoreSpec("booking-db", "PostgreSQL", AccessKind.TRANSACTIONAL, 2),
                        new DatastoreSpec("availability-cache", "Redis", AccessKind.CACHE, 0),
                        new DatastoreSpec("identity-db", "PostgreSQL", AccessKind.TRANSACTIONAL, 1),
                        new DatastoreSpec("events", "Kafka", AccessKind.STREAMING, 2)),
                List.of(
                        new TechnologyRef("Java", "21"),
                        new TechnologyRef("Spring Boot", "3.3.x"),
                        new TechnologyRef("PostgreSQL", "16"),
                        new TechnologyRef("Redis", "7.4"),
                        new TechnologyRef("Kafka", "3.8"),
                        new TechnologyRef("OpenSearch", "2.15"),
                        new TechnologyRef("OpenTelemetry", "1.40")));
    }
}
