package io.archadvisor.imports;

import static io.archadvisor.imports.Fixtures.at;
import static io.archadvisor.imports.Fixtures.calls;
import static io.archadvisor.imports.Fixtures.datastoreNames;
import static io.archadvisor.imports.Fixtures.service;
import static io.archadvisor.imports.Fixtures.technologies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.model.CallMode;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compose files of docker/awesome-compose, read as their authors wrote them. */
class ComposeImportTest {

    @Test
    void nextcloudUsesRedisAndMariadbThroughTheAddressesInItsEnvironment() {
        ImportedRequirements i = Fixtures.read("compose/nextcloud-redis-mariadb/compose.yaml");
        Requirements r = i.requirements();
        assertEquals(
                List.of("docker-compose"),
                i.files().stream().map(Importers.Detection::format).toList());
        assertEquals(List.of("nc"), Fixtures.names(r));
        assertEquals(List.of("redis", "db"), service(r, "nc").datastores());
        assertNull(service(r, "nc").calls());
        assertNull(service(r, "nc").instances(), "the file sets no replicas");
        assertEquals(List.of("redis:redis:CACHE:null", "db:mariadb:TRANSACTIONAL:null"), datastoreNames(r));
        assertEquals(List.of("redis", "mariadb 10.5"), technologies(r));
        assertNull(r.proposal().style(), "one service is no evidence of a style");
        Origin uses = i.origins().get("proposal.services[0].datastores[0]");
        assertFalse(uses.stated());
        assertEquals("compose/nextcloud-redis-mariadb/compose.yaml:13:9", at(uses));
        assertEquals("the address in REDIS_HOST=redis", uses.evidence());
        assertEquals(
                "compose/nextcloud-redis-mariadb/compose.yaml:2:3",
                at(i.origins().get("proposal.services[0]")));
        assertEquals(
                "the image mariadb:10.5",
                i.origins().get("proposal.datastores[1].technology").evidence());
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().contains("`nextcloud:apache`")),
                i.notes().toString());
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().startsWith("nc publishes 80:80")),
                i.notes().toString());
    }

    @Test
    void reactExpressMongodbChainsFrontendToBackendToMongo() {
        Requirements r =
                Fixtures.read("compose/react-express-mongodb/compose.yaml").requirements();
        assertEquals(List.of("frontend", "backend"), Fixtures.names(r));
        ServiceSpec frontend = service(r, "frontend");
        assertEquals("backend", calls(frontend));
        assertNull(frontend.calls().get(0).mode(), "depends_on does not say whether the call waits");
        assertEquals(List.of("mongo"), service(r, "backend").datastores());
        assertEquals(List.of("mongo:mongodb:DOCUMENT:null"), datastoreNames(r));
        assertEquals(List.of("mongodb 4.2.0"), technologies(r));
    }

    @Test
    void reactJavaMysqlReadsTheLongDependsOnSyntaxAndAnEnvironmentMapping() {
        ImportedRequirements i = Fixtures.read("compose/react-java-mysql/compose.yaml");
        Requirements r = i.requirements();
        assertEquals(List.of("backend", "frontend"), Fixtures.names(r));
        assertEquals(List.of("db"), service(r, "backend").datastores());
        Origin uses = i.origins().get("proposal.services[0].datastores[0]");
        assertTrue(uses.stated(), "depends_on states it; the environment only suggests it");
        assertEquals("compose/react-java-mysql/compose.yaml:13:7", at(uses));
        assertEquals("backend", calls(service(r, "frontend")));
        assertEquals(List.of("db:mariadb:TRANSACTIONAL:null"), datastoreNames(r));
        assertEquals(List.of("mariadb 10.6.4"), technologies(r));
    }

    @Test
    void wasmedgeKafkaMysqlReadsRedpandaAsAnEventLogAndTheDatabaseUrl() {
        ImportedRequirements i = Fixtures.read("compose/wasmedge-kafka-mysql/compose.yml");
        Requirements r = i.requirements();
        assertEquals(List.of("etl"), Fixtures.names(r));
        assertEquals(List.of("db"), service(r, "etl").datastores(), "the event log is shared, not a service's store");
        assertEquals(List.of("redpanda:redpanda:STREAMING:null", "db:mariadb:TRANSACTIONAL:null"), datastoreNames(r));
        assertEquals(List.of("redpanda 22.2.2", "mariadb 10.9"), technologies(r));
        assertEquals(Boolean.TRUE, r.workload().asyncWorkflows());
        Origin uses = i.origins().get("proposal.services[0].datastores[0]");
        assertEquals("the address in DATABASE_URL=mysql://…@db:3306/mysql", uses.evidence(), "no credentials copied");
        assertFalse(i.toYaml().contains("whalehello"));
    }

    @Test
    void processesOfOneImageAreOneDeployableSoNoMicroservicesStyleIsInferred() {
        SourceFile f = SourceFile.of("compose.yaml", """
                services:
                  web:
                    image: ghcr.io/mastodon/mastodon:v4.3.17
                    depends_on: [db]
                  sidekiq:
                    image: ghcr.io/mastodon/mastodon:v4.3.17
                    depends_on: [db]
                  streaming:
                    image: ghcr.io/mastodon/mastodon-streaming:v4.3.17
                    depends_on: [db]
                  db:
                    image: postgres:14-alpine
                """);
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(f));
        Requirements r = i.requirements();
        assertEquals(List.of("web", "sidekiq", "streaming"), Fixtures.names(r));
        assertNull(r.proposal().style(), "three services, two codebases: no style is inferred");
        assertTrue(
                i.notes().stream()
                        .anyMatch(n -> n.message()
                                .startsWith("the 3 services run 2 codebases (services built from one image are"
                                        + " processes of one deployable)")),
                i.notes()::toString);
    }

    @Test
    void anHttpAddressMakesACallSynchronousAndAnOtherwiseUnstatedModeStaysUnknown() {
        SourceFile f = SourceFile.of("compose.yaml", """
                x-common: &common
                  restart: always
                  environment:
                    LOG_LEVEL: info
                services:
                  web:
                    <<: *common
                    image: ${REGISTRY:-ghcr.io/acme}/web:${TAG:-1.4}
                    ports: [{target: 80, published: 8080}]
                    environment:
                      ORDERS_URL: http://orders:8080/api
                    depends_on: [orders, billing]
                    deploy: {replicas: "${WEB_REPLICAS:-3}"}
                  orders:
                    build: ./orders
                    environment: ["DB_DSN=postgres://app:secret@db:5432/orders"]
                  billing:
                    image: ghcr.io/acme/billing:2.0
                  db:
                    image: postgres:${PG_VERSION:-16}-alpine
                """);
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(f));
        Requirements r = i.requirements();
        ServiceSpec web = service(r, "web");
        assertEquals(3, web.instances());
        assertEquals(CallMode.SYNC, web.calls().get(0).mode());
        assertEquals("orders", web.calls().get(0).to());
        assertNull(web.calls().get(1).mode());
        assertEquals(List.of("db"), service(r, "orders").datastores());
        assertEquals(List.of("postgresql 16"), technologies(r));
        assertEquals(io.archadvisor.model.Pattern.MICROSERVICES, r.proposal().style());
        assertFalse(i.origins().get("proposal.style").stated());
    }
}
