package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archadvisor.base.Location;
import io.archadvisor.model.RequirementsDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementsDocumentTest {

    private static final String YAML = """
            system: studio-booking
            team: {size: 5, expertise: [typescript, node]}
            dataAccess:
              - {name: bookings, kind: transactional}
              - name: catalog
                kind: document
            proposal:
              style: microservices
              services:
                - name: bookings
                  calls:
                    - {to: payments, mode: sync}
                    - to: mailer
                      mode: async
                - name: payments
                - name: mailer
            """;

    private static Location at(int line, int column) {
        return new Location("system.yaml", line, column);
    }

    @Test
    void aScalarIsLocatedAtItsValue() {
        RequirementsDocument doc = RequirementsReader.readDocument(YAML, "system.yaml");
        assertEquals(Optional.of(at(1, 9)), doc.sources().find("system"));
        assertEquals(Optional.of(at(2, 14)), doc.sources().find("team.size"));
        assertEquals(Optional.of(at(2, 41)), doc.sources().find("team.expertise[1]"));
        assertEquals(Optional.of(at(8, 10)), doc.sources().find("proposal.style"));
    }

    @Test
    void aSectionIsLocatedAtItsKeyAndAListItemWhereItStarts() {
        RequirementsDocument doc = RequirementsReader.readDocument(YAML, "system.yaml");
        assertEquals(Optional.of(at(2, 1)), doc.sources().find("team"));
        assertEquals(Optional.of(at(4, 5)), doc.sources().find("dataAccess[0]"));
        assertEquals(Optional.of(at(5, 5)), doc.sources().find("dataAccess[1]"));
        assertEquals(Optional.of(at(12, 11)), doc.sources().find("proposal.services[0].calls[0]"));
        assertEquals(Optional.of(at(13, 11)), doc.sources().find("proposal.services[0].calls[1]"));
        assertEquals(Optional.of(at(9, 3)), doc.sources().find("proposal.services"));
    }

    @Test
    void aValueLeftOutIsLocatedAtItsSection() {
        RequirementsDocument doc = RequirementsReader.readDocument(YAML, "system.yaml");
        assertEquals(Optional.of(at(2, 1)), doc.sources().find("team.opsMaturity"));
        assertEquals(Optional.empty(), doc.sources().find("budget.monthlyUsd"));
    }

    @Test
    void theRequirementsAreThoseTheOtherReadMethodsGive(@TempDir Path dir) throws Exception {
        RequirementsDocument doc = RequirementsReader.readDocument(YAML, "system.yaml");
        assertEquals(RequirementsReader.read(YAML, "system.yaml"), doc.requirements());
        Path file = dir.resolve("system.yaml");
        Files.writeString(file, YAML);
        RequirementsDocument fromFile = RequirementsReader.readDocument(file);
        assertEquals(doc.requirements(), fromFile.requirements());
        assertEquals(
                Optional.of(new Location(file.toString(), 2, 14)),
                fromFile.sources().find("team.size"));
        RequirementsDocument fromStream = RequirementsReader.readDocument(
                new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)), "upload.yaml");
        assertEquals(
                Optional.of(new Location("upload.yaml", 2, 14)),
                fromStream.sources().find("team.size"));
    }

    @Test
    void anAliasedValueIsLocatedWhereItIsDefined() {
        RequirementsDocument doc = RequirementsReader.readDocument("""
                team: {size: &five 5}
                deployment: {regions: *five}
                """, "a.yaml");
        assertEquals(Optional.of(new Location("a.yaml", 1, 14)), doc.sources().find("team.size"), "at its anchor");
        assertEquals(Optional.of(new Location("a.yaml", 1, 14)), doc.sources().find("deployment.regions"));
    }
}
