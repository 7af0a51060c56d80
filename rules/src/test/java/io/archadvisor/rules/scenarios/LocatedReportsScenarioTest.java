package io.archadvisor.rules.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.base.Location;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.RequirementsDocument;
import io.archadvisor.render.Format;
import io.archadvisor.render.SarifRenderer;
import io.archadvisor.yaml.RequirementsReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A requirements file read with its locations and advised by the built-in packs: SARIF, JUnit and GitHub reports
 * point at the YAML line of the fact each finding rests on.
 */
class LocatedReportsScenarioTest {

    private static final String FILE = "requirements/system.yaml";
    private static final String YAML = """
            system: studio-booking
            team: {size: 5, expertise: [typescript, node], opsMaturity: low}
            timeline: {monthsToFirstRelease: 4, stage: mvp}
            existing:
              technologies:
                - {name: postgresql, version: "16"}
                - {name: node, version: 20.11}
            nfrs: {availabilityPercent: 99.9}
            deployment: {environment: cloud, provider: aws, regions: 1, availabilityZones: 1}
            proposal:
              style: microservices
              services:
                - name: bookings
                  datastores: [main-db]
                  calls: [{to: payments, mode: sync}]
                  instances: 1
                - name: payments
                  datastores: [main-db]
                  instances: 2
              datastores:
                - {name: main-db, technology: postgresql, kind: transactional, replicas: 0}
            """;
    private static final List<String> LINES = YAML.lines().toList();

    private static Advisor advisor;
    private static RequirementsDocument doc;
    private static RecommendationGraph graph;

    @BeforeAll
    static void advise() {
        advisor = Advisor.builder()
                .clock(Clock.fixed(
                        LocalDate.of(2026, 11, 26).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .build();
        doc = RequirementsReader.readDocument(YAML, FILE);
        graph = advisor.advise(doc.requirements(), doc.sources());
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static int lineOf(String text) {
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + text);
    }

    @Test
    void everyInputFactOfTheProvenanceIsLocatedInTheFileItWasReadFrom() {
        Set<FactRef> facts = graph.provenance().values().stream()
                .flatMap(p -> p.facts().stream())
                .collect(Collectors.toSet());
        for (FactRef f : facts) {
            if (f.path().startsWith("catalog.")) {
                assertEquals(null, f.location(), "catalog entries are not in the requirements: " + f);
            } else if (!f.unknown()) {
                assertEquals(FILE, f.location().source(), f.toString());
                assertEquals(doc.sources().locations().get(f.path()), f.location(), f.toString());
            }
        }
        assertTrue(facts.stream().anyMatch(f -> f.location() != null));
        assertEquals(
                advisor.advise(doc.requirements()),
                graph.withSources(io.archadvisor.model.SourceMap.empty()),
                "locations are all that a source map adds");
    }

    @Test
    void eachSarifResultPointsAtTheLineOfAFactItRestsOn() {
        JsonNode run = JsonMapper.builder()
                .build()
                .readTree(SarifRenderer.standard().withRules(advisor.rules()).render(graph))
                .get("runs")
                .get(0);
        assertFalse(run.get("results").isEmpty());
        for (JsonNode result : run.get("results")) {
            Node node = graph.node(result.get("properties").get("nodeId").stringValue())
                    .orElseThrow();
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            assertEquals(FILE, physical.get("artifactLocation").get("uri").stringValue());
            int line = physical.get("region").get("startLine").intValue();
            List<Location> restsOn = graph.explain(node).allFacts().stream()
                    .map(FactRef::location)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            if (restsOn.isEmpty()) {
                assertEquals(1, line, "a result on no located fact points at line 1: " + result);
            } else {
                int column = physical.get("region").get("startColumn").intValue();
                assertTrue(
                        restsOn.contains(new Location(FILE, line, column)),
                        () -> result.get("ruleId") + " at " + line + ":" + column + " rests on " + restsOn);
            }
        }
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            assertTrue(rule.has("helpUri"), "every built-in rule links its documentation: " + rule.get("id"));
        }
        assertEquals(
                io.archadvisor.render.ToolVersion.current(),
                run.get("tool").get("driver").get("version").stringValue());
    }

    @Test
    void anOutdatedTechnologyIsReportedAtItsLineInEveryFormat() {
        int nodeLine = lineOf("{name: node, version: 20.11}");
        String sarif = Format.SARIF.render(graph);
        JsonNode eol = null;
        for (JsonNode r :
                JsonMapper.builder().build().readTree(sarif).get("runs").get(0).get("results")) {
            if (r.get("ruleId").stringValue().equals("AP-OUTDATED-EOL")) {
                eol = r;
            }
        }
        assertTrue(eol != null, "node 20.11 is past its end of life on 2026-11-26");
        assertEquals(
                nodeLine,
                eol.get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("region")
                        .get("startLine")
                        .intValue());
        String github = Format.GITHUB.render(graph);
        assertTrue(
                github.lines()
                        .anyMatch(l -> l.startsWith("::error file=" + FILE + ",line=" + nodeLine + ",")
                                && l.contains("title=AP-OUTDATED-EOL in nodejs 20.11")),
                github);
        String junit = Format.JUNIT.render(graph);
        assertTrue(junit.contains("file=\"" + FILE + "\" line=\"" + nodeLine + "\""), junit);
    }

    @Test
    void aSharedDatastoreIsReportedWhereAServiceUsesIt() {
        JsonNode shared = null;
        for (JsonNode r : JsonMapper.builder()
                .build()
                .readTree(Format.SARIF.render(graph))
                .get("runs")
                .get(0)
                .get("results")) {
            if (r.get("ruleId").stringValue().startsWith("AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE")) {
                shared = r;
            }
        }
        assertTrue(shared != null, "two services of a microservices proposal share main-db");
        int line = shared.get("locations")
                .get(0)
                .get("physicalLocation")
                .get("region")
                .get("startLine")
                .intValue();
        assertTrue(
                Set.of(lineOf("- name: bookings"), lineOf("- name: payments"), lineOf("{name: main-db, technology"))
                        .contains(line),
                "line " + line);
        assertTrue(shared.get("relatedLocations").size() >= 1, "the other service is a related location");
    }
}
