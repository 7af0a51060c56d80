package io.archadvisor.imports;

import static io.archadvisor.imports.Fixtures.at;
import static io.archadvisor.imports.Fixtures.datastoreNames;
import static io.archadvisor.imports.Fixtures.service;
import static io.archadvisor.imports.Fixtures.technologies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.model.CallMode;
import io.archadvisor.model.Requirements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalog files of the Backstage project's example catalog, read together as a catalog spread over files is. */
class BackstageImportTest {

    @Test
    void theArtistEngagementPortalIsTwoServicesADatabaseAndATeamOfFive() {
        ImportedRequirements i = Fixtures.read("backstage/artist-engagement-portal");
        Requirements r = i.requirements();
        assertEquals(5, i.files().size());
        assertEquals("artist-engagement-portal", r.system());
        assertEquals(List.of("artist-lookup", "www-artist"), Fixtures.names(r));
        assertEquals(List.of("artists-db"), service(r, "artist-lookup").datastores());
        assertEquals(
                "backstage/artist-engagement-portal/artist-lookup-component.yaml:39:15",
                at(i.origins().get("proposal.services[0].datastores[0]")));
        assertEquals("artist-lookup", service(r, "www-artist").calls().get(0).to());
        assertNull(service(r, "www-artist").calls().get(0).mode(), "no API type says how it is called");
        assertEquals(List.of("artists-db:null:null:null"), datastoreNames(r), "type database names no engine");
        assertEquals(5, r.team().size(), "four users in the default namespace and one in development");
        assertFalse(i.origins().get("team.size").stated());
        assertEquals(List.of("java"), technologies(r), "the tag java; the tag data names nothing");
    }

    @Test
    void waybackSearchConsumesTheArchiveOpenApiSoItCallsTheArchiveSynchronously() {
        ImportedRequirements i = Fixtures.read("backstage/wayback");
        Requirements r = i.requirements();
        assertEquals(List.of("wayback-archive", "wayback-search"), Fixtures.names(r));
        assertEquals(CallMode.SYNC, service(r, "wayback-search").calls().get(0).mode());
        assertEquals(
                "wayback-archive", service(r, "wayback-search").calls().get(0).to());
        assertEquals(
                "the API wayback-archive of type openapi",
                i.origins().get("proposal.services[1].calls[0]").evidence());
        assertNull(r.team(), "team-a is not defined in these files");
        assertNull(r.system());
    }

    @Test
    void componentsOfTwoSystemsOwnedByAUserAndAGroupGiveNoSystemAndNoTeam() {
        ImportedRequirements i = Fixtures.read("backstage/audio-playback");
        Requirements r = i.requirements();
        assertEquals(List.of("playback-order", "queue-proxy"), Fixtures.names(r));
        assertNull(r.system(), "audio-playback and podcast");
        assertNull(r.team());
        assertEquals(List.of("java", "go"), technologies(r));
        assertTrue(i.requirements().proposal().datastores() == null);
    }

    @Test
    void anAsyncApiMakesTheCallAsynchronousAndADatabaseTagNamesTheEngine() {
        SourceFile f = SourceFile.of("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: orders}
                spec: {type: service, owner: team-x, providesApis: [order-events], dependsOn: ['resource:orders-db']}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: shipping}
                spec: {type: service, owner: team-x, consumesApis: [order-events]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata: {name: order-events}
                spec: {type: asyncapi, owner: team-x, definition: "asyncapi: 3.0.0"}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Resource
                metadata: {name: orders-db, tags: [postgres]}
                spec: {type: database, owner: team-x}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: team-x}
                spec: {type: team, children: [], members: [ana, ben, cy]}
                """);
        Requirements r = Fixtures.IMPORTERS.readFiles(List.of(f)).requirements();
        assertEquals(CallMode.ASYNC, service(r, "shipping").calls().get(0).mode());
        assertEquals(List.of("orders-db:postgresql:TRANSACTIONAL:null"), datastoreNames(r));
        assertEquals(3, r.team().size());
        assertEquals(Boolean.TRUE, r.workload().asyncWorkflows());
    }
}
