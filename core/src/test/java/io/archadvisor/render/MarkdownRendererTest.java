package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.base.InvalidSettingException;
import io.archadvisor.graph.Mitigation;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Risk;
import io.archadvisor.graph.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final MarkdownRenderer MD = MarkdownRenderer.standard();

    @Test
    void sectionsFollowTheSeedsOutputFormatBetweenThePatternsAndTheReview() {
        assertEquals(
                List.of(
                        "# Architecture recommendation",
                        "## Pattern assessment",
                        "### Signals weighed",
                        "## Architecture diagram",
                        "### Components",
                        "### Flows",
                        "### Architecture guidance",
                        "## API contracts",
                        "## Data architecture",
                        "## Technology recommendations",
                        "## Trade-offs",
                        "## Risks and mitigations",
                        "## Scaling roadmap",
                        "## Deployment strategy",
                        "### GitOps and platform",
                        "## Security and compliance",
                        "## Reliability and observability",
                        "## Edge and serverless",
                        "## Cost of ownership",
                        "## Anti-pattern findings",
                        "### Waivers",
                        "## Pre-response checklist",
                        "## Open clarifying questions",
                        "## Other findings",
                        "## How this advice was reached"),
                headings(MD.render(Fixtures.ordersPlatform())));
    }

    @Test
    void everyNodeShowsWhyFromItsProvenance() {
        RecommendationGraph g = Fixtures.ordersPlatform();
        String report = MD.render(g);
        for (Node n : g.nodes()) {
            String why = Provenances.whyMarkdown(g, n);
            assertTrue(report.contains(why), () -> n.id() + " has no why line: " + why);
        }
        assertTrue(report.contains("_Why:_ rule `AP-PREMATURE-MICROSERVICES`; facts `domain.clarity = emerging`,"
                + " `proposal.style = microservices`, `team.size = 12`, `timeline.stage = mvp`."));
        assertTrue(
                report.contains("facts `nfrs.compliance = [pci-dss]`, `security.authentication is unknown`"),
                "unknown facts say so");
    }

    @Test
    void aProvisionalPrimaryPatternNamesTheQuestionsThatBlockIt() {
        String report = MD.render(Fixtures.ordersPlatform());
        assertTrue(report.contains("**Primary:** Modular Monolith — recommended, score 5."));
        assertTrue(report.contains("**Status:** provisional — blocked by the open question on"
                + " `domain.independentScaling` (see Open clarifying questions)."));
        assertTrue(report.contains(
                "- Keeps provisional: the Event-Driven assessment, the Modular Monolith (primary)" + " assessment"));
        assertTrue(MD.render(Fixtures.backOffice()).contains("**Status:** final — no open question blocks it."));
    }

    @Test
    void patternsAreListedPrimaryFirstThenByVerdictAndScore() {
        String report = MD.render(Fixtures.ordersPlatform());
        assertTrue(order(
                report,
                "| Modular Monolith | recommended | 5 | primary, provisional |",
                "| Event-Driven | recommended | 5 | complement, provisional |",
                "| Serverless | avoid | -2 | — |",
                "| Microservices | avoid | -3 | — |"));
    }

    @Test
    void emptySectionsSayWhyTheyAreEmpty() {
        String backOffice = MD.render(Fixtures.backOffice());
        assertTrue(backOffice.contains("## Risks and mitigations\n\n_No risks were derived: none of the 7 rules that"
                + " fired concluded any for these requirements._\n"));
        assertTrue(backOffice.contains("## Architecture diagram\n\n_No components were derived, so there is no"
                + " diagram yet: none of the 7 rules that fired concluded any for these requirements._\n"));
        assertTrue(backOffice.contains("_No open questions: every dimension the loaded rules ask about is known._"));
        assertFalse(backOffice.contains("```mermaid"));
        String hostile = MD.render(Fixtures.hostile());
        assertTrue(hostile.contains("_No trade-offs were derived: none of the 11 rules that fired concluded any for"
                + " these requirements. One clarifying question is still open; answering it may change that._"));
        String nothing = MD.render(Fixtures.nothing());
        assertTrue(nothing.contains("_No pattern was assessed: no rule fired for these requirements; check that rule"
                + " packs are loaded._"));
        assertTrue(nothing.contains("**Primary pattern:** none could be recommended"));
        assertFalse(nothing.contains("## Other findings"), "the custom section appears only with custom nodes");
    }

    @Test
    void mitigationsAppearUnderTheRiskOrFindingTheyMitigate() {
        String report = MD.render(Fixtures.ordersPlatform());
        assertTrue(
                order(
                        report,
                        "(`RISK-PCI-SCOPE`)",
                        "Mitigation: Tokenize cards with Stripe Elements",
                        "(`RISK-OUTBOX-LAG`)"),
                "by Mitigation.mitigates");
        assertTrue(
                order(
                        report,
                        "(`RISK-OUTBOX-LAG`)",
                        "Mitigation: Alert when the oldest unrelayed outbox row",
                        "(`RISK-CACHE-STAMPEDE`)"),
                "by Mitigation.mitigates and a MITIGATES edge, once");
        assertEquals(1, count(report, "Alert when the oldest unrelayed outbox row"));
        assertTrue(
                order(report, "(`RISK-CACHE-STAMPEDE`)", "Mitigation: no mitigation was derived for this risk yet."));
        assertTrue(order(
                report,
                "**HIGH · AP-SINGLE-POINT-OF-FAILURE** in `PostgreSQL`",
                "Mitigation: Use managed Multi-AZ PostgreSQL",
                "**MEDIUM · AP-PREMATURE-MICROSERVICES**"));
        assertFalse(report.contains("### Other mitigations"));
    }

    @Test
    void waivedFindingsSayWhoAcceptedThemWhyAndUntilWhenAndEveryWaiverIsListed() {
        String report = MD.render(Fixtures.ordersPlatform());
        assertTrue(order(
                report,
                "**LOW · AP-OUTDATED-PATTERN** in `Catalog module`",
                "  - **Waived:** Sticky sessions stay until the Redis session store ships in Q3; tracked in SHOP-118"
                        + " (owner `team-catalog`, until 2026-12-31)"));
        assertTrue(report.contains("**At a glance:** 3 anti-pattern findings (1 high, 1 medium, 1 low), 1 waived"));
        assertTrue(
                report.contains("### Waivers\n\n- AP-OUTDATED-PATTERN in Catalog module, by team-catalog until"
                        + " 2026-12-31: Sticky sessions stay until the Redis session store ships in Q3; tracked in SHOP-118 —"
                        + " accepts 1 finding\n- AP-SINGLE-POINT-OF-FAILURE, by team-platform until 2026-09-30: Single-zone"
                        + " database during the pilot — accepts no finding of this advice\n"),
                report);
        assertTrue(
                report.contains("- **ExpiredWaiver:** The waiver of AP-SINGLE-POINT-OF-FAILURE (owner team-platform)"
                        + " expired on 2026-09-30"),
                "an expired waiver is reported with the other findings of packs");
    }

    @Test
    void aMitigationOfNothingInTheGraphIsStillShown() {
        GraphBuilder b = new GraphBuilder();
        b.add(new Risk("R1", "a risk", Severity.LOW)).by("RISK-1");
        b.add(new Mitigation("m1", "risk:GONE", "do the thing")).by("MIT-1");
        String report = MD.render(b.build());
        assertTrue(report.contains("### Other mitigations\n\n- do the thing (`m1`, for `risk:GONE`)\n"), report);
    }

    @Test
    void theChecklistTableHasTheSeedsEightItemsInOrder() {
        String report = MD.render(Fixtures.ordersPlatform());
        assertTrue(report.contains("| 2 | Version numbers confirmed from current documentation | **fail** | Redis and"
                + " Amazon SQS have no confirmed version line | rule `CHK-VERSIONS-CONFIRMED` |"));
        assertTrue(report.contains("| 5 | API patterns match current library versions | not evaluated | no loaded rule"
                + " checks this item | — |"));
        assertTrue(order(
                report,
                "| 1 | All recommended",
                "| 2 | Version",
                "| 3 | No known",
                "| 4 | No deprecated",
                "| 5 | API patterns",
                "| 6 | Trade-offs",
                "| 7 | Deployment",
                "| 8 | Edge/serverless"));
    }

    @Test
    void technologiesShowVersionsDocumentationLinksAndWhatIsUnconfirmed() {
        String report = MD.render(Fixtures.ordersPlatform());
        assertTrue(
                report.contains(
                        "| primary-datastore | PostgreSQL | 17 | [PostgreSQL docs](<https://www.postgresql.org"
                                + "/docs/17/>) | relational orders and payments with transactions and the outbox in one database |"));
        assertTrue(report.contains("| queue | Amazon SQS | unconfirmed — verify against current documentation | — |"));
    }

    @Test
    void theScalingRoadmapIsOrderedByStep() {
        assertTrue(order(
                MD.render(Fixtures.ordersPlatform()),
                "1. **When** p95 latency",
                "2. **When** catalog reads",
                "3. **When** payments releases"));
    }

    @Test
    void theReportEmbedsTheMermaidDiagram() {
        RecommendationGraph g = Fixtures.ordersPlatform();
        assertTrue(MD.render(g)
                .contains("```mermaid\n" + MermaidRenderer.standard().render(g) + "```\n"));
    }

    @Test
    void hostileTextCannotBreakATableRow() {
        String report = MD.render(Fixtures.hostile());
        int expected = -1;
        for (String line : report.split("\n")) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int cells = unescapedPipes(line);
            if (expected < 0) {
                expected = cells;
            }
            assertEquals(expected, cells, () -> "a row with the wrong number of cells: " + line);
        }
    }

    @Test
    void hostileTextCannotOpenHtmlLinksImagesOrEmphasis() {
        String report = MD.render(Fixtures.hostile());
        String prose = withoutCode(report);
        assertFalse(Pattern.compile("(?<!\\\\)<[A-Za-z/!?]").matcher(prose).find(), "no raw HTML tag");
        assertFalse(Pattern.compile("(?<!\\\\)]\\(").matcher(prose).find(), "no link or image");
        String ours = prose.replace("**", "")
                .replace("_Why:_", "")
                .replace("_Why_", "")
                .replace("_why:_", "")
                .replace("_Why asked:_", "")
                .replaceAll("(?m)^_|_$", "");
        Matcher unescaped = Pattern.compile("(?<!\\\\)[*_~$`]").matcher(ours);
        assertFalse(
                unescaped.find(),
                () -> "every emphasis, strikethrough, math and code character from the graph" + " is escaped: "
                        + ours.substring(Math.max(0, unescaped.start() - 40), unescaped.end() + 10));
        assertTrue(report.contains("`javascript:alert(1)`"), "a javascript: address stays text");
        assertFalse(report.contains("](<javascript"));
        assertTrue(report.contains("line one line two line three"), "line breaks become spaces");
        for (String line : report.split("\n")) {
            assertFalse(line.startsWith("line two") || line.startsWith("line three"), line);
        }
    }

    @Test
    void snippetsInTextBecomeFencedBlocksUnderTheirListItem() {
        String report = MD.render(Fixtures.ordersPlatform());
        assertTrue(report.contains("""
                - Require an Idempotency-Key header on POST /orders and POST /payments. For example: (`api-idempotency-keys`)
                  ```
                  POST /v1/orders HTTP/1.1
                  Idempotency-Key: 5f1c0e9a-7c1b-4d1e-9a51-2b0f4c6d8e21
                  {"cart": "cart_42"}

                  → 201 Created (a retry with the same key returns the same order)
                  ```
                  - Rationale: payments are retried by clients and by Stripe webhooks
                """), report);
        String hostile = MD.render(Fixtures.hostile());
        assertTrue(
                hostile.contains("  `````\n  ```sh\n  echo '<script>alert(1)</script>'\n    indented ````\n  ```\n"
                        + "  `````\n"),
                "a longer fence holds the snippet's own fences");
    }

    @Test
    void aTitleCanBeGivenAndIsEscaped() {
        assertTrue(
                MD.withTitle("Orders *platform*").render(Fixtures.nothing()).startsWith("# Orders \\*platform\\*\n"));
        assertThrows(InvalidSettingException.class, () -> MD.withTitle(" "));
    }

    private static List<String> headings(String report) {
        List<String> headings = new ArrayList<>();
        boolean inFence = false;
        for (String line : report.split("\n")) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && line.startsWith("#")) {
                headings.add(line);
            }
        }
        return headings;
    }

    private static boolean order(String text, String... parts) {
        int at = -1;
        for (String p : parts) {
            int next = text.indexOf(p, at + 1);
            if (next < 0) {
                System.err.println("not found after " + at + ": " + p);
                return false;
            }
            at = next;
        }
        return true;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static int unescapedPipes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }

    /** The report without fenced blocks and code spans, whose content is literal. */
    private static String withoutCode(String report) {
        String noFence = report.replaceAll("(?ms)^( *)(`{3,})[^\n]*\n.*?^\\1\\2\n", "");
        Matcher m = Pattern.compile("(`+)(.+?)\\1").matcher(noFence);
        return m.replaceAll("");
    }
}
