package io.archadvisor.rules.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.adr.AdrChange;
import io.archadvisor.adr.AdrPlan;
import io.archadvisor.adr.AdrRenderer;
import io.archadvisor.adr.Adrs;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.model.Pattern;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.GraphDelta;
import io.archadvisor.yaml.RequirementsReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The startup sample's records kept current while it grows: each what-if step rewrites records in place; the step that
 * changes the primary pattern writes exactly one new record, which supersedes the old architecture-style record; and a
 * run on unchanged requirements changes no file, byte for byte.
 */
class AdrWhatIfWalkthroughTest {

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
    void aGrowingStartupSupersedesItsArchitectureStyleRecordExactlyOnce() throws IOException {
        AdrRenderer renderer = AdrRenderer.standard().withDate(SampleAdrs.DATE);
        try (AdvisorSession session = SampleAdrs.advisor()
                .openSession(RequirementsReader.read(SampleAdrs.EXAMPLES.resolve("startup-mvp.yaml")))) {
            AdrPlan first = Adrs.sync(session.graph(), dir, renderer);
            int records = first.changes(AdrChange.Created.class).size();
            assertEquals(records, snapshot().size());
            Map<String, String> written = snapshot();
            assertTrue(Adrs.sync(session.graph(), dir, renderer).writesNothing());
            assertEquals(written, snapshot(), "re-running on unchanged requirements changes no file");

            for (Object[] step :
                    List.of(new Object[] {"workload.shape", "steady"}, new Object[] {"team.size", 40}, new Object[] {
                        "timeline.stage", "growth"
                    })) {
                GraphDelta delta = session.set((String) step[0], step[1]);
                AdrPlan plan = Adrs.sync(session.graph(), dir, renderer);
                assertTrue(
                        !delta.primaryPatternChanged()
                                && plan.changes(AdrChange.Superseded.class).isEmpty()
                                && plan.changes(AdrChange.Created.class).isEmpty(),
                        step[0] + ": " + plan.summary());
                assertEquals(records, snapshot().size(), "an unchanged outcome is updated in place");
            }

            GraphDelta clear = session.set("domain.clarity", "clear");
            assertTrue(clear.primaryPatternChanged());
            assertEquals(
                    Pattern.MICROSERVICES,
                    session.graph()
                            .primaryPattern()
                            .map(PatternAssessment::pattern)
                            .orElseThrow());
            Map<String, String> before = snapshot();
            AdrPlan plan = Adrs.sync(session.graph(), dir, renderer);
            List<AdrChange.Superseded> superseded = plan.changes(AdrChange.Superseded.class);
            assertEquals(1, superseded.size(), plan.summary());
            assertEquals(
                    "0001-use-a-modular-monolith.md",
                    superseded.get(0).replaced().fileName());
            assertEquals(
                    String.format("%04d-use-microservices.md", records + 1),
                    superseded.get(0).by().fileName());
            assertEquals(List.of(), plan.changes(AdrChange.Created.class), plan.summary());
            Map<String, String> after = snapshot();
            assertEquals(records + 1, after.size());
            assertTrue(after.get("0001-use-a-modular-monolith.md")
                    .startsWith("---\nstatus: superseded by ADR-" + String.format("%04d", records + 1) + "\n"));
            for (String name : before.keySet()) {
                boolean written2 = plan.writes().containsKey(name);
                assertEquals(!written2, before.get(name).equals(after.get(name)), name);
            }
            for (Map.Entry<String, String> e : after.entrySet()) {
                MadrCheck.check(e.getKey(), e.getValue());
            }
            assertTrue(Adrs.sync(session.graph(), dir, renderer).writesNothing());
            assertEquals(after, snapshot());
        }
    }
}
