package io.archadvisor.imports.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.imports.ImportSettings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Images to technologies through the catalog's names and aliases; addresses and interpolation as files write them. */
class ImagesTest {

    private static final ImportSettings SETTINGS = ImportSettings.defaults();

    @ParameterizedTest(name = "{0} is {1} {2} ({3})")
    @CsvSource(
            nullValues = "-",
            value = {
                "postgres:16-alpine, postgresql, 16, DATASTORE",
                "bitnami/redis:7.2, redis, 7.2, DATASTORE",
                "docker.io/library/mysql:8.0.36, mysql, 8.0.36, DATASTORE",
                "docker.io/bitnami/postgresql:16.3.0-debian-12-r14, postgresql, 16.3.0, DATASTORE",
                "mcr.microsoft.com/mssql/server:2022-latest, sql-server, 2022, DATASTORE",
                "confluentinc/cp-kafka:7.6.1, kafka, -, STREAM",
                "confluentinc/cp-zookeeper:7.6.1, zookeeper, -, OTHER",
                "public.ecr.aws/docker/library/redis:8.0.1-alpine, redis, 8.0.1, DATASTORE",
                "ghcr.io/valkey-io/valkey:8.1.4, valkey, 8.1.4, DATASTORE",
                "quay.io/prometheus/prometheus:v3.1.0, prometheus, 3.1.0, OTHER",
                "rabbitmq:3-management-alpine, rabbitmq, 3, BROKER",
                "node:20-alpine, nodejs, 20, OTHER",
                "eclipse-temurin:21-jre, java, 21, OTHER",
                "grafana/grafana:10.4.2, grafana, 10.4.2, OTHER",
                "redis@sha256:0123abcd, redis, -, DATASTORE",
                "mongo:latest, mongodb, -, DATASTORE",
                "localhost:5000/postgres:15, postgresql, 15, DATASTORE",
                "gcr.io/google-samples/cassandra:v14, cassandra, -, DATASTORE",
            })
    void anImageNamesItsTechnologyAndTheVersionOfItsTag(
            String image, String technology, String version, Images.Role role) {
        Images.Identified id = Images.identify(image, SETTINGS).orElseThrow();
        assertEquals(technology, id.technology());
        assertEquals(version, id.version());
        assertEquals(role, id.role());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ghcr.io/acme/orders:1.4.2", "nextcloud:apache", "busybox", "${IMAGE}", "", "{{ .Values.image }}"
            })
    void anApplicationImageOrAnUnresolvedOneNamesNoTechnology(String image) {
        assertTrue(Images.identify(image, SETTINGS).isEmpty(), image);
    }

    @ParameterizedTest(name = "{0}={1} points at {2} ({3})")
    @CsvSource(
            nullValues = "-",
            value = {
                "REDIS_HOST, redis, redis, -",
                "DATABASE_URL, postgres://app:secret@db:5432/app, db, -",
                "ORDERS_URL, http://orders:8080/v1, orders, SYNC",
                "ADDR, orders.shop.svc.cluster.local:7070, orders, -",
                "SEEDS, 'kafka-0.kafka.shop.svc:9092,kafka-1.kafka.shop.svc:9092', kafka, -",
                "GRPC_TARGET, grpc://orders.shop:443, orders, SYNC",
            })
    void anAddressInAnEnvironmentValueNamesTheServiceItPointsAt(
            String variable, String value, String host, io.archadvisor.model.CallMode mode) {
        List<Addresses.Reference> refs =
                Addresses.references(variable, value, Set.of("redis", "db", "orders", "kafka"));
        assertEquals(1, refs.size(), refs.toString());
        assertEquals(host, refs.get(0).host());
        assertEquals(mode, refs.get(0).mode());
    }

    @ParameterizedTest
    @CsvSource({"MODE, orders", "TIMEOUT, 10:30", "URL, https://orders.example.com/x", "GREETING, hello db"})
    void wordsThatAreNoAddressPointNowhere(String variable, String value) {
        assertTrue(Addresses.references(variable, value, Set.of("orders", "db")).isEmpty());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "'postgres:${PG:-16}', postgres:16",
                "'${REG-ghcr.io}/app', ghcr.io/app",
                "'cost $$5', cost $5",
                "'postgres:${PG}', -",
                "'$TAG', -",
                "'${A:?required}', -",
            })
    void composeInterpolationTakesDefaultsAndLeavesTheRestUnknown(String text, String expected) {
        assertEquals(expected, Interpolation.resolve(text));
    }

    @org.junit.jupiter.api.Test
    void aVersionIsOnlyTheLeadingNumberOfATag() {
        assertEquals("7.2.4", Images.version("7.2.4-debian-12-r0"));
        assertNull(Images.version("alpine"));
        assertNull(Images.version("e2e"));
    }
}
