package io.archadvisor.imports;

import static io.archadvisor.imports.Fixtures.at;
import static io.archadvisor.imports.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.model.DatastoreSpec;
import io.archadvisor.model.Exposure;
import io.archadvisor.model.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How services and datastores can be reached from outside, as compose files and Kubernetes manifests state it. */
class ExposureImportTest {

    @TempDir
    Path dir;

    private ImportedRequirements read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return Fixtures.IMPORTERS.read(List.of(file));
    }

    private static DatastoreSpec datastore(Requirements r, String name) {
        return r.proposal().datastores().stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no datastore " + name));
    }

    private static String where(ImportedRequirements i, String path) {
        return i.origins().get(path).location().toString().replaceFirst("^.*/", "");
    }

    @Test
    void aPublishedComposePortMakesAServicePublicAndItsDatastoresWithoutPortsInternal() {
        ImportedRequirements i = Fixtures.read("compose/nextcloud-redis-mariadb/compose.yaml");
        Requirements r = i.requirements();
        assertEquals(Exposure.PUBLIC, service(r, "nc").exposure());
        Origin o = i.origins().get("proposal.services[0].exposure");
        assertTrue(o.stated(), "the published port states it");
        assertEquals("compose/nextcloud-redis-mariadb/compose.yaml:6:9", at(o));
        assertEquals(Exposure.INTERNAL, datastore(r, "db").exposure());
        Origin internal = i.origins().get("proposal.datastores[1].exposure");
        assertFalse(internal.stated());
        assertEquals("no published ports", internal.evidence());
    }

    @Test
    void aComposePortThatDependsOnAVariableLeavesTheExposureUnknownWithANote() throws IOException {
        ImportedRequirements i = read("compose.yaml", """
                services:
                  proxy:
                    image: envoyproxy/envoy:v1.31.0
                    ports:
                      - "${ENVOY_PORT}:${ENVOY_PORT}"
                  quiet:
                    image: ghcr.io/acme/worker:2
                """);
        Requirements r = i.requirements();
        assertNull(service(r, "proxy").exposure(), "published, but where is not known");
        assertEquals(Exposure.INTERNAL, service(r, "quiet").exposure());
        assertTrue(
                i.notes().stream()
                        .anyMatch(n -> n.toString()
                                .endsWith("compose.yaml:5:9: proxy publishes ${ENVOY_PORT}:${ENVOY_PORT}, which"
                                        + " depends on variables without defaults; whether it is reachable from"
                                        + " outside the compose network is unknown (set `exposure` in an overlay)")),
                i.notes()::toString);
    }

    @Test
    void aComposeImageWhoseTagAloneDependsOnAVariableKeepsItsTechnologyWithoutAVersion() throws IOException {
        ImportedRequirements i = read("compose.yaml", """
                services:
                  app:
                    image: ghcr.io/acme/app:3
                    depends_on: [mysql]
                  mysql:
                    image: mysql:${MYSQL_VERSION}
                """);
        Requirements r = i.requirements();
        assertEquals("mysql", datastore(r, "mysql").technology());
        assertTrue(
                i.notes().stream()
                        .anyMatch(n -> n.message()
                                .equals("the tag of the image `mysql:${MYSQL_VERSION}` of mysql depends on a variable"
                                        + " without a default; it is read as mysql, of unknown version")),
                i.notes()::toString);
    }

    @Test
    void aComposeDatastorePublishedOnEveryAddressIsPublicButOnLoopbackOnlyInternal() throws IOException {
        ImportedRequirements i = read("compose.yaml", """
                services:
                  api:
                    image: ghcr.io/acme/api:1.4
                    depends_on: [db, cache]
                  db:
                    image: postgres:16-alpine
                    ports:
                      - "5432:5432"
                  cache:
                    image: redis:7.2
                    ports:
                      - target: 6379
                        published: 6379
                        host_ip: 127.0.0.1
                """);
        Requirements r = i.requirements();
        assertEquals(Exposure.PUBLIC, datastore(r, "db").exposure());
        assertEquals("compose.yaml:8:9", where(i, "proposal.datastores[0].exposure"));
        assertEquals(Exposure.INTERNAL, datastore(r, "cache").exposure());
        assertEquals(
                "ports published on a loopback address only (6379)",
                i.origins().get("proposal.datastores[1].exposure").evidence());
        assertEquals(Exposure.INTERNAL, service(r, "api").exposure());
    }

    @Test
    void hostNetworkingIsPublicAndAnotherContainersNetworkIsUnknown() throws IOException {
        Requirements r = read("compose.yaml", """
                        services:
                          edge:
                            image: ghcr.io/acme/edge:2
                            network_mode: host
                          sidecar:
                            image: ghcr.io/acme/sidecar:2
                            network_mode: "service:edge"
                        """).requirements();
        assertEquals(Exposure.PUBLIC, service(r, "edge").exposure());
        assertNull(service(r, "sidecar").exposure(), "it shares edge's network: the file does not say more");
    }

    @Test
    void aLoadBalancerServiceMakesAKubernetesWorkloadPublicAndTheRestInternal() {
        ImportedRequirements i = Fixtures.read("kubernetes/microservices-demo/kubernetes-manifests.yaml");
        Requirements r = i.requirements();
        assertEquals(Exposure.PUBLIC, service(r, "frontend").exposure());
        int frontend = Fixtures.names(r).indexOf("frontend");
        assertEquals(
                "kubernetes/microservices-demo/kubernetes-manifests.yaml:136:9",
                at(i.origins().get("proposal.services[" + frontend + "].exposure")));
        assertEquals(Exposure.INTERNAL, service(r, "cartservice").exposure());
        assertEquals(Exposure.INTERNAL, datastore(r, "redis-cart").exposure());
        assertEquals(
                1,
                r.proposal().services().stream()
                        .filter(s -> s.exposure() == Exposure.PUBLIC)
                        .count());
    }

    @Test
    void aNodePortServiceIsPublic() {
        Requirements r =
                Fixtures.read("kubernetes/guestbook/guestbook-all-in-one.yaml").requirements();
        assertEquals(Exposure.PUBLIC, service(r, "frontend").exposure());
    }

    @Test
    void servicesRoutedByAnIngressOrAGatewayRouteAreReachedThroughTheGateway() throws IOException {
        ImportedRequirements i = read("app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: ghcr.io/acme/web:1}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec: {selector: {app: web}, ports: [{port: 80}]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders}
                spec:
                  selector: {matchLabels: {app: orders}}
                  template:
                    metadata: {labels: {app: orders}}
                    spec: {containers: [{name: orders, image: ghcr.io/acme/orders:1}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: orders-svc}
                spec: {selector: {app: orders}, ports: [{port: 8080}]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: billing}
                spec:
                  selector: {matchLabels: {app: billing}}
                  template:
                    metadata: {labels: {app: billing}}
                    spec: {containers: [{name: billing, image: ghcr.io/acme/billing:1}]}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: public}
                spec:
                  rules:
                    - http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend: {service: {name: web, port: {number: 80}}}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: orders}
                spec:
                  rules:
                    - backendRefs:
                        - name: orders-svc
                          port: 8080
                """);
        Requirements r = i.requirements();
        assertEquals(Exposure.VIA_GATEWAY, service(r, "web").exposure());
        assertEquals(Exposure.VIA_GATEWAY, service(r, "orders-svc").exposure());
        assertEquals(Exposure.INTERNAL, service(r, "billing").exposure());
        int orders = Fixtures.names(r).indexOf("orders-svc");
        Origin routed = i.origins().get("proposal.services[" + orders + "].exposure");
        assertTrue(routed.stated());
        assertEquals("app.yaml:55:17", routed.location().toString().replaceFirst("^.*/", ""));
    }

    @Test
    void anIstioVirtualServiceRoutesByTheServicesHostName() throws IOException {
        Requirements r = read("mesh.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: reviews}
                        spec:
                          selector: {matchLabels: {app: reviews}}
                          template:
                            metadata: {labels: {app: reviews}}
                            spec: {containers: [{name: reviews, image: ghcr.io/acme/reviews:1}]}
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata: {name: reviews}
                        spec: {selector: {app: reviews}, ports: [{port: 9080}]}
                        ---
                        apiVersion: networking.istio.io/v1
                        kind: VirtualService
                        metadata: {name: reviews}
                        spec:
                          hosts: [reviews.example.com]
                          gateways: [public-gateway]
                          http:
                            - route:
                                - destination: {host: reviews.default.svc.cluster.local}
                        """).requirements();
        assertEquals(Exposure.VIA_GATEWAY, service(r, "reviews").exposure());
    }

    @Test
    void theImportedFileWritesTheExposureWithItsOrigin() {
        String yaml =
                Fixtures.read("compose/nextcloud-redis-mariadb/compose.yaml").toYaml();
        assertTrue(yaml.contains("exposure: public  # "), yaml);
        assertTrue(yaml.contains("exposure: internal  # inferred from no published ports"), yaml);
    }

    @Test
    void terraformPlansStateWhetherAManagedDatabaseIsReachableFromTheInternet() {
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(SourceFile.of("plan.json", """
                {"format_version":"1.2","terraform_version":"1.9.0","planned_values":{"root_module":{
                  "resources":[
                   {"address":"aws_db_instance.orders","mode":"managed","type":"aws_db_instance","name":"orders",
                    "provider_name":"registry.terraform.io/hashicorp/aws","values":{"identifier":"orders",
                    "engine":"postgres","engine_version":"16.3","publicly_accessible":true}},
                   {"address":"azurerm_postgresql_flexible_server.reports","mode":"managed",
                    "type":"azurerm_postgresql_flexible_server","name":"reports",
                    "provider_name":"registry.terraform.io/hashicorp/azurerm","values":{"name":"reports",
                    "version":"16","public_network_access_enabled":false}},
                   {"address":"google_sql_database_instance.legacy","mode":"managed",
                    "type":"google_sql_database_instance","name":"legacy",
                    "provider_name":"registry.terraform.io/hashicorp/google","values":{"name":"legacy",
                    "database_version":"MYSQL_8_0","settings":[{"ip_configuration":[{"ipv4_enabled":true,
                    "authorized_networks":[{"name":"all","value":"0.0.0.0/0"}]}]}]}},
                   {"address":"google_sql_database_instance.partners","mode":"managed",
                    "type":"google_sql_database_instance","name":"partners",
                    "provider_name":"registry.terraform.io/hashicorp/google","values":{"name":"partners",
                    "database_version":"MYSQL_8_0","settings":[{"ip_configuration":[{"ipv4_enabled":true,
                    "authorized_networks":[{"name":"office","value":"203.0.113.0/24"}]}]}]}}
                  ]}}}
                """)));
        Requirements r = i.requirements();
        assertEquals(Exposure.PUBLIC, datastore(r, "orders").exposure());
        assertTrue(i.origins().get("proposal.datastores[0].exposure").stated());
        assertEquals(Exposure.INTERNAL, datastore(r, "reports").exposure());
        assertEquals(Exposure.PUBLIC, datastore(r, "legacy").exposure());
        assertNull(
                datastore(r, "partners").exposure(), "a public IP open to one network: reachable by whom is unknown");
    }

    @Test
    void theRealTerraformPlanStatesItsMysqlInstancesAreNotPubliclyAccessible() {
        Requirements r = Fixtures.read("terraform/terraform_v0.14_plan.json").requirements();
        assertEquals(
                List.of(Exposure.INTERNAL, Exposure.INTERNAL),
                r.proposal().datastores().stream().map(DatastoreSpec::exposure).toList());
    }
}
