package io.archadvisor.rules.reliability;

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
import io.archadvisor.model.SecurityControl;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.model.Stage;
import io.archadvisor.model.Team;
import io.archadvisor.model.TechnologyRef;
import io.archadvisor.model.Timeline;
import io.archadvisor.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded random requirements: every section and every value is unknown or known at random, values straddle the seed's
 * thresholds (teams around 10 and 20, latency around 100 ms, availability around 99.9 %), and proposals have services
 * that call each other, datastores and technologies old and new. The same seed always gives the same requirements.
 */
final class RequirementsGenerator {

    /** The first seed of the generated inputs. */
    static final long BASE_SEED = 0xA5C0_11AB_0000L;

    private static final List<String> TECHNOLOGIES = List.of(
            "postgresql",
            "mysql",
            "mongodb",
            "redis",
            "kafka",
            "rabbitmq",
            "kubernetes",
            "java",
            "node",
            "python",
            "go",
            "react",
            "spring-boot",
            "django",
            "elasticsearch",
            "cassandra",
            "nginx",
            "terraform",
            "unknown-tech");
    private static final List<String> VERSIONS = List.of(
            "9.6", "12", "16", "5.7", "8.0", "3.6", "7.0", "2.8", "1.19", "1.29", "8", "17", "21", "14", "20", "3.8",
            "3.12", "2.7", "3.2");

    /** Choices a team may already have made, per decision topic, known to the rules or not. */
    private static final java.util.Map<DecisionTopic, List<String>> CHOICES = java.util.Map.ofEntries(
            java.util.Map.entry(
                    DecisionTopic.ARCHITECTURE_STYLE,
                    List.of("microservices", "monolith", "modular-monolith", "serverless")),
            java.util.Map.entry(DecisionTopic.LANGUAGE, List.of("java", "typescript", "go", "python", "kotlin")),
            java.util.Map.entry(DecisionTopic.FRAMEWORK, List.of("spring-boot", "django", "express", "gin")),
            java.util.Map.entry(DecisionTopic.DATABASE, List.of("postgresql", "mysql", "mongodb")),
            java.util.Map.entry(DecisionTopic.MESSAGING, List.of("kafka", "rabbitmq", "sqs")),
            java.util.Map.entry(DecisionTopic.CLOUD_PROVIDER, List.of("aws", "gcp", "azure")),
            java.util.Map.entry(DecisionTopic.ORCHESTRATION, List.of("kubernetes", "ecs", "nomad")),
            java.util.Map.entry(DecisionTopic.API_STYLE, List.of("rest", "grpc", "graphql")),
            java.util.Map.entry(DecisionTopic.CI_CD, List.of("github-actions", "gitlab", "jenkins")),
            java.util.Map.entry(DecisionTopic.OBSERVABILITY, List.of("datadog", "prometheus", "new-relic")));

    private final Random r;

    private RequirementsGenerator(long seed) {
        this.r = new Random(seed);
    }

    /** The requirements of this seed. */
    static Requirements generate(long seed) {
        return new RequirementsGenerator(seed).requirements(seed);
    }

    private Requirements requirements(long seed) {
        return new Requirements(
                maybe(() -> "system-" + Long.toHexString(seed)),
                maybe(this::scale),
                maybe(this::team),
                maybe(this::budget),
                maybe(this::timeline),
                maybe(this::existing),
                maybe(this::nfrs),
                maybe(this::deployment),
                maybe(this::workload),
                maybe(this::domain),
                maybe(this::dataAccess),
                maybe(this::security),
                maybe(this::observability),
                r.nextInt(3) == 0 ? proposal() : null);
    }

    private Scale scale() {
        return new Scale(
                maybe(() -> r.nextInt(2_000)),
                maybe(() -> oneOf(50, 500, 5_000, 50_000, 200_000)),
                maybe(() -> (long) r.nextInt(1_000_000)),
                maybe(() -> (long) r.nextInt(50_000_000)),
                maybe(() -> r.nextDouble() * 5_000),
                maybe(() -> 1 + r.nextInt(36)));
    }

    private Team team() {
        return new Team(
                maybe(() -> oneOf(1, 3, 5, 9, 10, 12, 19, 20, 21, 45, 150)),
                maybe(() -> some(List.of("java", "typescript", "go", "python", "kubernetes", "postgresql"))),
                maybe(() -> oneOf(Level.values())));
    }

    private Budget budget() {
        return new Budget(maybe(() -> oneOf(0, 200, 2_000, 20_000, 200_000)), maybe(() -> oneOf(Level.values())));
    }

    private Timeline timeline() {
        return new Timeline(maybe(() -> r.nextInt(25)), maybe(() -> oneOf(Stage.values())));
    }

    private ExistingInfrastructure existing() {
        return new ExistingInfrastructure(maybe(this::technologies), maybe(() -> oneOf(Level.values())), maybe(() -> {
            List<Decision> d = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                DecisionTopic topic = oneOf(DecisionTopic.values());
                d.add(new Decision(
                        topic,
                        oneOf(CHOICES.get(topic).toArray(String[]::new)),
                        r.nextBoolean() ? null : "decided earlier"));
            }
            return d;
        }));
    }

    private Nfrs nfrs() {
        return new Nfrs(
                maybe(() -> oneOf(10, 50, 99, 100, 101, 250, 1_000)),
                maybe(() -> oneOf(95.0, 99.0, 99.5, 99.9, 99.95, 99.99, 100.0)),
                maybe(() -> r.nextInt(240)),
                maybe(() -> r.nextInt(480)),
                maybe(() -> some(List.of(ComplianceRegime.values()))),
                maybe(() -> some(List.of("eu", "us", "uk", "apac"))));
    }

    private Deployment deployment() {
        return new Deployment(
                maybe(() -> oneOf(DeploymentEnvironment.values())),
                maybe(() -> oneOf("aws", "gcp", "azure", "on-prem")),
                maybe(r::nextBoolean),
                maybe(() -> 1 + r.nextInt(4)),
                maybe(() -> 1 + r.nextInt(3)));
    }

    private Workload workload() {
        return new Workload(
                maybe(() -> oneOf(LoadShape.values())),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean));
    }

    private Domain domain() {
        return new Domain(
                maybe(() -> oneOf(Clarity.values())),
                maybe(() -> some(List.of("orders", "billing", "shipping", "catalog", "identity"))),
                maybe(r::nextBoolean));
    }

    private List<DataAccessPattern> dataAccess() {
        List<DataAccessPattern> out = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            out.add(new DataAccessPattern(
                    "data-" + i,
                    oneOf(AccessKind.values()),
                    maybe(() -> r.nextInt(20_000)),
                    maybe(() -> r.nextInt(5_000)),
                    maybe(r::nextBoolean)));
        }
        return out;
    }

    private Security security() {
        return new Security(
                maybe(() -> some(List.of(AuthMethod.values()))),
                maybe(() -> oneOf(AuthzModel.values())),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(() -> some(List.of(SecurityControl.values()))));
    }

    private Observability observability() {
        return new Observability(
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean),
                maybe(r::nextBoolean));
    }

    private Proposal proposal() {
        int n = r.nextInt(7);
        List<String> stores = new ArrayList<>();
        List<DatastoreSpec> datastores = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            String name = "db" + i;
            stores.add(name);
            datastores.add(new DatastoreSpec(
                    name,
                    maybe(() -> oneOf("postgresql", "mongodb", "redis", "mysql")),
                    maybe(() -> oneOf(AccessKind.values())),
                    maybe(() -> r.nextInt(4))));
        }
        List<ServiceSpec> services = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<ServiceCall> calls = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j != i && r.nextInt(3) == 0) {
                    calls.add(new ServiceCall("svc" + j, oneOf(CallMode.values())));
                }
            }
            services.add(new ServiceSpec(
                    "svc" + i,
                    stores.isEmpty() || r.nextBoolean() ? null : List.of(stores.get(r.nextInt(stores.size()))),
                    calls.isEmpty() ? null : calls,
                    maybe(() -> 1 + r.nextInt(4)),
                    null,
                    r.nextInt(4) == 0 ? some(List.of(io.archadvisor.model.Practice.values())) : null));
        }
        return new Proposal(
                maybe(() -> oneOf(Pattern.values())),
                services.isEmpty() ? null : services,
                datastores.isEmpty() ? null : datastores,
                maybe(this::technologies));
    }

    private List<TechnologyRef> technologies() {
        List<TechnologyRef> out = new ArrayList<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            names.add(oneOf(TECHNOLOGIES.toArray(String[]::new)));
        }
        for (String name : names) {
            out.add(new TechnologyRef(name, r.nextBoolean() ? null : oneOf(VERSIONS.toArray(String[]::new))));
        }
        return out;
    }

    private <T> T maybe(Supplier<T> value) {
        return r.nextInt(3) == 0 ? null : value.get();
    }

    private <T> List<T> some(List<T> values) {
        List<T> out = new ArrayList<>();
        for (T v : values) {
            if (r.nextInt(3) == 0) {
                out.add(v);
            }
        }
        return out;
    }

    @SafeVarargs
    private <T> T oneOf(T... values) {
        return values[r.nextInt(values.length)];
    }
}
