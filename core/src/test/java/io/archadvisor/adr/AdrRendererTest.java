package io.archadvisor.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.render.MarkdownText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AdrRendererTest {

    private static Map<String, AdrRecord> byKey(List<AdrRecord> records) {
        return records.stream().collect(Collectors.toMap(AdrRecord::key, Function.identity()));
    }

    @Test
    void oneRecordPerDecisionNumberedAndNamedAsAdrToolsExpects() {
        List<AdrRecord> records = AdrRenderer.standard().render(AdrGraphs.system(5, false));
        assertEquals(
                List.of(
                        "0001-use-a-modular-monolith.md",
                        "0002-use-the-rolling-deployment-strategy.md",
                        "0003-use-postgresql-for-datastore-relational.md",
                        "0004-use-nestjs-for-framework.md",
                        "0005-depart-from-the-existing-node-20-11.md"),
                records.stream().map(AdrRecord::fileName).toList());
        assertEquals(
                List.of(
                        "architecture-style",
                        "deployment-strategy",
                        "technology:datastore-relational",
                        "technology:framework",
                        "departure:node-20-11"),
                records.stream().map(AdrRecord::key).toList());
    }

    @Test
    void aDecisionIsProposedWhileAnOpenQuestionBlocksItOrWhatItRestsOn() {
        Map<String, AdrRecord> open = byKey(AdrRenderer.standard().render(AdrGraphs.system(5, false)));
        assertEquals(AdrStatus.PROPOSED, open.get("architecture-style").status());
        assertEquals(AdrStatus.PROPOSED, open.get("technology:framework").status(), "derived from the primary pattern");
        assertEquals(
                AdrStatus.ACCEPTED, open.get("technology:datastore-relational").status());
        assertTrue(open.get("architecture-style").content().startsWith("---\nstatus: proposed\n---\n"));
        assertTrue(open.get("architecture-style").content().contains("- `nfrs.latencyP99Ms`: What p99 latency"));

        Map<String, AdrRecord> answered = byKey(AdrRenderer.standard().render(AdrGraphs.system(5, true)));
        assertEquals(AdrStatus.ACCEPTED, answered.get("architecture-style").status());
        assertEquals(AdrStatus.ACCEPTED, answered.get("technology:framework").status());
        assertTrue(answered.get("architecture-style").content().contains("Open questions: none blocks this decision."));
    }

    @Test
    void theArchitectureStyleRecordWeighsEveryAssessedPatternWithItsScoreAndSignals() {
        String adr = byKey(AdrRenderer.standard().render(AdrGraphs.system(5, false)))
                .get("architecture-style")
                .content();
        assertTrue(
                adr.contains("- Modular Monolith — recommended, score 3, primary\n"
                        + "- Event-Driven — recommended, score 3, complement\n"
                        + "- Microservices — avoid, score -3\n"),
                adr);
        assertTrue(adr.contains("Chosen option: \"Modular Monolith\", because Modular Monolith scores 3"), adr);
        assertTrue(adr.contains("complemented by \"Event-Driven\""), adr);
        assertTrue(
                adr.contains("### Microservices\n\nAvoid, score -3.\n\n- Bad, because a team of 5 engineers does"
                        + " not fit it (−3)\n"),
                adr);
        assertTrue(adr.contains("- Good, because it optimizes for what Modular Monolith is good at"), adr);
        assertTrue(
                adr.contains("- Risk, high: The load is spiky. (`capacity-spikes`)\n"
                        + "  - Mitigation: Scale on leading signals. (`capacity-spikes`)\n"),
                adr);
        assertTrue(
                adr.contains("- `pattern:MODULAR_MONOLITH`: rule `PAT-PRIMARY`; from `signal:MODULAR_MONOLITH:"
                        + "BEST_FOR:team`"),
                adr);
        assertTrue(adr.contains("- `team.size = 5`\n"), "the context names the facts: " + adr);
    }

    @Test
    void aTradeOffGoesToTheDecisionNearestToItInItsProvenance() {
        Map<String, AdrRecord> records = byKey(AdrRenderer.standard().render(AdrGraphs.system(5, true)));
        assertTrue(records.get("deployment-strategy").content().contains("(trade-off `release-safety`"));
        assertFalse(records.get("architecture-style").content().contains("release-safety"));
    }

    @Test
    void aDepartureWeighsKeepingTheEstateAgainstChangingIt() {
        String adr = byKey(AdrRenderer.standard().render(AdrGraphs.system(5, true)))
                .get("departure:node-20-11")
                .content();
        assertTrue(adr.contains("- Keep node 20.11 as it is\n- Depart from node 20.11\n"), adr);
        assertTrue(adr.contains("- Migration path: Upgrade Node.js 20.11 → 24"), adr);
        assertTrue(adr.contains("  - Mitigation: Pin the runtime in the image and upgrade in one release"), adr);
    }

    @Test
    void theSameGraphGivesTheSameBytesAndADateOnlyWhenGiven() {
        RecommendationGraph g = AdrGraphs.system(12, false);
        assertEquals(AdrRenderer.standard().render(g), AdrRenderer.standard().render(AdrGraphs.system(12, false)));
        assertFalse(AdrRenderer.standard().render(g).get(0).content().contains("date:"));
        assertTrue(AdrRenderer.standard()
                .withDate(LocalDate.of(2026, 11, 26))
                .render(g)
                .get(0)
                .content()
                .startsWith("---\nstatus: proposed\ndate: 2026-11-26\n---\n"));
    }

    @Test
    void everyRecordIsValidMadrAndHostileTextStaysText() {
        for (RecommendationGraph g :
                List.of(AdrGraphs.system(5, false), AdrGraphs.system(40, true), AdrGraphs.hostile())) {
            for (AdrRecord r :
                    AdrRenderer.standard().withDate(LocalDate.of(2026, 1, 2)).render(g)) {
                assertEquals(MarkdownText.oneLine(r.title()).strip(), MadrCheck.check(r.fileName(), r.content()));
                assertTrue(new AdrFile(r.fileName(), r.content()).generated(), r.fileName());
                assertFalse(new AdrFile(r.fileName(), r.content()).editedByHand(), r.fileName());
            }
        }
    }

    @Test
    void aGraphWithoutDecisionsGivesNoRecords() {
        assertEquals(List.of(), AdrRenderer.standard().render(new AdrGraphs.Builder().build()));
    }

    @Test
    void slugsAreLowerCaseAsciiWordsOfAtMostSixtyCharacters() {
        assertEquals("use-a-modular-monolith", AdrRenderer.slug("Use a modular monolith"));
        assertEquals("unicode-naive-cafe", AdrRenderer.slug("Ünïcödé — naïve café!"));
        assertEquals("decision", AdrRenderer.slug("«»"));
        String longSlug = AdrRenderer.slug("word ".repeat(40));
        assertTrue(longSlug.length() <= 60 && !longSlug.endsWith("-"), longSlug);
    }
}
