package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExplainCommandTest {

    @Test
    void everyNodeIdPrintedInTheJsonOutputCanBeExplained() {
        Cli.Result json = Cli.run(Cli.pinned("advise", Cli.ORDER_PLATFORM.toString(), "--format", "json"));
        JsonNode nodes = JsonMapper.shared().readTree(json.out()).path("nodes");
        assertTrue(nodes.size() > 50, "a real advice");
        String[] args = new String[nodes.size() + 2];
        args[0] = "explain";
        args[1] = Cli.ORDER_PLATFORM.toString();
        for (int i = 0; i < nodes.size(); i++) {
            args[i + 2] = nodes.get(i).path("id").asString();
        }
        Cli.Result r = Cli.run(Cli.pinned(args));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        for (int i = 0; i < nodes.size(); i++) {
            assertTrue(
                    r.out().contains("\n" + nodes.get(i).path("id").asString() + "\n  ")
                            || r.out().startsWith(nodes.get(i).path("id").asString() + "\n"),
                    nodes.get(i).path("id")::asString);
        }
    }

    @Test
    void aFindingCodeAsPrintedInTheMarkdownReportExplainsItsRuleAndFactsWithTheirLines() {
        Cli.Result r = Cli.run(
                Cli.pinned("explain", Cli.ORDER_PLATFORM.toString(), "AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE"));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        String file = Cli.ORDER_PLATFORM.toString();
        assertEquals("""
                anti-pattern:AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE:main-db
                  AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE (HIGH) in main-db: 2 services (inventory, orders) of a \
                microservices proposal share the datastore `main-db`: a schema change in one breaks the others, and \
                none can be deployed or scaled without the rest
                    by rule AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE because proposal.services[0] = orders (%1$s:30:7), \
                proposal.services[1] = inventory (%1$s:31:7), proposal.style = microservices (%1$s:28:10)
                """.formatted(Cli.ORDER_PLATFORM), r.out());
    }

    @Test
    void idsWithBackticksMarkdownEscapesOrAnotherSpellingAreFound() {
        Cli.Result r = Cli.run(Cli.pinned(
                "explain",
                Cli.ORDER_PLATFORM.toString(),
                "`pattern:MICROSERVICES`",
                "modular-monolith",
                "checklist:NO\\_DEPRECATED\\_FEATURES"));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().startsWith("pattern:MICROSERVICES\n"), r::toString);
        assertTrue(r.out().contains("\npattern:MODULAR_MONOLITH\n"), r::toString);
        assertTrue(r.out().contains("\nchecklist:NO_DEPRECATED_FEATURES\n"), r::toString);
    }

    @Test
    void anUnknownIdIsExitTwoWithCloseIds() {
        Cli.Result r = Cli.run(Cli.pinned("explain", Cli.ORDER_PLATFORM.toString(), "SHARED-DATASTOR"));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(
                r.err().contains("no node `SHARED-DATASTOR`")
                        && r.err()
                                .contains(
                                        "did you mean `anti-pattern:AP-DISTRIBUTED-MONOLITH-SHARED-DATASTORE:main-db`"),
                r::toString);
    }
}
