package io.archadvisor.imports.formats;

import io.archadvisor.base.Location;
import io.archadvisor.imports.ImportSettings;
import io.archadvisor.imports.Importer;
import io.archadvisor.imports.Origin;
import io.archadvisor.imports.PartialRequirements;
import io.archadvisor.imports.SourceFile;
import io.archadvisor.model.AccessKind;
import io.archadvisor.model.DeploymentEnvironment;
import io.archadvisor.model.Exposure;
import io.archadvisor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Terraform plans as {@code terraform show -json} writes them (and state in the same format): the managed
 * databases, caches, queues, streams, object stores, functions and container services of AWS, Google Cloud and Azure
 * with their engine, version, standby and read replicas, encryption at rest and desired count; the cloud provider;
 * and the regions. Resources of modules are read too; data sources and other types are skipped with a note.
 */
public final class TerraformPlanImporter implements Importer {

    private static final Pattern LEADING_VERSION = Pattern.compile("(\\d+(?:\\.\\d+){0,2})");

    @Override
    public String format() {
        return "terraform-plan";
    }

    @Override
    public boolean accepts(SourceFile file) {
        if (!file.isJson() || !file.parses() || file.documents().size() != 1) {
            return false;
        }
        YamlNode root = file.documents().get(0);
        return Nodes.text(root, "format_version") != null
                && (Nodes.get(root, "planned_values") != null
                        || Nodes.get(root, "resource_changes") != null
                        || Nodes.get(root, "values", "root_module") != null);
    }

    /** A managed resource. */
    private record Resource(String address, String type, String provider, YamlNode values, Location at) {
        YamlNode get(String... keys) {
            return Nodes.get(values, keys);
        }

        String text(String... keys) {
            String t = Nodes.text(get(keys));
            return t == null || t.isBlank() ? null : t;
        }

        /** The first item of a nested block such as {@code settings[0].availability_type}. */
        YamlNode block(String block, String key) {
            List<YamlNode> items = Nodes.items(get(block));
            return items.isEmpty() ? null : Nodes.get(items.get(0), key);
        }

        Location at(String key) {
            YamlNode n = get(key);
            return n == null ? at : n.location();
        }
    }

    /** The state of one file's reading. */
    private static final class Reading {
        final PartialRequirements out;
        final ImportSettings settings;
        final Map<String, String> names = new HashMap<>();
        final Set<String> providers = new LinkedHashSet<>();
        Location providerAt;
        final Map<String, Location> regions = new TreeMap<>();
        final Map<String, Integer> replicasBySource = new HashMap<>();
        final Map<String, Location> replicaAt = new HashMap<>();
        final List<Object[]> encryption = new ArrayList<>(); // {Boolean, Location, String datastore}
        final Map<String, Integer> skipped = new TreeMap<>();
        final Map<String, Location> skippedAt = new HashMap<>();
        int datastores;

        Reading(PartialRequirements out, ImportSettings settings) {
            this.out = out;
            this.settings = settings;
        }
    }

    @Override
    public PartialRequirements read(List<SourceFile> files, ImportSettings settings) {
        PartialRequirements out = new PartialRequirements(format());
        for (SourceFile f : files) {
            read(f.documents().get(0), new Reading(out, settings));
        }
        return out;
    }

    private void read(YamlNode root, Reading r) {
        YamlNode module = Nodes.get(root, "planned_values", "root_module");
        if (module == null) {
            module = Nodes.get(root, "values", "root_module");
        }
        List<Resource> resources = new ArrayList<>();
        collect(module, resources);
        providerRegions(root, r);
        // names: the cloud name of a resource when it is unique, else its address
        Map<String, Integer> counts = new HashMap<>();
        for (Resource res : resources) {
            counts.merge(res.type() + "\u0000" + cloudName(res), 1, Integer::sum);
        }
        for (Resource res : resources) {
            String n = cloudName(res);
            r.names.put(res.address(), n != null && counts.get(res.type() + "\u0000" + n) == 1 ? n : res.address());
        }
        for (Resource res : resources) {
            if (res.type().equals("aws_db_instance") && res.text("replicate_source_db") != null) {
                String source = res.text("replicate_source_db");
                r.replicasBySource.merge(source, 1, Integer::sum);
                r.replicaAt.putIfAbsent(source, res.at("replicate_source_db"));
            }
            if (res.type().equals("aws_rds_cluster_instance") && res.text("cluster_identifier") != null) {
                r.replicasBySource.merge("cluster:" + res.text("cluster_identifier"), 1, Integer::sum);
                r.replicaAt.putIfAbsent("cluster:" + res.text("cluster_identifier"), res.at);
            }
        }
        for (Resource res : resources) {
            provider(res, r);
            resource(res, r);
        }
        if (r.providers.size() == 1) {
            String p = r.providers.iterator().next();
            r.out.value("deployment.provider", p, Origin.inferred(r.providerAt, "the resources of provider " + p));
        } else if (r.providers.size() > 1) {
            r.out.note(
                    r.providerAt,
                    "the plan uses the clouds " + String.join(", ", r.providers)
                            + "; deployment.provider is left for you to state");
        }
        if (!r.providers.isEmpty()) {
            r.out.value(
                    "deployment.environment",
                    DeploymentEnvironment.CLOUD,
                    Origin.inferred(r.providerAt, "the resources of provider " + String.join(", ", r.providers)));
        }
        if (!r.regions.isEmpty()) {
            r.out.value(
                    "deployment.regions",
                    r.regions.size(),
                    Origin.inferred(
                            r.regions.values().iterator().next(),
                            "the regions " + String.join(", ", r.regions.keySet())));
        }
        encryption(r);
        r.skipped.forEach((type, n) -> r.out.note(
                r.skippedAt.get(type),
                "skipped " + n + " resource" + (n == 1 ? "" : "s") + " of type " + type
                        + ", which archadvisor does not read"));
    }

    private static void collect(YamlNode module, List<Resource> out) {
        for (YamlNode res : Nodes.items(Nodes.get(module, "resources"))) {
            if (!"managed".equals(Nodes.text(res, "mode"))) {
                continue; // data sources describe what exists elsewhere
            }
            String address = Nodes.text(res, "address");
            String type = Nodes.text(res, "type");
            if (address != null && type != null) {
                out.add(new Resource(
                        address, type, Nodes.text(res, "provider_name"), Nodes.get(res, "values"), res.location()));
            }
        }
        for (YamlNode child : Nodes.items(Nodes.get(module, "child_modules"))) {
            collect(child, out);
        }
    }

    private static String cloudName(Resource res) {
        for (String key : List.of(
                "identifier",
                "replication_group_id",
                "cluster_id",
                "cluster_identifier",
                "function_name",
                "bucket",
                "domain_name",
                "cluster_name",
                "name")) {
            String v = res.text(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static void providerRegions(YamlNode root, Reading r) {
        for (YamlNode.Entry e : Nodes.entries(Nodes.get(root, "configuration", "provider_config"))) {
            YamlNode region = Nodes.get(e.value(), "expressions", "region", "constant_value");
            if (Nodes.text(region) != null) {
                r.regions.putIfAbsent(Nodes.text(region), region.location());
            }
        }
    }

    private static void provider(Resource res, Reading r) {
        String p = res.provider() == null
                ? ""
                : res.provider().substring(res.provider().lastIndexOf('/') + 1);
        String cloud = switch (p) {
            case "aws" -> "aws";
            case "google", "google-beta" -> "gcp";
            case "azurerm" -> "azure";
            default -> null;
        };
        if (cloud != null) {
            r.providers.add(cloud);
            r.providerAt = r.providerAt == null ? res.at() : r.providerAt;
        }
        String region = res.text("region");
        if (region == null && (p.equals("azurerm") || p.startsWith("google"))) {
            region = res.text("location");
        }
        if (region != null && !region.contains("${")) {
            region = region.toLowerCase(Locale.ROOT).replace(" ", "");
            r.regions.putIfAbsent(region, res.at("region"));
        }
    }

    private void resource(Resource res, Reading r) {
        String type = res.type();
        String name = r.names.get(res.address());
        switch (type) {
            case "aws_db_instance" -> {
                if (res.text("replicate_source_db") != null) {
                    return; // counted as a replica of its source
                }
                String engine = res.text("engine");
                datastore(
                        res,
                        r,
                        name,
                        engineTechnology(engine),
                        version(res.text("engine_version")),
                        AccessKind.TRANSACTIONAL,
                        "engine");
                Boolean multiAz = Nodes.bool(res.get("multi_az"));
                int reads = r.replicasBySource.getOrDefault(res.text("identifier"), 0)
                        + r.replicasBySource.getOrDefault(res.address(), 0);
                if (multiAz != null) {
                    int replicas = (multiAz ? 1 : 0) + reads;
                    r.out.datastoreReplicas(
                            name,
                            replicas,
                            Origin.inferred(
                                    res.at("multi_az"),
                                    "multi_az = "
                                            + multiAz
                                            + (reads > 0
                                                    ? " and " + reads + " read replica" + (reads == 1 ? "" : "s")
                                                    : "")
                                            + " of " + res.address()));
                }
                encrypted(res, r, name, "storage_encrypted");
                reachable(r, name, res.get("publicly_accessible"));
            }
            case "aws_rds_cluster", "aws_docdb_cluster", "aws_neptune_cluster" -> {
                String tech = type.equals("aws_docdb_cluster")
                        ? "documentdb"
                        : type.equals("aws_neptune_cluster") ? "neptune" : engineTechnology(res.text("engine"));
                AccessKind kind = type.equals("aws_docdb_cluster")
                        ? AccessKind.DOCUMENT
                        : type.equals("aws_neptune_cluster") ? AccessKind.GRAPH : AccessKind.TRANSACTIONAL;
                datastore(res, r, name, tech, version(res.text("engine_version")), kind, "engine");
                Integer instances = r.replicasBySource.get("cluster:" + res.text("cluster_identifier"));
                if (instances != null && instances >= 1) {
                    r.out.datastoreReplicas(
                            name,
                            instances - 1,
                            Origin.inferred(
                                    r.replicaAt.get("cluster:" + res.text("cluster_identifier")),
                                    instances
                                            + " cluster instances of " + res.address() + ": one writer and "
                                            + (instances - 1)
                                            + " replicas"));
                }
                encrypted(res, r, name, "storage_encrypted");
            }
            case "aws_elasticache_replication_group", "aws_elasticache_cluster" -> {
                String engine = res.text("engine") == null ? "redis" : res.text("engine");
                datastore(
                        res,
                        r,
                        name,
                        r.settings.canonical(engine),
                        version(res.text("engine_version")),
                        AccessKind.CACHE,
                        "engine");
                Integer clusters = Nodes.integer(res.get("num_cache_clusters"));
                Integer perGroup = Nodes.integer(res.get("replicas_per_node_group"));
                Integer nodes = Nodes.integer(res.get("num_cache_nodes"));
                if (clusters != null && clusters >= 1) {
                    r.out.datastoreReplicas(
                            name,
                            clusters - 1,
                            Origin.inferred(
                                    res.at("num_cache_clusters"),
                                    "num_cache_clusters = " + clusters + ": one primary and " + (clusters - 1)
                                            + " replicas"));
                } else if (perGroup != null) {
                    r.out.datastoreReplicas(name, perGroup, Origin.stated(res.at("replicas_per_node_group")));
                } else if (nodes != null && nodes >= 1 && !engine.equals("memcached")) {
                    r.out.datastoreReplicas(
                            name, nodes - 1, Origin.inferred(res.at("num_cache_nodes"), "num_cache_nodes = " + nodes));
                }
                encrypted(res, r, name, "at_rest_encryption_enabled");
            }
            case "aws_dynamodb_table" -> {
                datastore(res, r, name, "dynamodb", null, AccessKind.KEY_VALUE, "name");
                List<YamlNode> replicas = Nodes.items(res.get("replica"));
                if (!replicas.isEmpty()) {
                    r.out.datastoreReplicas(
                            name,
                            replicas.size(),
                            Origin.inferred(
                                    res.at("replica"),
                                    replicas.size() + " global table replica" + (replicas.size() == 1 ? "" : "s")));
                    for (YamlNode rep : replicas) {
                        String region = Nodes.text(rep, "region_name");
                        if (region != null) {
                            r.regions.putIfAbsent(region, rep.location());
                        }
                    }
                }
                YamlNode sse = res.block("server_side_encryption", "enabled");
                if (Nodes.bool(sse) != null) {
                    r.encryption.add(new Object[] {Nodes.bool(sse), sse.location(), name});
                }
            }
            case "aws_opensearch_domain", "aws_elasticsearch_domain" -> {
                String v = res.text(type.equals("aws_opensearch_domain") ? "engine_version" : "elasticsearch_version");
                String tech = v != null && v.startsWith("Elasticsearch") || type.equals("aws_elasticsearch_domain")
                        ? "elasticsearch"
                        : "opensearch";
                datastore(res, r, name, tech, version(v), AccessKind.SEARCH, "engine_version");
                YamlNode enc = res.block("encrypt_at_rest", "enabled");
                if (Nodes.bool(enc) != null) {
                    r.encryption.add(new Object[] {Nodes.bool(enc), enc.location(), name});
                }
            }
            case "aws_redshift_cluster" -> {
                datastore(res, r, name, "redshift", null, AccessKind.ANALYTICAL, "node_type");
                encrypted(res, r, name, "encrypted");
            }
            case "aws_s3_bucket" -> datastore(res, r, name, "s3", null, AccessKind.BLOB, "bucket");
            case "aws_kinesis_stream" -> {
                datastore(res, r, name, "kinesis", null, AccessKind.STREAMING, "name");
                async(res, r, "the Kinesis stream " + name);
            }
            case "aws_msk_cluster" -> {
                datastore(
                        res,
                        r,
                        name,
                        "kafka",
                        version(res.text("kafka_version")),
                        AccessKind.STREAMING,
                        "kafka_version");
                async(res, r, "the MSK cluster " + name);
            }
            case "aws_sqs_queue" -> broker(res, r, "sqs", null, "the SQS queue " + name);
            case "aws_sns_topic" -> broker(res, r, "sns", null, "the SNS topic " + name);
            case "aws_mq_broker" ->
                broker(
                        res,
                        r,
                        r.settings.canonical(
                                String.valueOf(res.text("engine_type")).toLowerCase(Locale.ROOT)),
                        version(res.text("engine_version")),
                        "the Amazon MQ broker " + name);
            case "aws_lambda_function" -> function(res, r, name, "aws-lambda", res.text("runtime"), "runtime");
            case "aws_ecs_service" -> {
                r.out.service(name, Origin.stated(res.at()));
                Integer desired = Nodes.integer(res.get("desired_count"));
                if (desired != null && desired >= 1) {
                    r.out.instances(name, desired, Origin.stated(res.at("desired_count")));
                }
            }
            case "aws_eks_cluster", "google_container_cluster", "azurerm_kubernetes_cluster" -> {
                r.out.value("deployment.kubernetes", true, Origin.stated(res.at()));
                String v = version(res.text(
                        type.equals("aws_eks_cluster")
                                ? "version"
                                : type.equals("google_container_cluster")
                                        ? "min_master_version"
                                        : "kubernetes_version"));
                r.out.technology("kubernetes", v, Origin.inferred(res.at(), "the cluster " + res.address()));
            }
            case "google_sql_database_instance" -> {
                String dbv = res.text("database_version");
                String[] parts = dbv == null ? new String[0] : dbv.split("_");
                String tech = parts.length == 0
                        ? null
                        : switch (parts[0]) {
                            case "POSTGRES" -> "postgresql";
                            case "MYSQL" -> "mysql";
                            case "SQLSERVER" -> "sql-server";
                            default -> null;
                        };
                StringBuilder v = new StringBuilder();
                for (int i = 1; i < parts.length && parts[i].matches("\\d+"); i++) {
                    v.append(v.length() == 0 ? "" : ".").append(parts[i]);
                }
                if (res.text("master_instance_name") != null) {
                    r.out.note(res.at(), res.address() + " is a read replica of " + res.text("master_instance_name"));
                    return;
                }
                datastore(
                        res,
                        r,
                        name,
                        tech == null ? null : r.settings.canonical(tech),
                        v.length() == 0 ? null : v.toString(),
                        AccessKind.TRANSACTIONAL,
                        "database_version");
                YamlNode availability = res.block("settings", "availability_type");
                if (Nodes.text(availability) != null) {
                    boolean regional = "REGIONAL".equals(Nodes.text(availability));
                    r.out.datastoreReplicas(
                            name,
                            regional ? 1 : 0,
                            Origin.inferred(
                                    availability.location(), "availability_type = " + Nodes.text(availability)));
                }
                cloudSqlReachable(res, r, name);
            }
            case "google_redis_instance" -> {
                String v = res.text("redis_version");
                datastore(
                        res,
                        r,
                        name,
                        "redis",
                        v == null ? null : version(v.replace("REDIS_", "").replace('_', '.')),
                        AccessKind.CACHE,
                        "redis_version");
                String tier = res.text("tier");
                if (tier != null) {
                    Integer count = Nodes.integer(res.get("replica_count"));
                    int replicas = tier.equals("STANDARD_HA") ? count != null && count > 0 ? count : 1 : 0;
                    r.out.datastoreReplicas(name, replicas, Origin.inferred(res.at("tier"), "tier = " + tier));
                }
            }
            case "google_spanner_instance" ->
                datastore(res, r, name, "spanner", null, AccessKind.TRANSACTIONAL, "name");
            case "google_bigtable_instance" -> datastore(res, r, name, "bigtable", null, AccessKind.KEY_VALUE, "name");
            case "google_bigquery_dataset" ->
                datastore(res, r, name, "bigquery", null, AccessKind.ANALYTICAL, "dataset_id");
            case "google_firestore_database" -> datastore(res, r, name, "firestore", null, AccessKind.DOCUMENT, "name");
            case "google_storage_bucket" -> datastore(res, r, name, "gcs", null, AccessKind.BLOB, "name");
            case "google_pubsub_topic" -> broker(res, r, "pubsub", null, "the Pub/Sub topic " + name);
            case "google_cloudfunctions_function" ->
                function(res, r, name, "google-cloud-functions", res.text("runtime"), "runtime");
            case "google_cloudfunctions2_function" -> {
                YamlNode runtime = res.block("build_config", "runtime");
                function(res, r, name, "google-cloud-functions", Nodes.text(runtime), "build_config");
            }
            case "google_cloud_run_service", "google_cloud_run_v2_service" ->
                r.out.service(name, Origin.stated(res.at()));
            case "azurerm_postgresql_flexible_server",
                    "azurerm_mysql_flexible_server",
                    "azurerm_postgresql_server",
                    "azurerm_mysql_server",
                    "azurerm_mariadb_server" -> {
                String tech =
                        type.contains("postgresql") ? "postgresql" : type.contains("mariadb") ? "mariadb" : "mysql";
                datastore(
                        res,
                        r,
                        name,
                        r.settings.canonical(tech),
                        version(res.text("version")),
                        AccessKind.TRANSACTIONAL,
                        "version");
                reachable(r, name, res.get("public_network_access_enabled"));
                if (type.endsWith("flexible_server")) {
                    YamlNode ha = res.block("high_availability", "mode");
                    r.out.datastoreReplicas(
                            name,
                            ha == null ? 0 : 1,
                            Origin.inferred(
                                    ha == null ? res.at() : ha.location(),
                                    ha == null
                                            ? "no high_availability block"
                                            : "high_availability mode " + Nodes.text(ha)));
                }
            }
            case "azurerm_mssql_server", "azurerm_sql_server" -> {
                datastore(res, r, name, "sql-server", null, AccessKind.TRANSACTIONAL, "version");
                reachable(r, name, res.get("public_network_access_enabled"));
            }
            case "azurerm_mssql_database", "azurerm_sql_database" ->
                r.out.note(res.at(), res.address() + " is a database of a SQL server read as the datastore");
            case "azurerm_redis_cache" -> {
                datastore(res, r, name, "redis", version(res.text("redis_version")), AccessKind.CACHE, "redis_version");
                reachable(r, name, res.get("public_network_access_enabled"));
                String sku = res.text("sku_name");
                if (sku != null) {
                    Integer perMaster = Nodes.integer(res.get("replicas_per_master"));
                    int replicas = sku.equalsIgnoreCase("Basic") ? 0 : perMaster != null ? perMaster : 1;
                    r.out.datastoreReplicas(name, replicas, Origin.inferred(res.at("sku_name"), "sku_name = " + sku));
                }
            }
            case "azurerm_cosmosdb_account" -> {
                datastore(res, r, name, "cosmosdb", null, AccessKind.DOCUMENT, "kind");
                reachable(r, name, res.get("public_network_access_enabled"));
            }
            case "azurerm_storage_account" ->
                datastore(res, r, name, "azure-blob-storage", null, AccessKind.BLOB, "name");
            case "azurerm_servicebus_namespace", "azurerm_servicebus_queue", "azurerm_servicebus_topic" ->
                broker(res, r, "azure-service-bus", null, "the Service Bus resource " + name);
            case "azurerm_eventhub_namespace" -> {
                datastore(res, r, name, "azure-event-hubs", null, AccessKind.STREAMING, "name");
                async(res, r, "the Event Hubs namespace " + name);
            }
            case "azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app" ->
                function(res, r, name, "azure-functions", null, "name");
            case "azurerm_container_app", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service" ->
                r.out.service(name, Origin.stated(res.at()));
            default -> {
                if (!type.startsWith("aws_") && !type.startsWith("google_") && !type.startsWith("azurerm_")) {
                    return; // random_, null_, tls_, kubernetes_ ...: no infrastructure of a cloud
                }
                r.skipped.merge(type, 1, Integer::sum);
                r.skippedAt.putIfAbsent(type, res.at());
            }
        }
    }

    private static void datastore(
            Resource res,
            Reading r,
            String name,
            String technology,
            String version,
            AccessKind kind,
            String evidenceKey) {
        r.datastores++;
        r.out.datastore(name, Origin.stated(res.at()));
        Origin o = Origin.inferred(res.at(evidenceKey), "the resource " + res.address() + " (" + res.type() + ")");
        if (technology != null) {
            r.out.datastoreTechnology(name, technology, o);
            r.out.technology(technology, version, o);
        }
        r.out.datastoreKind(name, kind, o);
    }

    /**
     * A database's own switch for reaching it from the internet ({@code publicly_accessible},
     * {@code public_network_access_enabled}): true makes it public, false internal, as the plan states.
     */
    private static void reachable(Reading r, String name, YamlNode flag) {
        Boolean open = Nodes.bool(flag);
        if (open != null) {
            r.out.exposure(name, open ? Exposure.PUBLIC : Exposure.INTERNAL, Origin.stated(flag.location()));
        }
    }

    /**
     * A Cloud SQL instance is public when it has a public IP ({@code ipv4_enabled}) open to any address through an
     * authorized network of {@code 0.0.0.0/0}, and internal without a public IP; a public IP open to listed networks
     * only is left unknown.
     */
    private static void cloudSqlReachable(Resource res, Reading r, String name) {
        List<YamlNode> settings = Nodes.items(res.get("settings"));
        if (settings.isEmpty()) {
            return;
        }
        List<YamlNode> ip = Nodes.items(Nodes.get(settings.get(0), "ip_configuration"));
        YamlNode ipv4 = ip.isEmpty() ? null : Nodes.get(ip.get(0), "ipv4_enabled");
        Boolean publicIp = Nodes.bool(ipv4);
        if (publicIp == null) {
            return;
        }
        if (!publicIp) {
            r.out.exposure(name, Exposure.INTERNAL, Origin.stated(ipv4.location()));
            return;
        }
        for (YamlNode network : Nodes.items(Nodes.get(ip.get(0), "authorized_networks"))) {
            YamlNode value = Nodes.get(network, "value");
            if ("0.0.0.0/0".equals(Nodes.text(value))) {
                r.out.exposure(name, Exposure.PUBLIC, Origin.stated(value.location()));
                return;
            }
        }
    }

    private static void broker(Resource res, Reading r, String technology, String version, String what) {
        r.out.technology(technology, version, Origin.inferred(res.at(), "the resource " + res.address()));
        async(res, r, what);
    }

    private static void async(Resource res, Reading r, String what) {
        r.out.value("workload.asyncWorkflows", true, Origin.inferred(res.at(), what));
    }

    private static void function(Resource res, Reading r, String name, String platform, String runtime, String key) {
        r.out.service(name, Origin.stated(res.at()));
        Origin o = Origin.inferred(res.at(key), "the function " + res.address());
        r.out.technology(platform, null, o);
        if (runtime != null) {
            Matcher m = Pattern.compile("([a-z]+?)(\\d+(?:\\.\\d+)?)?(?:\\.x)?").matcher(runtime);
            if (m.matches()) {
                String lang = switch (m.group(1)) {
                    case "nodejs" -> "nodejs";
                    case "python" -> "python";
                    case "java" -> "java";
                    case "go" -> "go";
                    case "ruby" -> "ruby";
                    case "dotnet", "dotnetcore" -> "dotnet";
                    default -> null;
                };
                if (lang != null) {
                    r.out.technology(
                            r.settings.canonical(lang),
                            m.group(2),
                            Origin.inferred(res.at(key), "the runtime " + runtime + " of " + res.address()));
                }
            }
        }
    }

    private static void encrypted(Resource res, Reading r, String name, String key) {
        Boolean b = Nodes.bool(res.get(key));
        if (b != null) {
            r.encryption.add(new Object[] {b, res.at(key), name});
        }
    }

    /** Encryption at rest of the whole system: false when any datastore states false, true when every one states true. */
    private static void encryption(Reading r) {
        for (Object[] e : r.encryption) {
            if (!(Boolean) e[0]) {
                r.out.value("security.encryptionAtRest", false, Origin.stated((Location) e[1]));
                return;
            }
        }
        if (!r.encryption.isEmpty() && r.encryption.size() == r.datastores) {
            r.out.value(
                    "security.encryptionAtRest",
                    true,
                    Origin.inferred(
                            (Location) r.encryption.get(0)[1],
                            "every datastore of the plan states encryption at rest"));
        }
    }

    private static String engineTechnology(String engine) {
        if (engine == null) {
            return null;
        }
        String e = engine.toLowerCase(Locale.ROOT);
        if (e.startsWith("aurora-postgresql") || e.startsWith("postgres")) {
            return "postgresql";
        }
        if (e.startsWith("aurora") || e.startsWith("mysql")) {
            return "mysql";
        }
        if (e.startsWith("mariadb")) {
            return "mariadb";
        }
        if (e.startsWith("oracle")) {
            return "oracle-database";
        }
        if (e.startsWith("sqlserver")) {
            return "sql-server";
        }
        if (e.startsWith("docdb")) {
            return "documentdb";
        }
        return e;
    }

    /** The leading version of {@code text}: {@code 5.7.19}, {@code 8.0} of {@code 8.0.mysql_aurora.3.02.0}. */
    static String version(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LEADING_VERSION.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
