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

import io.archadvisor.model.Pattern;
import io.archadvisor.model.Requirements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kubernetes manifests of GoogleCloudPlatform/microservices-demo and kubernetes/examples. */
class KubernetesImportTest {

    @Test
    void onlineBoutiqueIsElevenServicesAndARedisCartWithTheirCallsFromTheEnvironment() {
        ImportedRequirements i = Fixtures.read("kubernetes/microservices-demo/kubernetes-manifests.yaml");
        Requirements r = i.requirements();
        assertEquals(
                List.of(
                                "checkoutservice",
                                "recommendationservice",
                                "frontend",
                                "emailservice",
                                "paymentservice",
                                "productcatalogservice",
                                "cartservice",
                                "loadgenerator",
                                "currencyservice",
                                "shippingservice",
                                "adservice")
                        .stream()
                        .sorted()
                        .toList(),
                Fixtures.names(r).stream().sorted().toList());
        assertEquals(
                "adservice,cartservice,checkoutservice,currencyservice,productcatalogservice,"
                        + "recommendationservice,shippingservice",
                calls(service(r, "frontend")));
        assertEquals(
                "cartservice,currencyservice,emailservice,paymentservice,productcatalogservice,shippingservice",
                calls(service(r, "checkoutservice")));
        assertEquals("productcatalogservice", calls(service(r, "recommendationservice")));
        assertEquals("frontend", calls(service(r, "loadgenerator")));
        assertTrue(
                service(r, "frontend").calls().stream().allMatch(c -> c.mode() == null),
                "host:port says nothing about waiting");
        assertEquals(List.of("redis-cart"), service(r, "cartservice").datastores());
        assertEquals(List.of("redis-cart:redis:CACHE:0"), datastoreNames(r));
        assertEquals(List.of("redis"), technologies(r));
        assertEquals(1, service(r, "frontend").instances());
        assertFalse(i.origins().get("proposal.services[0].instances").stated(), "no replicas: Kubernetes runs one");
        assertEquals(Boolean.TRUE, r.deployment().kubernetes());
        assertEquals(Pattern.MICROSERVICES, r.proposal().style());
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().contains("frontend-external is exposed")),
                i.notes().toString());
    }

    @Test
    void guestbookCountsReplicasAndReadsTheRedisMasterAsADatastore() {
        ImportedRequirements i = Fixtures.read("kubernetes/guestbook/guestbook-all-in-one.yaml");
        Requirements r = i.requirements();
        assertEquals(List.of("redis-replica", "frontend"), Fixtures.names(r));
        assertEquals(2, service(r, "redis-replica").instances());
        assertEquals(3, service(r, "frontend").instances());
        assertEquals(
                "kubernetes/guestbook/guestbook-all-in-one.yaml:126:13",
                at(i.origins().get("proposal.services[1].instances")));
        assertEquals(List.of("redis-master:redis:CACHE:0"), datastoreNames(r));
        assertEquals(List.of("redis"), technologies(r), "the tag e2e names no version");
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().contains("gb-redisslave:v1")),
                i.notes().toString());
        assertNull(r.proposal().style());
    }

    @Test
    void theCassandraStatefulSetIsADatastoreWithTwoReplicasAndNoVersionFromASampleImageTag() {
        ImportedRequirements i = Fixtures.read("kubernetes/cassandra");
        Requirements r = i.requirements();
        assertEquals(
                List.of("kubernetes", "kubernetes"),
                i.files().stream().map(Importers.Detection::format).toList());
        assertNull(r.proposal().services());
        assertEquals(List.of("cassandra:cassandra:KEY_VALUE:2"), datastoreNames(r));
        assertEquals(List.of("cassandra"), technologies(r), "v14 is the sample image's version, not Cassandra's");
        assertEquals(
                "3 pods of gcr.io/google-samples/cassandra:v14: one primary and 2 replicas",
                i.origins().get("proposal.datastores[0].replicas").evidence());
    }

    @Test
    void helmOutputWithListsHpasConfigMapsAndUnknownKindsIsRead() {
        SourceFile f = SourceFile.of("rendered.yaml", """
                ---
                # Source: shop/templates/api.yaml
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: shop-api, labels: {app.kubernetes.io/name: api}}
                    spec:
                      selector: {matchLabels: {app.kubernetes.io/name: api}}
                      template:
                        metadata: {labels: {app.kubernetes.io/name: api}}
                        spec:
                          containers:
                            - name: api
                              image: registry.example.com/shop/api@sha256:abc
                              envFrom: [{configMapRef: {name: shop-api-env}}]
                              env:
                                - {name: PAYMENTS_URL, value: "https://shop-payments.shop.svc.cluster.local/v1"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: shop-api-env}
                data:
                  DATABASE_HOST: shop-postgresql
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: shop-api}
                spec: {scaleTargetRef: {kind: Deployment, name: shop-api}, minReplicas: 2, maxReplicas: 10}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: shop-postgresql}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers: [{name: postgresql, image: "docker.io/bitnami/postgresql:16.3.0-debian-12-r14"}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: shop-payments}
                spec:
                  template:
                    spec:
                      containers: [{name: payments, image: "ghcr.io/acme/payments:1.0"}]
                ---
                apiVersion: monitoring.example.com/v1
                kind: Widget
                metadata: {name: w}
                ---
                """);
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(f));
        Requirements r = i.requirements();
        assertEquals(List.of("shop-api", "shop-payments"), Fixtures.names(r));
        assertEquals(2, service(r, "shop-api").instances());
        assertEquals(List.of("shop-postgresql"), service(r, "shop-api").datastores());
        assertEquals(
                io.archadvisor.model.CallMode.SYNC,
                service(r, "shop-api").calls().get(0).mode());
        assertEquals(List.of("shop-postgresql:postgresql:TRANSACTIONAL:1"), datastoreNames(r));
        assertEquals(List.of("postgresql 16.3.0"), technologies(r));
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().contains("kind Widget")),
                i.notes().toString());
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().contains("between 2 and 10")),
                i.notes().toString());
    }

    @Test
    void theSameDeploymentInTwoFilesIsOneWorkloadWithANote() {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: adservice}
                spec:
                  template:
                    metadata: {labels: {app: adservice}}
                    spec: {containers: [{name: server, image: "gcr.io/acme/adservice:1"}]}
                """;
        String patch = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: adservice}
                $patch: delete
                """;
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(
                SourceFile.of("kubernetes-manifests/adservice.yaml", deployment),
                SourceFile.of("release/kubernetes-manifests.yaml", deployment),
                SourceFile.of("kustomize/delete-adservice.yaml", patch)));
        Requirements r = i.requirements();
        assertEquals(List.of("adservice"), Fixtures.names(r));
        assertEquals(1, service(r, "adservice").instances(), "one Deployment without replicas, not two or three");
        assertTrue(
                i.notes().stream()
                        .anyMatch(n -> n.toString().startsWith("release/kubernetes-manifests.yaml:3:")
                                && n.message()
                                        .startsWith("Deployment adservice is defined again (first at"
                                                + " kubernetes-manifests/adservice.yaml:3:")
                                && n.message().endsWith("); the first definition is read")),
                i.notes()::toString);
    }

    @Test
    void replicationControllersAreWorkloadsLikeDeployments() {
        SourceFile f = SourceFile.of("guestbook.yaml", """
                apiVersion: v1
                kind: ReplicationController
                metadata: {name: guestbook}
                spec:
                  replicas: 3
                  selector: {app: guestbook}
                  template:
                    metadata: {labels: {app: guestbook}}
                    spec:
                      containers: [{name: guestbook, image: "registry.k8s.io/guestbook:v3", env: [{name: REDIS_HOST, value: redis-master}]}]
                ---
                apiVersion: v1
                kind: ReplicationController
                metadata: {name: redis-master}
                spec:
                  replicas: 1
                  selector: {app: redis, role: master}
                  template:
                    metadata: {labels: {app: redis, role: master}}
                    spec:
                      containers: [{name: redis-master, image: "redis:7.2"}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: redis-master}
                spec: {selector: {app: redis, role: master}, ports: [{port: 6379}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: guestbook}
                spec: {type: LoadBalancer, selector: {app: guestbook}, ports: [{port: 80}]}
                """);
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(f));
        Requirements r = i.requirements();
        assertEquals(List.of("guestbook"), Fixtures.names(r));
        assertEquals(3, service(r, "guestbook").instances());
        assertEquals(List.of("redis-master:redis:CACHE:0"), datastoreNames(r));
        assertTrue(
                i.notes().stream().noneMatch(n -> n.message().contains("ReplicationController")), i.notes()::toString);
    }

    @Test
    void aCallerMayUseAnyServiceThatSelectsAWorkloadAndManifestsMaySpanFiles() {
        SourceFile deployments = SourceFile.of("deployments.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: "ghcr.io/acme/web:2", env: [{name: API_URL, value: "http://api-public"}]}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api-v2}
                spec:
                  template:
                    metadata: {labels: {app: api, version: v2}}
                    spec:
                      containers: [{name: api, image: "ghcr.io/acme/api:2"}]
                """);
        SourceFile services = SourceFile.of("services.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: api}
                spec: {selector: {app: api}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: api-public}
                spec: {type: LoadBalancer, selector: {app: api}}
                """);
        Requirements r =
                Fixtures.IMPORTERS.readFiles(List.of(deployments, services)).requirements();
        assertEquals(List.of("web", "api"), Fixtures.names(r));
        assertEquals("api", service(r, "web").calls().get(0).to());
        assertEquals(
                io.archadvisor.model.CallMode.SYNC,
                service(r, "web").calls().get(0).mode());
    }
}
