package io.archadvisor.imports.formats;

import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.imports.ImportSettings;
import io.archadvisor.model.AccessKind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps container images to technologies with versions: {@code postgres:16-alpine} is PostgreSQL 16,
 * {@code bitnami/redis:7.2} is Redis 7.2, {@code docker.io/library/mysql:8.0.36} is MySQL 8.0.36. Well-known
 * datastore and broker images are listed here with the kind of data they hold; any other image is looked up by its
 * name in the technology catalog (names and aliases). An image neither knows is not a technology.
 */
public final class Images {

    /** What a known image runs. */
    public enum Role {
        /** A database, cache, search engine or object store: a datastore of the proposal. */
        DATASTORE,
        /** A message broker or queue: asynchronous communication, not a datastore of any one service. */
        BROKER,
        /** An event log such as Kafka: a broker whose log is also a (streaming) datastore. */
        STREAM,
        /** Anything else the catalog knows: a runtime, a proxy, a monitoring tool. */
        OTHER
    }

    /**
     * A technology an image runs.
     *
     * @param technology the catalog name, such as {@code postgresql}
     * @param version the version read from the tag, or {@code null} when the tag names none ({@code latest})
     * @param kind the kind of data it holds, for datastores; otherwise {@code null}
     * @param role what it is
     * @param image the image as written, for evidence
     */
    public record Identified(String technology, String version, AccessKind kind, Role role, String image) {}

    private record Known(String technology, AccessKind kind, Role role) {}

    private static final Map<String, Known> KNOWN = new HashMap<>();
    /**
     * Namespaces of the projects' own or well-known maintained images, whose tags follow the technology's version;
     * a tag of an image in another namespace ({@code google-samples/cassandra:v14}) is that image's own version.
     */
    private static final java.util.Set<String> PUBLISHERS = java.util.Set.of(
            "library",
            "bitnami",
            "bitnamicharts",
            "bitnamilegacy",
            "confluentinc",
            "apache",
            "elastic",
            "elasticsearch",
            "opensearchproject",
            "mysql",
            "mariadb",
            "mongodb",
            "redis",
            "redislabs",
            "valkey",
            "valkey-io",
            "prometheus",
            "grafana",
            "prom",
            "rabbitmq",
            "nats",
            "clickhouse",
            "yandex",
            "influxdata",
            "neo4j",
            "minio",
            "cockroachdb",
            "timescale",
            "postgis",
            "eqalpha",
            "dragonflydb",
            "redpandadata",
            "vectorized",
            "apachepulsar",
            "hashicorp",
            "jaegertracing",
            "otel",
            "openzipkin",
            "envoyproxy",
            "traefik",
            "kong",
            "haproxytech",
            "nginxinc",
            "keycloak",
            "mssql",
            "dotnet",
            "azure-sql-edge",
            "emqx",
            "scylladb",
            "couchbase",
            "gvenzl",
            "cloudnative-pg",
            "crunchydata",
            "percona",
            "getmeili",
            "typesense",
            "amazon",
            "dgraph",
            "questdb",
            "wurstmeister",
            "eclipse",
            "ingress-nginx",
            "azure-storage",
            "chrislusf",
            "solr",
            "memcached",
            "arangodb",
            "ravendb",
            "hazelcast",
            "pgvector",
            "supabase",
            "yugabytedb",
            "oracle",
            "database",
            "apache-kafka",
            "strimzi",
            "quay",
            "cloudflare");

    private static final Pattern VERSION = Pattern.compile("v?(\\d+(?:\\.\\d+){0,3})(?:[-_+.].*)?");

    static {
        datastore(
                AccessKind.TRANSACTIONAL,
                "postgresql",
                "postgres",
                "postgresql",
                "postgis",
                "bitnami/postgresql",
                "postgresql-ha",
                "pgvector",
                "crunchy-postgres",
                "cloudnative-pg/postgresql",
                "supabase/postgres");
        datastore(AccessKind.TIME_SERIES, "timescaledb", "timescaledb", "timescaledb-ha");
        datastore(AccessKind.TRANSACTIONAL, "mysql", "mysql", "mysql-server", "percona-server", "percona");
        datastore(AccessKind.TRANSACTIONAL, "mariadb", "mariadb", "mariadb-galera");
        datastore(AccessKind.TRANSACTIONAL, "sql-server", "mssql/server", "azure-sql-edge", "mssql-server-linux");
        datastore(
                AccessKind.TRANSACTIONAL,
                "oracle-database",
                "oracle-xe",
                "oracle-free",
                "database/enterprise",
                "database/free");
        datastore(AccessKind.TRANSACTIONAL, "cockroachdb", "cockroach", "cockroachdb");
        datastore(AccessKind.TRANSACTIONAL, "yugabytedb", "yugabyte");
        datastore(
                AccessKind.DOCUMENT,
                "mongodb",
                "mongo",
                "mongodb",
                "mongodb-community-server",
                "mongodb-enterprise-server",
                "mongodb-sharded");
        datastore(AccessKind.DOCUMENT, "couchdb", "couchdb");
        datastore(AccessKind.DOCUMENT, "couchbase", "couchbase", "couchbase/server-sandbox");
        datastore(AccessKind.DOCUMENT, "ravendb", "ravendb");
        datastore(
                AccessKind.CACHE,
                "redis",
                "redis",
                "redis-stack",
                "redis-stack-server",
                "redis-cluster",
                "redis-sentinel",
                "bitnami/redis");
        datastore(AccessKind.CACHE, "valkey", "valkey", "valkey-cluster");
        datastore(AccessKind.CACHE, "keydb", "keydb");
        datastore(AccessKind.CACHE, "dragonfly", "dragonfly");
        datastore(AccessKind.CACHE, "memcached", "memcached");
        datastore(AccessKind.CACHE, "hazelcast", "hazelcast");
        datastore(AccessKind.SEARCH, "elasticsearch", "elasticsearch", "elasticsearch-oss");
        datastore(AccessKind.SEARCH, "opensearch", "opensearch");
        datastore(AccessKind.SEARCH, "solr", "solr");
        datastore(AccessKind.SEARCH, "meilisearch", "meilisearch");
        datastore(AccessKind.SEARCH, "typesense", "typesense");
        datastore(AccessKind.KEY_VALUE, "cassandra", "cassandra");
        datastore(AccessKind.KEY_VALUE, "scylladb", "scylla");
        datastore(AccessKind.KEY_VALUE, "dynamodb", "dynamodb-local");
        datastore(AccessKind.KEY_VALUE, "etcd", "etcd");
        datastore(AccessKind.ANALYTICAL, "clickhouse", "clickhouse-server", "clickhouse");
        datastore(AccessKind.ANALYTICAL, "druid", "druid");
        datastore(AccessKind.TIME_SERIES, "influxdb", "influxdb");
        datastore(AccessKind.TIME_SERIES, "questdb", "questdb");
        datastore(AccessKind.GRAPH, "neo4j", "neo4j");
        datastore(AccessKind.GRAPH, "arangodb", "arangodb");
        datastore(AccessKind.GRAPH, "dgraph", "dgraph", "dgraph/standalone");
        datastore(AccessKind.BLOB, "minio", "minio");
        datastore(AccessKind.BLOB, "azure-blob-storage", "azure-storage/azurite", "azurite");
        datastore(AccessKind.BLOB, "seaweedfs", "seaweedfs");
        stream("kafka", "kafka", "cp-kafka", "cp-server", "cp-enterprise-kafka", "kafka-native");
        stream("redpanda", "redpanda");
        stream("pulsar", "pulsar", "pulsar-all");
        broker("rabbitmq", "rabbitmq");
        broker("activemq", "activemq", "activemq-classic", "activemq-artemis", "artemis");
        broker("nats", "nats", "nats-streaming");
        broker("mosquitto", "eclipse-mosquitto", "mosquitto");
        broker("emqx", "emqx");
        broker("nsq", "nsq");
        other("nodejs", "node");
        other("python", "python");
        other("go", "golang");
        other("java", "openjdk", "eclipse-temurin", "amazoncorretto", "ibm-semeru-runtimes", "sapmachine");
        other("rust", "rust");
        other("php", "php", "php-fpm");
        other("ruby", "ruby");
        other("dotnet", "dotnet/aspnet", "dotnet/runtime", "dotnet/sdk");
        other("nginx", "nginx", "nginx-unprivileged", "nginx-ingress", "ingress-nginx/controller");
        other("traefik", "traefik");
        other("envoy", "envoy", "envoyproxy/envoy");
        other("haproxy", "haproxy");
        other("caddy", "caddy");
        other("kong", "kong", "kong-gateway");
        other("keycloak", "keycloak");
        other("vault", "vault");
        other("prometheus", "prometheus");
        other("grafana", "grafana", "grafana-oss");
        other("jaeger", "all-in-one", "jaeger");
        other("opentelemetry", "opentelemetry-collector", "opentelemetry-collector-contrib");
        other("zookeeper", "zookeeper", "cp-zookeeper");
        other("loki", "loki");
        other("tempo", "tempo");
        other("zipkin", "zipkin");
    }

    private Images() {}

    private static void datastore(AccessKind kind, String technology, String... images) {
        for (String i : images) {
            KNOWN.put(i, new Known(technology, kind, Role.DATASTORE));
        }
    }

    private static void stream(String technology, String... images) {
        for (String i : images) {
            KNOWN.put(i, new Known(technology, AccessKind.STREAMING, Role.STREAM));
        }
    }

    private static void broker(String technology, String... images) {
        for (String i : images) {
            KNOWN.put(i, new Known(technology, null, Role.BROKER));
        }
    }

    private static void other(String technology, String... images) {
        for (String i : images) {
            KNOWN.put(i, new Known(technology, null, Role.OTHER));
        }
    }

    /**
     * What {@code image} runs, or empty when it names no known technology (an application's own image). The version
     * is the leading number of the tag ({@code 16} of {@code 16-alpine}); a digest, {@code latest} or a tag without a
     * number leaves it unknown.
     */
    public static Optional<Identified> identify(String image, ImportSettings settings) {
        if (image == null || image.isBlank() || image.contains("${") || image.contains("{{")) {
            return Optional.empty();
        }
        String ref = image.strip();
        int at = ref.indexOf('@');
        if (at >= 0) {
            ref = ref.substring(0, at);
        }
        String tag = null;
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            tag = ref.substring(colon + 1);
            ref = ref.substring(0, colon);
        }
        String path = ref.toLowerCase(Locale.ROOT);
        int slash = path.indexOf('/');
        if (slash > 0) {
            String first = path.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                path = path.substring(slash + 1); // a registry host
            }
        }
        if (path.startsWith("docker/library/")) {
            path = path.substring("docker/".length()); // Docker's official images mirrored on another registry
        }
        if (path.startsWith("library/")) {
            path = path.substring("library/".length());
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int firstSlash = path.indexOf('/');
        boolean trusted = firstSlash < 0 || PUBLISHERS.contains(path.substring(0, firstSlash));
        // Confluent Platform images (cp-kafka, cp-server, cp-zookeeper ...) are tagged with the platform's version
        // (7.6.1 ships Kafka 3.6 and ZooKeeper 3.8), not the version of the technology they run
        boolean platformVersioned = path.startsWith("confluentinc/cp-");
        String version = trusted && !platformVersioned ? version(tag) : null;
        Known known = KNOWN.get(path);
        if (known == null) {
            int s = path.indexOf('/');
            known = s > 0 ? KNOWN.get(path.substring(s + 1)) : null;
        }
        if (known == null) {
            known = KNOWN.get(name);
        }
        if (known != null) {
            return Optional.of(new Identified(
                    settings.canonical(known.technology()), version, known.kind(), known.role(), image.strip()));
        }
        Optional<TechnologyEntry> entry = settings.catalog().find(name);
        return entry.map(e -> new Identified(e.name(), version, null, Role.OTHER, image.strip()));
    }

    /** The version a tag names, such as {@code 7.2} of {@code 7.2-alpine}, or {@code null}. */
    static String version(String tag) {
        if (tag == null) {
            return null;
        }
        Matcher m = VERSION.matcher(tag);
        return m.matches() ? m.group(1) : null;
    }
}
