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
    void aWorkspaceThatExtendsAUrlIsRefusedAndItsViewsAreNotReadSoNothingIsFetched() throws java.io.IOException {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            byte[] body = "workspace { model { r = softwareSystem \"Remote\" { c = container \"C\" } } }"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            SourceFile extending = SourceFile.of(
                    "extends.dsl",
                    "workspace extends " + url + "/base.dsl {\n"
                            + "    model {\n        s = softwareSystem \"S\" {\n            a = container \"A\"\n        }\n"
                            + "    }\n}\n");
            SourceFile drawing = SourceFile.of(
                    "views.dsl",
                    "workspace {\n    model {\n"
                            + "        s = softwareSystem \"S\" {\n            a = container \"A\"\n        }\n    }\n"
                            + "    views {\n        image s {\n            plantuml " + url + "/x.puml\n        }\n"
                            + "        themes " + url + "/theme.json\n    }\n}\n");
            ImportedRequirements refused = Fixtures.IMPORTERS.readFiles(List.of(extending));
            assertNull(refused.requirements().proposal(), refused.notes().toString());
            assertTrue(
                    refused.notes().get(0).toString().startsWith("extends.dsl:1:1: `workspace extends` is refused"),
                    refused.notes().toString());
            ImportedRequirements drawn = Fixtures.IMPORTERS.readFiles(List.of(drawing));
            assertEquals(List.of("A"), Fixtures.names(drawn.requirements()), "the model is read");
            assertEquals(
                    "views.dsl:7:5: `views` is skipped: views, themes and images are not read, only the model",
                    drawn.notes().get(0).toString());
            assertEquals(0, requests.get(), "no request reached the server");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void documentationAndDecisionRecordsAreSkippedWithANoteAndTheModelIsRead() {
        SourceFile f = SourceFile.of("workspace.dsl", """
                workspace {
                    !docs docs
                    !adrs decisions
                    model {
                        s = softwareSystem "Shop" {
                            web = container "Web" "" "Java"
                            api = container "API" "" "Java"
                            web -> api "Reads" "HTTPS"
                        }
                    }
                }
                """);
        ImportedRequirements i = Fixtures.IMPORTERS.readFiles(List.of(f));
        assertEquals(List.of("Web", "API"), Fixtures.names(i.requirements()));
        assertEquals("workspace.dsl:2:5", i.notes().get(0).location().toString());
        assertEquals(
                "`!docs` is skipped: documentation and decision records are not read, only the model",
                i.notes().get(0).message());
        assertEquals("workspace.dsl:3:5", i.notes().get(1).location().toString());
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
