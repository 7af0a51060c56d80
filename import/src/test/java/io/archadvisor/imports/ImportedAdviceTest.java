package io.archadvisor.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.facts.Dimension;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.RecommendationGraph;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the advisor makes of imported requirements: it reviews what the files state and asks about the rest. */
class ImportedAdviceTest {

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder().build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void onlineBoutiqueIsReviewedAsMicroservicesAndTheAdvisorAsksWhichCallsAreSynchronous() {
        ImportedRequirements i = Fixtures.read("kubernetes/microservices-demo/kubernetes-manifests.yaml");
        RecommendationGraph graph = advisor.advise(i.requireNoConflicts().requirements());
        assertTrue(
                graph.questions().stream()
                        .anyMatch(q -> q.dimension() == Dimension.PROPOSAL_CALL_MODES
                                && q.question().contains("checkoutservice → paymentservice")),
                graph.questions().toString());
        List<String> findings =
                graph.findings().stream().map(AntiPatternFinding::code).toList();
        assertFalse(
                findings.stream().anyMatch(c -> c.contains("SYNC")),
                "calls of unknown mode make no synchronous chain or fan-out: " + findings);
    }

    @Test
    void threeComposeServicesOfWhichTwoShareADatabaseAreFlaggedAsADistributedMonolith() {
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(SourceFile.of("compose.yaml", """
                services:
                  orders: {build: ./orders, depends_on: [db]}
                  billing: {build: ./billing, environment: {DB_HOST: db}}
                  shipping: {build: ./shipping}
                  db: {image: "postgres:16"}
                """)));
        RecommendationGraph graph = advisor.advise(i.requirements());
        assertTrue(
                graph.findings().stream().anyMatch(f -> f.code().equals("AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE")),
                graph.findings().toString());
    }

    @Test
    void aDatabasePortPublishedByAComposeFileIsAFindingThatPointsAtThePort() {
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(SourceFile.of("compose.yaml", """
                services:
                  web: {build: ./web, ports: ["8080:8080"], depends_on: [db]}
                  api: {build: ./api, ports: ["9090:9090"], depends_on: [db]}
                  db:
                    image: "postgres:16"
                    ports: ["5432:5432"]
                """)));
        RecommendationGraph graph = advisor.advise(i.requirements(), i.sources());
        AntiPatternFinding exposed = graph.findings().stream()
                .filter(f -> f.code().equals("SEC-DATASTORE-EXPOSED"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(graph.findings().toString()));
        assertEquals(
                List.of("compose.yaml:6:13"),
                graph.provenance(exposed).facts().stream()
                        .map(f -> String.valueOf(f.location()))
                        .toList());
        assertTrue(
                graph.findings().stream().anyMatch(f -> f.code().equals("SEC-SERVICES-EXPOSED-WITHOUT-GATEWAY")),
                graph.findings().toString());
    }
}
