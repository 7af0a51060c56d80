package io.archadvisor.imports;

import static io.archadvisor.imports.Fixtures.technologies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.model.AuthMethod;
import io.archadvisor.model.Requirements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenAPI contracts of the OpenAPI Initiative and Swagger, and AsyncAPI examples of the AsyncAPI specification. */
class ApiContractImportTest {

    @Test
    void theSwaggerPetstoreUsesOauth2AndApiKeysOverHttpsOnly() {
        ImportedRequirements i = Fixtures.read("openapi/swagger-petstore-openapi.yaml");
        Requirements r = i.requirements();
        assertEquals(
                List.of("openapi"),
                i.files().stream().map(Importers.Detection::format).toList());
        assertEquals(
                List.of(AuthMethod.OAUTH2, AuthMethod.API_KEYS), r.security().authentication());
        assertEquals(Boolean.TRUE, r.security().encryptionInTransit());
        assertEquals(
                "openapi/swagger-petstore-openapi.yaml:829:13",
                Fixtures.at(i.origins().get("security.authentication[0]")));
        assertNull(r.proposal(), "a contract names no deployables");
    }

    @Test
    void thePetstoreOfTheSpecificationIsVersionedAndPaginatedOverPlainHttp() {
        ImportedRequirements i = Fixtures.read("openapi/petstore.yaml");
        assertNull(i.requirements().security(), "no security schemes, and an http server says nothing for sure");
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().contains("paginated with the query parameters limit")),
                i.notes().toString());
    }

    @Test
    void thePetstoreExpandedServesOverHttpsOnly() {
        ImportedRequirements i = Fixtures.read("openapi/petstore-expanded.yaml");
        assertEquals(Boolean.TRUE, i.requirements().security().encryptionInTransit());
        assertNull(i.requirements().security().authentication());
    }

    @Test
    void streetlightsOverSecureKafkaAuthenticatesWithCertificates() {
        ImportedRequirements i = Fixtures.read("asyncapi/streetlights-kafka-asyncapi.yml");
        Requirements r = i.requirements();
        assertEquals(Boolean.TRUE, r.workload().asyncWorkflows());
        assertEquals(List.of("kafka"), technologies(r));
        assertEquals(List.of(AuthMethod.MTLS), r.security().authentication());
        assertEquals(Boolean.TRUE, r.security().encryptionInTransit());
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().contains("saslScram (scramSha256)")),
                i.notes().toString());
    }

    @Test
    void streetlightsOverMqttNamesTheProtocolAndThreeAuthenticationMethods() {
        Requirements r =
                Fixtures.read("asyncapi/streetlights-mqtt-asyncapi.yml").requirements();
        assertEquals(List.of("mqtt"), technologies(r));
        assertEquals(
                List.of(AuthMethod.API_KEYS, AuthMethod.OAUTH2, AuthMethod.OIDC),
                r.security().authentication());
        assertNull(r.security().encryptionInTransit(), "mqtt is not a secure protocol");
    }

    @Test
    void anAmqpRpcServerUsesRabbitmqAndAWebsocketApiIsRealTime() {
        Requirements rpc = Fixtures.read("asyncapi/rpc-server-asyncapi.yml").requirements();
        assertEquals(List.of("rabbitmq"), technologies(rpc));
        assertEquals(Boolean.TRUE, rpc.workload().asyncWorkflows());
        Requirements ws =
                Fixtures.read("asyncapi/websocket-gemini-asyncapi.yml").requirements();
        assertEquals(Boolean.TRUE, ws.workload().realTime());
        assertEquals(Boolean.TRUE, ws.security().encryptionInTransit());
    }
}
