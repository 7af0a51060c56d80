package io.archadvisor.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generated inputs for the import benchmarks: a set of Kubernetes manifests of {@code n} services (a Deployment and a
 * Service each, addresses of three other services in their environment, a PostgreSQL StatefulSet for every tenth),
 * ten services per file as Helm writes them; and a Terraform plan of {@code n} resources (databases, caches, queues,
 * functions, buckets and virtual machines, a quarter of them in modules). Deterministic for a seed.
 */
public final class ImportInputs {

    private ImportInputs() {}

    /** Writes the manifests of {@code services} services into {@code dir}; returns the folder. */
    public static Path kubernetes(Path dir, int services, long seed) {
        Random random = new Random(seed);
        try {
            Files.createDirectories(dir);
            StringBuilder file = new StringBuilder();
            for (int i = 0; i < services; i++) {
                String name = "svc-" + i;
                file.append("---\n# Source: shop/templates/")
                        .append(name)
                        .append(".yaml\n")
                        .append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ")
                        .append(name)
                        .append("\n  labels: {app.kubernetes.io/name: ")
                        .append(name)
                        .append("}\nspec:\n  replicas: ")
                        .append(1 + random.nextInt(4))
                        .append("\n  selector:\n    matchLabels: {app.kubernetes.io/name: ")
                        .append(name)
                        .append("}\n  template:\n    metadata:\n      labels: {app.kubernetes.io/name: ")
                        .append(name)
                        .append("}\n    spec:\n      containers:\n        - name: app\n")
                        .append("          image: ghcr.io/acme/")
                        .append(name)
                        .append(":1.")
                        .append(i % 7)
                        .append('\n')
                        .append("          readinessProbe: {httpGet: {path: /ready, port: 8080}}\n")
                        .append("          env:\n");
                for (int k = 1; k <= 3; k++) {
                    int to = (i + k * (1 + random.nextInt(50))) % services;
                    file.append("            - {name: DEP")
                            .append(k)
                            .append("_URL, value: \"http://svc-")
                            .append(to)
                            .append(".shop.svc.cluster.local:8080/api\"}\n");
                }
                if (i % 10 == 0) {
                    file.append("            - {name: DATABASE_HOST, value: db-")
                            .append(i)
                            .append("}\n");
                }
                file.append("---\napiVersion: v1\nkind: Service\nmetadata: {name: ")
                        .append(name)
                        .append("}\nspec:\n  selector: {app.kubernetes.io/name: ")
                        .append(name)
                        .append("}\n  ports: [{port: 8080}]\n");
                if (i % 10 == 0) {
                    file.append("---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db-")
                            .append(i)
                            .append("}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n")
                            .append("        - {name: postgresql, image: \"docker.io/bitnami/postgresql:16.3.0\"}\n");
                }
                if (i % 10 == 9 || i == services - 1) {
                    Files.writeString(dir.resolve("manifests-" + (i / 10) + ".yaml"), file.toString());
                    file.setLength(0);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a Terraform plan of {@code resources} resources to {@code file}; returns the file. */
    public static Path plan(Path file, int resources, long seed) {
        Random random = new Random(seed);
        StringBuilder root = new StringBuilder();
        StringBuilder module = new StringBuilder();
        for (int i = 0; i < resources; i++) {
            StringBuilder to = i % 4 == 0 ? module : root;
            String prefix = i % 4 == 0 ? "module.app." : "";
            if (to.length() > 0) {
                to.append(',');
            }
            String values = switch (i % 6) {
                case 0 ->
                    "{\"identifier\":\"db-" + i + "\",\"engine\":\"postgres\",\"engine_version\":\"16."
                            + random.nextInt(4) + "\",\"multi_az\":" + random.nextBoolean()
                            + ",\"storage_encrypted\":true,\"tags\":{\"team\":\"t" + i % 9 + "\"}}";
                case 1 ->
                    "{\"replication_group_id\":\"cache-" + i + "\",\"engine\":\"redis\",\"engine_version\":\"7.1\","
                            + "\"num_cache_clusters\":" + (1 + random.nextInt(3))
                            + ",\"at_rest_encryption_enabled\":true}";
                case 2 -> "{\"name\":\"queue-" + i + "\",\"visibility_timeout_seconds\":30}";
                case 3 -> "{\"function_name\":\"fn-" + i + "\",\"runtime\":\"nodejs20.x\",\"memory_size\":512}";
                case 4 -> "{\"bucket\":\"bucket-" + i + "\",\"force_destroy\":false}";
                default ->
                    "{\"ami\":\"ami-123\",\"instance_type\":\"t3.micro\",\"user_data\":\"" + "x".repeat(200) + "\"}";
            };
            String type = switch (i % 6) {
                case 0 -> "aws_db_instance";
                case 1 -> "aws_elasticache_replication_group";
                case 2 -> "aws_sqs_queue";
                case 3 -> "aws_lambda_function";
                case 4 -> "aws_s3_bucket";
                default -> "aws_instance";
            };
            to.append("{\"address\":\"")
                    .append(prefix)
                    .append(type)
                    .append(".r")
                    .append(i)
                    .append("\",\"mode\":\"managed\",\"type\":\"")
                    .append(type)
                    .append("\",\"name\":\"r")
                    .append(i)
                    .append("\",\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"schema_version\":1,")
                    .append("\"values\":")
                    .append(values)
                    .append('}');
        }
        String json = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.5\",\"planned_values\":{\"root_module\":"
                + "{\"resources\":[" + root + "],\"child_modules\":[{\"address\":\"module.app\",\"resources\":["
                + module + "]}]}},\"configuration\":{\"provider_config\":{\"aws\":{\"name\":\"aws\",\"expressions\":"
                + "{\"region\":{\"constant_value\":\"eu-west-1\"}}}}}}";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
