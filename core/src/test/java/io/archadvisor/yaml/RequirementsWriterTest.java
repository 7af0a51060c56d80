package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.archadvisor.model.Budget;
import io.archadvisor.model.ExistingInfrastructure;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Scale;
import io.archadvisor.model.Team;
import io.archadvisor.model.TechnologyRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementsWriterTest {

    @Test
    void everySectionIsWrittenInTheRecordsOrderAndReadsBackEqual() {
        String yaml = RequirementsWriter.write(RequirementsReaderTest.EXPECTED);
        assertEquals("""
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
                    - name: postgresql
                      version: "16"
                    - name: java
                      version: "17"
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
                  - name: sessions
                    kind: key-value
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
                observability:
                  logs: true
                  metrics: true
                  traces: false
                  alerting: true
                  slos: false
                proposal:
                  style: modular-monolith
                  services:
                    - name: orders
                      datastores: [orders-db]
                      calls:
                        - to: billing
                          mode: sync
                        - to: mailer
                          mode: async
                      instances: 2
                      deploysWith: [billing]
                    - name: billing
                    - name: mailer
                  datastores:
                    - name: orders-db
                      technology: postgresql
                      kind: transactional
                      replicas: 1
                  technologies:
                    - name: kafka
                      version: "3.10"
                """, yaml);
        assertEquals(RequirementsReaderTest.EXPECTED, RequirementsReader.read(yaml, "written.yaml"));
    }

    @Test
    void unknownIsLeftOutEmptyListsAndEmptySectionsAreKept() {
        Requirements r = new Requirements(
                null,
                new Scale(null, null, null, null, null, null),
                new Team(null, List.of(), null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null);
        assertEquals("scale: {}\nteam:\n  expertise: []\ndataAccess: []\n", RequirementsWriter.write(r));
        assertEquals(r, RequirementsReader.read(RequirementsWriter.write(r), "w.yaml"));
    }

    @Test
    void nothingKnownIsAnEmptyMapping() {
        Requirements nothing = Requirements.named(null);
        assertEquals("{}\n", RequirementsWriter.write(nothing));
        assertEquals(nothing, RequirementsReader.read("{}", "w.yaml"));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "shop | shop",
                "modular monolith | modular monolith",
                "ünïcödé straße | ünïcödé straße",
                "spring-boot/3.x | spring-boot/3.x",
                "16 | \"16\"",
                "3.10 | \"3.10\"",
                "0x1F | \"0x1F\"",
                ".inf | \".inf\"",
                "true | \"true\"",
                "yes | \"yes\"",
                "Off | \"Off\"",
                "null | \"null\"",
                "~ | \"~\"",
                "2024-01-01 | \"2024-01-01\"",
                "a: b | \"a: b\"",
                "x #y | \"x #y\"",
                "- x | \"- x\"",
                "[a] | \"[a]\"",
                "a,b | \"a,b\"",
                "*alias | \"*alias\"",
                "say \"hi\" | \"say \\\"hi\\\"\"",
                "back\\slash | \"back\\\\slash\"",
                "`  padded ` | \"  padded \"",
                "a  b | \"a  b\"",
            })
    void textIsQuotedOnlyWhenAYamlReaderCouldTakeItForSomethingElse(String text, String written) {
        assertEquals(written, RequirementsWriter.text(text));
        Requirements r = Requirements.named(text);
        assertEquals(r, RequirementsReader.read(RequirementsWriter.write(r), "w.yaml"));
    }

    @Test
    void controlCharactersAndLineBreaksAreEscaped() {
        String text = "line\nbreak\ttab\u0007bell\u2028ls\uFEFFbom 🎉";
        assertEquals("\"line\\nbreak\\ttab\\u0007bell\\u2028ls\\ufeffbom 🎉\"", RequirementsWriter.text(text));
        Requirements r = Requirements.named(text);
        assertEquals(r, RequirementsReader.read(RequirementsWriter.write(r), "w.yaml"));
    }

    @Test
    void aVersionWrittenAsANumberStaysTextOnTheWayBack() {
        Requirements r = new Requirements(
                null,
                null,
                null,
                null,
                null,
                new ExistingInfrastructure(
                        List.of(new TechnologyRef("node", "20.10"), new TechnologyRef("java", "017")), null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertEquals(r, RequirementsReader.read(RequirementsWriter.write(r), "w.yaml"));
        assertEquals(
                r,
                RequirementsReader.read(
                        "existing: {technologies: [{name: node, version: 20.10}," + " {name: java, version: 017}]}",
                        "hand.yaml"));
    }

    @Test
    void extremeNumbersSurviveTheRoundTrip() {
        Requirements r = new Requirements(
                null,
                new Scale(Integer.MAX_VALUE, 0, Long.MAX_VALUE, 0L, Double.MAX_VALUE, 1),
                null,
                new Budget(0, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertEquals(r, RequirementsReader.read(RequirementsWriter.write(r), "w.yaml"));
        Requirements tiny = new Requirements(
                null,
                new Scale(null, null, null, null, Double.MIN_VALUE, null),
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
                null,
                null);
        assertEquals(tiny, RequirementsReader.read(RequirementsWriter.write(tiny), "w.yaml"));
    }

    @Test
    void aNonFiniteNumberCannotBeWritten() {
        // the model refuses non-finite quantities when it is built, so the writer never meets one
        io.archadvisor.model.RequirementsException e = assertThrows(
                io.archadvisor.model.RequirementsException.class,
                () -> new Scale(null, null, null, null, Double.POSITIVE_INFINITY, null));
        assertEquals(
                "The field `scale.dataVolumeGb` (Infinity) must be a finite number ≥ 0.",
                e.problems().get(0).message());
    }

    @Test
    void aFileIsWrittenInUtf8(@TempDir Path dir) {
        Path file = dir.resolve("out.yaml");
        RequirementsWriter.write(Requirements.named("straße"), file);
        assertEquals(Requirements.named("straße"), RequirementsReader.read(file));
    }

    @Test
    void theSamplesReadBackEqualAfterWriting() throws Exception {
        for (Path sample : RequirementsSchemaTest.samples().toList()) {
            Requirements r = RequirementsReader.read(sample);
            assertEquals(r, RequirementsReader.read(RequirementsWriter.write(r), sample + " (rewritten)"));
        }
    }
}
