package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementsReaderTest {

    static final String FULL = """
            system: shop
            scale:
              currentRequestsPerSecond: 50
              projectedRequestsPerSecond: 2000
              currentUsers: 10000
              projectedUsers: 5000000000
              dataVolumeGb: 120.5
              horizonMonths: 24
            team:
              size: 12
              expertise: [java, postgresql]
              opsMaturity: medium
            budget:
              monthlyUsd: 8000
              costSensitivity: high
            timeline:
              monthsToFirstRelease: 4
              stage: mvp
            existing:
              technologies:
                - {name: postgresql, version: "16"}
                - {name: java, version: 17}
              techDebt: low
              decisions:
                - topic: architecture-style
                  choice: modular monolith
                  rationale: one team
            nfrs:
              latencyP99Ms: 300
              availabilityPercent: 99.9
              rpoMinutes: 15
              rtoMinutes: 60
              compliance: [gdpr, pci-dss, soc2]
              dataResidency: [eu]
            deployment:
              environment: on-prem
              provider: hetzner
              kubernetes: false
              regions: 1
              availabilityZones: 2
            workload:
              shape: spiky
              asyncWorkflows: true
              longRunningJobs: false
              realTime: false
              geoDistributed: false
              auditTrail: true
              simpleCrud: false
              iot: false
            domain:
              clarity: emerging
              boundedContexts: [catalog, orders, billing]
              independentScaling: false
            dataAccess:
              - name: orders
                kind: transactional
                readsPerSecond: 200
                writesPerSecond: 50
                strongConsistency: true
              - {name: sessions, kind: key-value}
            security:
              authentication: [oauth2, api-keys]
              authorization: rbac
              encryptionInTransit: true
              encryptionAtRest: true
              secretsManagement: true
              auditLogging: true
              zeroTrust: false
              leastPrivilege: true
              keyRotation: false
              inputValidation: true
              sbom: false
              artifactSigning: false
              dependencyScanning: true
              relaxedDefaults: [zero-trust]
            observability: {logs: true, metrics: true, traces: false, alerting: true, slos: false}
            proposal:
              style: modular-monolith
              services:
                - name: orders
                  datastores: [orders-db]
                  calls: [{to: billing, mode: sync}, {to: mailer, mode: async}]
                  instances: 2
                  deploysWith: [billing]
                - {name: billing}
                - {name: mailer}
              datastores:
                - {name: orders-db, technology: postgresql, kind: transactional, replicas: 1}
              technologies:
                - {name: kafka, version: 3.10}
            """;

    static final Requirements EXPECTED = new Requirements(
            "shop",
            new Scale(50, 2000, 10_000L, 5_000_000_000L, 120.5, 24),
            new Team(12, List.of("java", "postgresql"), Level.MEDIUM),
            new Budget(8000, Level.HIGH),
            new Timeline(4, Stage.MVP),
            new ExistingInfrastructure(
                    List.of(new TechnologyRef("postgresql", "16"), new TechnologyRef("java", "17")),
                    Level.LOW,
                    List.of(new Decision(DecisionTopic.ARCHITECTURE_STYLE, "modular monolith", "one team"))),
            new Nfrs(
                    300,
                    99.9,
                    15,
                    60,
                    List.of(ComplianceRegime.GDPR, ComplianceRegime.PCI_DSS, ComplianceRegime.SOC2),
                    List.of("eu")),
            new Deployment(DeploymentEnvironment.ON_PREM, "hetzner", false, 1, 2),
            new Workload(LoadShape.SPIKY, true, false, false, false, true, false, false),
            new Domain(Clarity.EMERGING, List.of("catalog", "orders", "billing"), false),
            List.of(
                    new DataAccessPattern("orders", AccessKind.TRANSACTIONAL, 200, 50, true),
                    new DataAccessPattern("sessions", AccessKind.KEY_VALUE, null, null, null)),
            new Security(
                    List.of(AuthMethod.OAUTH2, AuthMethod.API_KEYS),
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
                    List.of(SecurityControl.ZERO_TRUST)),
            new Observability(true, true, false, true, false),
            new Proposal(
                    Pattern.MODULAR_MONOLITH,
                    List.of(
                            new ServiceSpec(
                                    "orders",
                                    List.of("orders-db"),
                                    List.of(
                                            new ServiceCall("billing", CallMode.SYNC),
                                            new ServiceCall("mailer", CallMode.ASYNC)),
                                    2,
                                    List.of("billing")),
                            new ServiceSpec("billing", null, null, null, null),
                            new ServiceSpec("mailer", null, null, null, null)),
                    List.of(new DatastoreSpec("orders-db", "postgresql", AccessKind.TRANSACTIONAL, 1)),
                    List.of(new TechnologyRef("kafka", "3.10"))));

    @Test
    void everySectionOfTheFormatIsRead() {
        assertEquals(EXPECTED, RequirementsReader.read(FULL, "full.yaml"));
    }

    @Test
    void aStreamReadsTheSameAsAString() {
        assertEquals(
                EXPECTED,
                RequirementsReader.read(new ByteArrayInputStream(FULL.getBytes(StandardCharsets.UTF_8)), "full.yaml"));
    }

    @Test
    void absentAndNullKeysAreUnknownAndAnEmptyListIsKnownNone() {
        Requirements r = RequirementsReader.read("""
                system: s
                team:
                  size: ~
                  expertise: []
                budget:
                """, "s.yaml");
        assertEquals(
                new Requirements(
                        "s",
                        null,
                        new Team(null, List.of(), null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                r);
    }
}
