package io.archadvisor.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.RecommendationGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdrPlannerTest {

    private static final AdrRenderer DAY1 = AdrRenderer.standard().withDate(LocalDate.of(2026, 11, 26));
    private static final AdrRenderer DAY2 = AdrRenderer.standard().withDate(LocalDate.of(2026, 12, 3));

    @TempDir
    Path dir;

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void aFirstRunWritesOneRecordPerDecision() throws IOException {
        AdrPlan plan = Adrs.sync(AdrGraphs.system(5, false), dir, DAY1);
        assertEquals(5, plan.changes(AdrChange.Created.class).size());
        assertEquals(plan.writes(), snapshot());
        assertTrue(
                plan.summary()
                        .endsWith("5 created, 0 updated, 0 superseded, 0 deprecated, 0 unchanged,"
                                + " 0 edited by hand\n"),
                plan.summary());
    }

    @Test
    void reRunningOnTheSameAdviceChangesNoFileEvenOnAnotherDay() throws IOException {
        Adrs.sync(AdrGraphs.system(5, false), dir, DAY1);
        Map<String, String> before = snapshot();
        AdrPlan again = Adrs.sync(AdrGraphs.system(5, false), dir, DAY2);
        assertTrue(again.writesNothing(), again.summary());
        assertEquals(5, again.changes(AdrChange.Unchanged.class).size());
        assertEquals(before, snapshot());
    }

    @Test
    void aCheckoutWithWindowsLineEndsOrAByteOrderMarkIsNoEdit() throws IOException {
        Adrs.sync(AdrGraphs.system(5, false), dir, DAY1);
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                Files.writeString(p, "\uFEFF" + Files.readString(p).replace("\n", "\r\n"));
            }
        }
        Map<String, String> converted = snapshot();
        AdrPlan again = Adrs.sync(AdrGraphs.system(5, false), dir, DAY2);
        assertEquals(5, again.changes(AdrChange.Unchanged.class).size(), again.summary());
        assertEquals(converted, snapshot());
    }

    @Test
    void aChangedPrimaryPatternSupersedesExactlyOneRecord() throws IOException {
        Adrs.sync(AdrGraphs.system(5, true), dir, DAY1);
        AdrPlan grown = Adrs.sync(AdrGraphs.system(40, true), dir, DAY2);

        List<AdrChange.Superseded> superseded = grown.changes(AdrChange.Superseded.class);
        assertEquals(2, superseded.size(), "the style and the framework change: " + grown.summary());
        AdrChange.Superseded style = superseded.stream()
                .filter(s -> s.key().equals("architecture-style"))
                .findFirst()
                .orElseThrow();
        assertEquals("0001-use-a-modular-monolith.md", style.replaced().fileName());
        assertEquals("0006-use-microservices.md", style.by().fileName());
        String old = snapshot().get("0001-use-a-modular-monolith.md");
        assertTrue(
                old.startsWith("---\nstatus: superseded by ADR-0006\ndate: 2026-11-26\n---\n\n"
                        + "# Use a modular monolith\n\n**Superseded** by [ADR-0006: Use microservices]"
                        + "(0006-use-microservices.md).\n\n## Context"),
                old);
        String by = snapshot().get("0006-use-microservices.md");
        assertTrue(by.startsWith("---\nstatus: accepted\ndate: 2026-12-03\n---\n\n# Use microservices\n"), by);
        assertTrue(
                by.contains("This record supersedes [ADR-0001: Use a modular monolith]"
                        + "(0001-use-a-modular-monolith.md)."),
                by);
        MadrCheck.check("0001", old);
        MadrCheck.check("0006", by);
        assertFalse(
                new AdrFile("0001-use-a-modular-monolith.md", old).editedByHand(),
                "marking a record superseded keeps it a generated record");

        Map<String, String> after = snapshot();
        AdrPlan again = Adrs.sync(AdrGraphs.system(40, true), dir, DAY2);
        assertTrue(again.writesNothing(), "a second run after the change writes nothing: " + again.summary());
        assertEquals(after, snapshot());
    }

    @Test
    void aChangedContextWithTheSameOutcomeRewritesTheSameFile() throws IOException {
        Adrs.sync(AdrGraphs.system(5, false), dir, DAY1);
        AdrPlan plan = Adrs.sync(AdrGraphs.system(8, true), dir, DAY2);
        assertEquals(List.of(), plan.changes(AdrChange.Created.class), plan.summary());
        assertEquals(List.of(), plan.changes(AdrChange.Superseded.class), plan.summary());
        AdrChange.Updated style = plan.changes(AdrChange.Updated.class).stream()
                .filter(u -> u.key().equals("architecture-style"))
                .findFirst()
                .orElseThrow();
        assertEquals("0001-use-a-modular-monolith.md", style.fileName());
        assertEquals(AdrStatus.ACCEPTED, style.record().status(), "the answered question makes it accepted");
        assertTrue(snapshot()
                .get("0001-use-a-modular-monolith.md")
                .startsWith("---\nstatus: accepted\ndate: 2026-12-03\n"));
        assertEquals(5, snapshot().size());
    }

    @Test
    void aRecordEditedByHandIsNeverOverwrittenOnlyReported() throws IOException {
        Adrs.sync(AdrGraphs.system(5, true), dir, DAY1);
        Path style = dir.resolve("0001-use-a-modular-monolith.md");
        String edited = Files.readString(style)
                .replace("## Decision Drivers", "Decided in the March review.\n\n" + "## Decision Drivers");
        Files.writeString(style, edited);

        AdrPlan same = Adrs.sync(AdrGraphs.system(5, true), dir, DAY2);
        assertEquals(
                List.of("0001-use-a-modular-monolith.md"),
                same.changes(AdrChange.EditedByHand.class).stream()
                        .map(AdrChange::fileName)
                        .toList());
        assertTrue(same.writesNothing());

        AdrPlan grown = Adrs.sync(AdrGraphs.system(40, true), dir, DAY2);
        assertEquals(edited, Files.readString(style), "the edited record is left as it is");
        AdrChange.EditedByHand report =
                grown.changes(AdrChange.EditedByHand.class).get(0);
        assertTrue(
                report.message()
                        .contains("0006-use-microservices.md supersedes it; set its status to"
                                + " `superseded by ADR-0006` by hand"),
                report.message());
        assertTrue(Files.readString(dir.resolve("0006-use-microservices.md"))
                .contains("This record supersedes [ADR-0001: Use a modular monolith]"));
    }

    @Test
    void aDecisionTheAdviceNoLongerMakesIsDeprecated() throws IOException {
        Adrs.sync(AdrGraphs.system(5, true), dir, DAY1);
        RecommendationGraph g = AdrGraphs.system(5, true);
        List<AdrDraft> withoutDeparture = DAY2.drafts(g).stream()
                .filter(d -> !d.key().startsWith("departure:"))
                .toList();
        AdrPlan plan = AdrPlanner.of(DAY2).plan(withoutDeparture, AdrFolder.read(dir));
        AdrFolder.apply(plan, dir);
        assertEquals(
                List.of("0005-depart-from-the-existing-node-20-11.md"),
                plan.changes(AdrChange.Withdrawn.class).stream()
                        .map(AdrChange::fileName)
                        .toList());
        String text = snapshot().get("0005-depart-from-the-existing-node-20-11.md");
        assertTrue(text.startsWith("---\nstatus: deprecated\n"), text);
        assertTrue(text.contains("**Deprecated:** the advice no longer makes this decision."), text);
        assertTrue(
                AdrPlanner.of(DAY2).plan(withoutDeparture, AdrFolder.read(dir)).writesNothing());
    }

    @Test
    void recordsArchadvisorDidNotWriteOnlyCountForNumbering() throws IOException {
        Files.createDirectories(dir);
        String own = "# Record architecture decisions\n\nWe keep ADRs.\n";
        Files.writeString(dir.resolve("0001-record-architecture-decisions.md"), own);
        Files.writeString(dir.resolve("0007-use-kotlin.md"), "# Use Kotlin\n");
        Files.writeString(dir.resolve("README.md"), "index");
        AdrPlan plan = Adrs.sync(AdrGraphs.system(5, true), dir, DAY1);
        assertEquals("0008-use-a-modular-monolith.md", plan.changes().get(0).fileName());
        assertEquals(own, Files.readString(dir.resolve("0001-record-architecture-decisions.md")));
        assertEquals(8, snapshot().size());
    }

    @Test
    void aForgedOrBrokenMarkerMakesAFileForeignAndARenamedRecordStaysTracked() throws IOException {
        Adrs.sync(AdrGraphs.system(5, true), dir, DAY1);
        Files.move(dir.resolve("0001-use-a-modular-monolith.md"), dir.resolve("0001-Our Style (v1).md"));
        String forged = "# Forged\n\n<!-- archadvisor-adr key=../../etc outcome=0123456789abcdef"
                + " supersedes=../x.md checksum=sha256:" + "0".repeat(64) + " -->\n";
        Files.writeString(dir.resolve("0009-forged.md"), forged);
        AdrPlan same = Adrs.sync(AdrGraphs.system(5, true), dir, DAY1);
        assertTrue(same.writesNothing(), same.summary());
        assertEquals("0001-Our Style (v1).md", same.changes().get(0).fileName());

        AdrPlan grown = Adrs.sync(AdrGraphs.system(40, true), dir, DAY1);
        AdrChange.Superseded style = grown.changes(AdrChange.Superseded.class).get(0);
        assertEquals("0010-use-microservices.md", style.by().fileName(), "numbered after the forged file");
        String old = Files.readString(dir.resolve("0001-Our Style (v1).md"));
        assertTrue(old.contains("**Superseded** by [ADR-0010: Use microservices](0010-use-microservices.md)."), old);
        MadrCheck.check("0001", old);
        MadrCheck.check("0010", style.by().content());
        assertEquals(forged, Files.readString(dir.resolve("0009-forged.md")));
    }

    @Test
    void aFileInsteadOfAFolderIsATypedErrorNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("adr"), "x");
        AdrException e = assertThrows(AdrException.class, () -> Adrs.sync(AdrGraphs.system(5, true), file));
        assertTrue(
                e.getMessage().contains(file.toString()) && e.getMessage().contains("give a folder"), e.getMessage());
    }
}
