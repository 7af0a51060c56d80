package io.archadvisor.imports;

import static io.archadvisor.imports.Fixtures.calls;
import static io.archadvisor.imports.Fixtures.datastoreNames;
import static io.archadvisor.imports.Fixtures.service;
import static io.archadvisor.imports.Fixtures.technologies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.structurizr.dsl.StructurizrDslParser;
import com.structurizr.dsl.StructurizrDslParserException;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.Requirements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structurizr DSL workspaces of structurizr/examples, read with the official parser in restricted mode. */
class StructurizrImportTest {

    @Test
    void theMicroservicesExampleIsTenContainersEachApiWithItsOwnMysqlSchema() {
        ImportedRequirements i = Fixtures.read("structurizr/microservices/workspace.dsl");
        Requirements r = i.requirements();
        assertEquals(
                List.of("structurizr"),
                i.files().stream().map(Importers.Detection::format).toList());
        assertEquals("Software System A", r.system());
        assertEquals(10, r.proposal().services().size(), Fixtures.names(r).toString());
        assertEquals(8, r.proposal().datastores().size());
        assertEquals(
                List.of("Service 1 Database Schema"),
                service(r, "Service 1 API").datastores());
        assertEquals("Service 2 API,Service 3 API", calls(service(r, "Service 1 API")));
        assertNull(service(r, "Service 1 API").calls().get(0).mode(), "no technology on the relationship");
        assertTrue(
                datastoreNames(r).contains("Service 3 Database:mysql:TRANSACTIONAL:null"),
                datastoreNames(r).toString());
        assertTrue(technologies(r).contains("java"), technologies(r).toString());
    }

    @Test
    void theAwsExampleDeploysTheWebApplicationOnceAndReadsItsDatabase() {
        ImportedRequirements i = Fixtures.read("structurizr/amazon-web-services/workspace.dsl");
        Requirements r = i.requirements();
        assertEquals(List.of("Web Application"), Fixtures.names(r));
        assertEquals(List.of("Database Schema"), service(r, "Web Application").datastores());
        assertEquals(1, service(r, "Web Application").instances());
        assertEquals(1, r.deployment().regions(), "the node US-East-1 is tagged as a region");
        assertEquals(
                "the deployment nodes tagged as regions: US-East-1",
                i.origins().get("deployment.regions").evidence());
        assertEquals(List.of("Database Schema:null:null:null"), datastoreNames(r), "the tag says database, not which");
    }

    @Test
    void theBigBankApiCallsOverJsonHttpsAreSynchronousThroughItsComponents() {
        Requirements r = Fixtures.read("structurizr/big-bank-plc/workspace.dsl").requirements();
        assertEquals("Internet Banking System", r.system());
        assertEquals(List.of("Database"), service(r, "API Application").datastores());
        assertEquals(
                CallMode.SYNC,
                service(r, "Single-Page Application").calls().stream()
                        .filter(c -> c.to().equals("API Application"))
                        .findFirst()
                        .orElseThrow()
                        .mode());
    }

    @Test
    void aScriptIsRefusedWithItsLocationAndNothingOfTheWorkspaceIsRead() {
        SourceFile f = SourceFile.of("workspace.dsl", """
                workspace {
                    model {
                        s = softwareSystem "S" {
                            a = container "A"
                        }
                    }
                    !script groovy {
                        new File("/tmp/pwned").text = "x"
                    }
                    !include https://example.com/more.dsl
                }
                """);
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(f));
        assertNull(i.requirements().proposal(), "a workspace that would run code is not read at all");
        assertEquals("workspace.dsl:7:5", i.notes().get(0).location().toString());
        assertTrue(
                i.notes().get(0).message().startsWith("`!script` is refused"),
                i.notes().toString());
        assertEquals("workspace.dsl:10:5", i.notes().get(1).location().toString());
    }

    @Test
    void theParserItselfRunsInRestrictedModeWhereScriptsAreRefused() {
        StructurizrDslParser parser = new StructurizrDslParser();
        parser.setRestricted(true);
        assertThrows(
                StructurizrDslParserException.class,
                () -> parser.parse("workspace {\n  !script groovy {\n    workspace.name = \"x\"\n  }\n}\n"));
    }
}
