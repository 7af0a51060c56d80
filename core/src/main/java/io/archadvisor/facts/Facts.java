package io.archadvisor.facts;

import io.archadvisor.model.Budget;
import io.archadvisor.model.DataAccessPattern;
import io.archadvisor.model.DatastoreSpec;
import io.archadvisor.model.Decision;
import io.archadvisor.model.Deployment;
import io.archadvisor.model.Domain;
import io.archadvisor.model.ExistingInfrastructure;
import io.archadvisor.model.Nfrs;
import io.archadvisor.model.Observability;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Scale;
import io.archadvisor.model.Security;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.model.Team;
import io.archadvisor.model.TechnologyRef;
import io.archadvisor.model.Timeline;
import io.archadvisor.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps requirements to the facts rules match: one fact per known value, one {@link Unknown} per unknown one, in a
 * stable order.
 */
public final class Facts {

    private final List<InputFact> out = new ArrayList<>();

    private Facts() {}

    /** The facts for these requirements, in a stable order. */
    public static List<InputFact> of(Requirements requirements) {
        Objects.requireNonNull(requirements, "requirements");
        Facts f = new Facts();
        f.map(requirements);
        return List.copyOf(f.out);
    }

    private void map(Requirements r) {
        if (r.system() != null) {
            out.add(new SystemName(r.system()));
        }
        Scale s = r.scale();
        one(Dimension.SCALE_CURRENT_LOAD, s == null ? null : s.currentRequestsPerSecond(), CurrentRps::new);
        one(Dimension.SCALE_PROJECTED_LOAD, s == null ? null : s.projectedRequestsPerSecond(), ProjectedRps::new);
        one(Dimension.SCALE_CURRENT_USERS, s == null ? null : s.currentUsers(), CurrentUsers::new);
        one(Dimension.SCALE_PROJECTED_USERS, s == null ? null : s.projectedUsers(), ProjectedUsers::new);
        one(Dimension.SCALE_DATA_VOLUME, s == null ? null : s.dataVolumeGb(), DataVolumeGb::new);
        one(Dimension.SCALE_HORIZON, s == null ? null : s.horizonMonths(), HorizonMonths::new);

        Team t = r.team();
        one(Dimension.TEAM_SIZE, t == null ? null : t.size(), TeamSize::new);
        many(
                Dimension.TEAM_EXPERTISE,
                t == null ? null : t.expertise(),
                (v, i) -> new TeamExpertise(v.trim().toLowerCase(Locale.ROOT), i));
        one(Dimension.TEAM_OPS_MATURITY, t == null ? null : t.opsMaturity(), OpsMaturity::new);

        Budget b = r.budget();
        one(Dimension.BUDGET_MONTHLY, b == null ? null : b.monthlyUsd(), MonthlyBudgetUsd::new);
        one(Dimension.BUDGET_COST_SENSITIVITY, b == null ? null : b.costSensitivity(), CostSensitivity::new);

        Timeline tl = r.timeline();
        one(Dimension.TIMELINE_FIRST_RELEASE, tl == null ? null : tl.monthsToFirstRelease(), MonthsToFirstRelease::new);
        one(Dimension.TIMELINE_STAGE, tl == null ? null : tl.stage(), ProductStage::new);

        ExistingInfrastructure e = r.existing();
        many(
                Dimension.EXISTING_TECHNOLOGIES,
                e == null ? null : e.technologies(),
                (v, i) -> technology(v, Technology.Origin.EXISTING, i));
        one(Dimension.EXISTING_TECH_DEBT, e == null ? null : e.techDebt(), TechDebt::new);
        many(Dimension.EXISTING_DECISIONS, e == null ? null : e.decisions(), Facts::decision);

        Nfrs n = r.nfrs();
        one(Dimension.NFR_LATENCY, n == null ? null : n.latencyP99Ms(), LatencyTargetMs::new);
        one(Dimension.NFR_AVAILABILITY, n == null ? null : n.availabilityPercent(), AvailabilityTarget::new);
        one(Dimension.NFR_RPO, n == null ? null : n.rpoMinutes(), RpoMinutes::new);
        one(Dimension.NFR_RTO, n == null ? null : n.rtoMinutes(), RtoMinutes::new);
        many(Dimension.NFR_COMPLIANCE, n == null ? null : n.compliance(), Compliance::new);
        many(
                Dimension.NFR_DATA_RESIDENCY,
                n == null ? null : n.dataResidency(),
                (v, i) -> new DataResidency(v.trim().toLowerCase(Locale.ROOT), i));

        Deployment d = r.deployment();
        one(Dimension.DEPLOYMENT_ENVIRONMENT, d == null ? null : d.environment(), Environment::new);
        one(
                Dimension.DEPLOYMENT_PROVIDER,
                d == null || d.provider() == null ? null : d.provider().trim().toLowerCase(Locale.ROOT),
                CloudProvider::new);
        one(Dimension.DEPLOYMENT_KUBERNETES, d == null ? null : d.kubernetes(), Kubernetes::new);
        one(Dimension.DEPLOYMENT_REGIONS, d == null ? null : d.regions(), Regions::new);
        one(Dimension.DEPLOYMENT_ZONES, d == null ? null : d.availabilityZones(), AvailabilityZones::new);

        Workload w = r.workload();
        one(Dimension.WORKLOAD_SHAPE, w == null ? null : w.shape(), WorkloadShape::new);
        one(Dimension.WORKLOAD_ASYNC, w == null ? null : w.asyncWorkflows(), AsyncWorkflows::new);
        one(Dimension.WORKLOAD_LONG_RUNNING, w == null ? null : w.longRunningJobs(), LongRunningJobs::new);
        one(Dimension.WORKLOAD_REAL_TIME, w == null ? null : w.realTime(), RealTime::new);
        one(Dimension.WORKLOAD_GEO, w == null ? null : w.geoDistributed(), GeoDistributed::new);
        one(Dimension.WORKLOAD_AUDIT_TRAIL, w == null ? null : w.auditTrail(), AuditTrail::new);
        one(Dimension.WORKLOAD_SIMPLE_CRUD, w == null ? null : w.simpleCrud(), SimpleCrud::new);
        one(Dimension.WORKLOAD_IOT, w == null ? null : w.iot(), Iot::new);

        Domain dm = r.domain();
        one(Dimension.DOMAIN_CLARITY, dm == null ? null : dm.clarity(), DomainClarity::new);
        many(Dimension.DOMAIN_CONTEXTS, dm == null ? null : dm.boundedContexts(), BoundedContext::new);
        one(Dimension.DOMAIN_INDEPENDENT_SCALING, dm == null ? null : dm.independentScaling(), IndependentScaling::new);

        many(Dimension.DATA_ACCESS, r.dataAccess(), Facts::dataAccess);

        Security sec = r.security();
        many(Dimension.SECURITY_AUTHENTICATION, sec == null ? null : sec.authentication(), Authentication::new);
        one(Dimension.SECURITY_AUTHORIZATION, sec == null ? null : sec.authorization(), Authorization::new);
        one(
                Dimension.SECURITY_ENCRYPTION_IN_TRANSIT,
                sec == null ? null : sec.encryptionInTransit(),
                EncryptionInTransit::new);
        one(Dimension.SECURITY_ENCRYPTION_AT_REST, sec == null ? null : sec.encryptionAtRest(), EncryptionAtRest::new);
        one(Dimension.SECURITY_SECRETS, sec == null ? null : sec.secretsManagement(), SecretsManagement::new);
        one(Dimension.SECURITY_AUDIT_LOGGING, sec == null ? null : sec.auditLogging(), AuditLogging::new);
        one(Dimension.SECURITY_ZERO_TRUST, sec == null ? null : sec.zeroTrust(), ZeroTrust::new);
        one(Dimension.SECURITY_LEAST_PRIVILEGE, sec == null ? null : sec.leastPrivilege(), LeastPrivilege::new);
        one(Dimension.SECURITY_KEY_ROTATION, sec == null ? null : sec.keyRotation(), KeyRotation::new);
        one(Dimension.SECURITY_INPUT_VALIDATION, sec == null ? null : sec.inputValidation(), InputValidation::new);
        one(Dimension.SECURITY_SBOM, sec == null ? null : sec.sbom(), Sbom::new);
        one(Dimension.SECURITY_SIGNING, sec == null ? null : sec.artifactSigning(), ArtifactSigning::new);
        one(
                Dimension.SECURITY_DEPENDENCY_SCANNING,
                sec == null ? null : sec.dependencyScanning(),
                DependencyScanning::new);
        many(Dimension.SECURITY_RELAXED, sec == null ? null : sec.relaxedDefaults(), RelaxedControl::new);

        Observability o = r.observability();
        one(Dimension.OBSERVABILITY_LOGS, o == null ? null : o.logs(), Logging::new);
        one(Dimension.OBSERVABILITY_METRICS, o == null ? null : o.metrics(), Metrics::new);
        one(Dimension.OBSERVABILITY_TRACES, o == null ? null : o.traces(), Tracing::new);
        one(Dimension.OBSERVABILITY_ALERTING, o == null ? null : o.alerting(), Alerting::new);
        one(Dimension.OBSERVABILITY_SLOS, o == null ? null : o.slos(), Slos::new);

        proposal(r.proposal());
    }

    private void proposal(@Nullable Proposal p) {
        if (p == null) {
            out.add(new Unknown(Dimension.PROPOSAL));
            return;
        }
        if (p.style() != null) {
            out.add(new ProposedStyle(p.style()));
        } else {
            out.add(new Unknown(Dimension.PROPOSAL_STYLE));
        }
        List<ServiceSpec> services = p.services() == null ? List.of() : p.services();
        boolean unknownMode = false;
        for (int i = 0; i < services.size(); i++) {
            ServiceSpec s = services.get(i);
            out.add(new ProposedService(s.name(), s.datastores(), s.instances(), s.deploysWith(), i));
            List<ServiceCall> calls = s.calls() == null ? List.of() : s.calls();
            for (int c = 0; c < calls.size(); c++) {
                out.add(new ServiceDependency(
                        s.name(), calls.get(c).to(), calls.get(c).mode(), i, c));
                unknownMode |= calls.get(c).mode() == null;
            }
            List<io.archadvisor.model.Practice> practices = s.practices() == null ? List.of() : s.practices();
            for (int k = 0; k < practices.size(); k++) {
                out.add(new ServicePractice(s.name(), practices.get(k), i, k));
            }
            if (s.exposure() != null) {
                out.add(new Exposed(s.name(), false, s.exposure(), i));
            }
        }
        if (unknownMode) {
            out.add(new Unknown(Dimension.PROPOSAL_CALL_MODES));
        }
        List<DatastoreSpec> stores = p.datastores() == null ? List.of() : p.datastores();
        for (int i = 0; i < stores.size(); i++) {
            DatastoreSpec d = stores.get(i);
            out.add(new ProposedDatastore(
                    d.name(),
                    d.technology() == null ? null : d.technology().trim().toLowerCase(Locale.ROOT),
                    d.kind(),
                    d.replicas(),
                    i));
            if (d.exposure() != null) {
                out.add(new Exposed(d.name(), true, d.exposure(), i));
            }
        }
        List<TechnologyRef> techs = p.technologies() == null ? List.of() : p.technologies();
        for (int i = 0; i < techs.size(); i++) {
            out.add(technology(techs.get(i), Technology.Origin.PROPOSED, i));
        }
    }

    private static Technology technology(TechnologyRef ref, Technology.Origin origin, int index) {
        String version = ref.version() == null || ref.version().isBlank()
                ? null
                : ref.version().trim();
        return new Technology(ref.name().trim().toLowerCase(Locale.ROOT), version, origin, index);
    }

    private static ExistingDecision decision(Decision d, int index) {
        return new ExistingDecision(d.topic(), d.choice().trim().toLowerCase(Locale.ROOT), d.rationale(), index);
    }

    private static DataAccess dataAccess(DataAccessPattern d, int index) {
        return new DataAccess(
                d.name(), d.kind(), d.readsPerSecond(), d.writesPerSecond(), d.strongConsistency(), index);
    }

    private <T> void one(Dimension dimension, @Nullable T value, Function<T, ? extends InputFact> fact) {
        out.add(value == null ? new Unknown(dimension) : fact.apply(value));
    }

    private <T> void many(Dimension dimension, @Nullable List<T> values, Indexed<T> fact) {
        if (values == null) {
            out.add(new Unknown(dimension));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            out.add(fact.apply(values.get(i), i));
        }
    }

    @FunctionalInterface
    private interface Indexed<T> {
        InputFact apply(T value, int index);
    }
}
