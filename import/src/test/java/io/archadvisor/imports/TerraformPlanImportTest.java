package io.archadvisor.imports;

import static io.archadvisor.imports.Fixtures.datastoreNames;
import static io.archadvisor.imports.Fixtures.technologies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.model.DeploymentEnvironment;
import io.archadvisor.model.Requirements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Terraform plans (terraform show -json) of infracost's test data, and the clouds' managed services. */
class TerraformPlanImportTest {

    @Test
    void twoMysqlInstancesOfModulesWithoutStandbyOrEncryptionAreReadWithTheirVersion() {
        ImportedRequirements i = Fixtures.read("terraform/terraform_v0.14_plan.json");
        Requirements r = i.requirements();
        assertEquals(
                List.of(
                        "module.db.module.db_1.module.db_instance.aws_db_instance.this[0]:mysql:TRANSACTIONAL:0",
                        "module.db.module.db_2.module.db_instance.aws_db_instance.this[0]:mysql:TRANSACTIONAL:0"),
                datastoreNames(r),
                "both are named demodb, so their addresses tell them apart");
        assertEquals(List.of("mysql 5.7.19"), technologies(r));
        assertEquals(Boolean.FALSE, r.security().encryptionAtRest());
        assertTrue(i.origins().get("security.encryptionAtRest").stated());
        assertEquals("aws", r.deployment().provider());
        assertEquals(DeploymentEnvironment.CLOUD, r.deployment().environment());
        assertEquals(1, r.deployment().regions());
        assertEquals(
                "the regions us-east-1", i.origins().get("deployment.regions").evidence());
        assertTrue(
                i.notes().stream().anyMatch(n -> n.message().startsWith("skipped 12 resources of type aws_instance")),
                i.notes().toString());
    }

    @Test
    void lambdaFunctionsAreServicesWithTheirRuntimeAndTheBucketADatastore() {
        ImportedRequirements i = Fixtures.read("terraform/example_plan.json");
        Requirements r = i.requirements();
        assertEquals(
                List.of("aws_lambda_function.hello_world", "aws_lambda_function.zero_cost_lambda"),
                Fixtures.names(r),
                "both functions are named hello_world");
        assertEquals(List.of("aws-lambda", "nodejs 12", "s3"), technologies(r));
        assertEquals(List.of("bucket_withUsage:s3:BLOB:null"), datastoreNames(r));
        assertNull(r.security(), "a bucket says nothing about encryption here");
        assertEquals("aws", r.deployment().provider());
    }

    @Test
    void aDynamodbTableIsAKeyValueStoreWhoseReplicasTheTableDoesNotState() {
        Requirements r = Fixtures.read("terraform/dynamodb_plan.json").requirements();
        assertEquals(List.of("GameScores:dynamodb:KEY_VALUE:null"), datastoreNames(r));
        assertEquals(1, r.deployment().regions());
    }

    @Test
    void managedServicesOfTheThreeCloudsGiveEngineVersionReplicasAndRegions() {
        SourceFile f = SourceFile.of("plan.json", """
                {"format_version":"1.2","terraform_version":"1.9.0","planned_values":{"root_module":{
                  "resources":[
                   {"address":"aws_rds_cluster.main","mode":"managed","type":"aws_rds_cluster","name":"main",
                    "provider_name":"registry.terraform.io/hashicorp/aws","values":{"cluster_identifier":"orders",
                    "engine":"aurora-postgresql","engine_version":"15.4","storage_encrypted":true}},
                   {"address":"aws_rds_cluster_instance.main[0]","mode":"managed","type":"aws_rds_cluster_instance",
                    "name":"main","provider_name":"registry.terraform.io/hashicorp/aws","values":{"cluster_identifier":"orders"}},
                   {"address":"aws_rds_cluster_instance.main[1]","mode":"managed","type":"aws_rds_cluster_instance",
                    "name":"main","provider_name":"registry.terraform.io/hashicorp/aws","values":{"cluster_identifier":"orders"}},
                   {"address":"aws_elasticache_replication_group.cache","mode":"managed",
                    "type":"aws_elasticache_replication_group","name":"cache",
                    "provider_name":"registry.terraform.io/hashicorp/aws","values":{"replication_group_id":"sessions",
                    "engine":"redis","engine_version":"7.1","num_cache_clusters":3,"at_rest_encryption_enabled":true}},
                   {"address":"aws_ecs_service.api","mode":"managed","type":"aws_ecs_service","name":"api",
                    "provider_name":"registry.terraform.io/hashicorp/aws","values":{"name":"api","desired_count":4}},
                   {"address":"aws_sqs_queue.jobs","mode":"managed","type":"aws_sqs_queue","name":"jobs",
                    "provider_name":"registry.terraform.io/hashicorp/aws","values":{"name":"jobs"}},
                   {"address":"google_sql_database_instance.db","mode":"managed","type":"google_sql_database_instance",
                    "name":"db","provider_name":"registry.terraform.io/hashicorp/google","values":{"name":"reports",
                    "database_version":"POSTGRES_16","region":"europe-west1",
                    "settings":[{"availability_type":"REGIONAL"}]}},
                   {"address":"azurerm_redis_cache.c","mode":"managed","type":"azurerm_redis_cache","name":"c",
                    "provider_name":"registry.terraform.io/hashicorp/azurerm","values":{"name":"edge-cache",
                    "redis_version":"6","sku_name":"Basic","location":"West Europe"}},
                   {"address":"aws_widget.x","mode":"managed","type":"aws_widget","name":"x",
                    "provider_name":"registry.terraform.io/hashicorp/aws","values":{}}
                  ]}},
                 "configuration":{"provider_config":{"aws":{"name":"aws","expressions":{"region":{"constant_value":"eu-west-1"}}}}}}
                """);
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(f));
        Requirements r = i.requirements();
        assertEquals(
                List.of(
                        "orders:postgresql:TRANSACTIONAL:1",
                        "sessions:redis:CACHE:2",
                        "reports:postgresql:TRANSACTIONAL:1",
                        "edge-cache:redis:CACHE:0"),
                datastoreNames(r));
        assertEquals(List.of("postgresql 15.4", "redis 7.1", "sqs", "postgresql 16", "redis 6"), technologies(r));
        assertEquals(List.of("api"), Fixtures.names(r));
        assertEquals(4, r.proposal().services().get(0).instances());
        assertEquals(Boolean.TRUE, r.workload().asyncWorkflows());
        assertNull(r.deployment().provider(), "three clouds");
        assertEquals(3, r.deployment().regions(), "eu-west-1, europe-west1, westeurope");
        assertNull(r.security(), "the Google and Azure stores do not state encryption, so the system's is unknown");
        assertFalse(i.notes().stream().noneMatch(n -> n.message().contains("aws_widget")));
    }
}
