package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.archadvisor.catalog.CatalogReader;
import io.archadvisor.catalog.ListCatalog;
import io.archadvisor.catalog.TechnologyEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog snapshot made at build time holds exactly what the YAML gives, and is ignored when it does not match. */
class CatalogSnapshotTest {

    private static byte[] yaml() throws IOException {
        try (InputStream in = EmbeddedCatalog.class.getResourceAsStream("/" + EmbeddedCatalog.RESOURCE)) {
            assertNotNull(in, EmbeddedCatalog.RESOURCE);
            return in.readAllBytes();
        }
    }

    private static List<TechnologyEntry> fromYaml(byte[] yaml) {
        return CatalogReader.read(EmbeddedCatalog.NAME, new String(yaml, StandardCharsets.UTF_8))
                .entries();
    }

    private static byte[] snapshot(byte[] yaml, List<TechnologyEntry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogSnapshot.write(yaml, entries, out);
        return out.toByteArray();
    }

    @Test
    void theSnapshotBuiltWithTheJarHoldsTheEntriesTheYamlGives() throws IOException {
        byte[] yaml = yaml();
        URL snapshot = EmbeddedCatalog.class.getResource("/" + CatalogSnapshot.RESOURCE);
        assertNotNull(snapshot, "the build writes " + CatalogSnapshot.RESOURCE);
        ListCatalog read = CatalogSnapshot.read(snapshot, yaml);
        assertNotNull(read, "the snapshot matches the YAML it was made from");
        List<TechnologyEntry> expected = fromYaml(yaml);
        assertEquals(expected.size(), read.entries().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), read.entries().get(i), expected.get(i).name());
        }
        assertEquals(expected, new EmbeddedCatalog().entries());
        assertEquals(
                "embedded catalog technologies.yaml (" + expected.size() + " technologies)",
                new EmbeddedCatalog().toString());
    }

    @Test
    void everyOptionalFieldSurvivesTheSnapshot() throws IOException {
        String text = """
                technologies:
                  - name: widget
                    displayName: Widget Server
                    category: database
                    docs: https://widget.example/docs
                    aliases: [wdg, "widget db"]
                    identifiers: [pkg:maven/org.example/widget]
                    verifiedOn: 2026-01-02
                    source: https://widget.example/releases
                    policy: https://widget.example/policy
                    notes: a note that is not kept
                    releases:
                      - cycle: "3.10"
                        releaseDate: 2024-03-01
                        lts: true
                        endOfActiveSupport: 2025-06
                        endOfLife: 2026-03-01
                        endOfExtendedSupport: false
                        latest: "3.10.7"
                        latestReleaseDate: 2025-12-24
                        releaseNotes: https://widget.example/3.10
                        requires:
                          - technology: java
                            min: "17"
                            source: https://widget.example/req
                          - technology: gadget
                            max: "2.x"
                        source: https://widget.example/3.10/source
                      - cycle: "2"
                        endOfLife: true
                    deprecations:
                      - feature: old api
                        replacement: new api
                        since: "3.0"
                        removedIn: "4.0.0-beta.2"
                        affected:
                          - introduced: "2.0"
                            fixed: "4.0"
                        guide: https://widget.example/migrate
                        source: https://widget.example/deprecations
                    advisories:
                      - id: CVE-2025-0001
                        aliases: [GHSA-xxxx-yyyy-zzzz]
                        severity: high
                        summary: "Unicode too: é ✓"
                        published: 2025-02-03
                        affected:
                          - introduced: "3.0"
                            lastAffected: "3.10.6"
                          - fixed: "2.9+build.5"
                        source: https://widget.example/cve
                  - name: plain
                    displayName: Plain
                    category: library
                    docs: https://plain.example/
                    verifiedOn: 2026-01-02
                    source: https://plain.example/
                    unversioned: no release lines
                """;
        byte[] yaml = text.getBytes(StandardCharsets.UTF_8);
        List<TechnologyEntry> entries = fromYaml(yaml);
        assertEquals(2, entries.size());
        assertEquals(entries, CatalogSnapshot.read(new ByteArrayInputStream(snapshot(yaml, entries)), yaml));
    }

    @Test
    void aSnapshotOfAnotherYamlIsIgnored() throws IOException {
        byte[] yaml = yaml();
        byte[] snapshot = snapshot(yaml, fromYaml(yaml));
        byte[] edited = (new String(yaml, StandardCharsets.UTF_8) + "\n# edited\n").getBytes(StandardCharsets.UTF_8);
        assertNull(CatalogSnapshot.read(new ByteArrayInputStream(snapshot), edited));
        byte[] sameLength = yaml.clone();
        sameLength[sameLength.length - 1] = (byte) (sameLength[sameLength.length - 1] == ' ' ? '\n' : ' ');
        assertNull(CatalogSnapshot.read(new ByteArrayInputStream(snapshot), sameLength));
    }

    @Test
    void aDamagedOrMissingSnapshotIsIgnored(@TempDir Path dir) throws IOException {
        byte[] yaml = yaml();
        byte[] snapshot = snapshot(yaml, fromYaml(yaml));
        Path truncated = dir.resolve("truncated.snapshot");
        Files.write(truncated, Arrays.copyOf(snapshot, snapshot.length / 2));
        assertNull(CatalogSnapshot.read(truncated.toUri().toURL(), yaml));
        Path trailing = dir.resolve("trailing.snapshot");
        Files.write(trailing, Arrays.copyOf(snapshot, snapshot.length + 1));
        assertNull(CatalogSnapshot.read(trailing.toUri().toURL(), yaml));
        Path garbage = dir.resolve("garbage.snapshot");
        Files.write(garbage, "not a snapshot".getBytes(StandardCharsets.UTF_8));
        assertNull(CatalogSnapshot.read(garbage.toUri().toURL(), yaml));
        assertNull(CatalogSnapshot.read(dir.resolve("missing.snapshot").toUri().toURL(), yaml));
        assertNull(CatalogSnapshot.read((URL) null, yaml));
    }
}
