package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WhatIfAndDiffTest {

    @Test
    void whatIfPrintsTheDeltaOfTheChangedRequirements() {
        Cli.Result r = Cli.run(Cli.pinned(
                "what-if",
                Cli.STARTUP_MVP.toString(),
                "--set",
                "team.size=80",
                "--set",
                "nfrs.compliance=[gdpr, hipaa]"));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().startsWith("## What if team.size=80, nfrs.compliance=[gdpr, hipaa]?\n"), r::toString);
        assertTrue(r.out().contains("team.size = 80"), r::toString);
        assertTrue(r.out().contains("nfrs.compliance[1] = hipaa"), r::toString);
        assertTrue(r.out().contains("was rule `PAT-MS-AVOID-SMALL-TEAM` because team.size = 5"), r::toString);
    }

    @Test
    void whatIfWithAPathThatDoesNotExistIsExitTwoNamingTheFields() {
        Cli.Result r = Cli.run(Cli.pinned("what-if", Cli.STARTUP_MVP.toString(), "--set", "team.headcount=8"));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(
                r.err().contains("`headcount` is not a field of Team; the fields are size, expertise, opsMaturity"),
                r::toString);
    }

    @Test
    void whatIfWithoutAChangeSaysHowToGiveOne() {
        Cli.Result r = Cli.run(Cli.pinned("what-if", Cli.STARTUP_MVP.toString()));
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("--set PATH=VALUE"), r::toString);
    }

    @Test
    void diffPrintsTheDeltaBetweenTwoFiles() {
        Cli.Result r = Cli.run(Cli.pinned("diff", Cli.STARTUP_MVP.toString(), Cli.ORDER_PLATFORM.toString()));
        assertEquals(ExitCode.OK, r.exit(), r::toString);
        assertTrue(r.out().startsWith("## From " + Cli.STARTUP_MVP + " to " + Cli.ORDER_PLATFORM + "\n"), r::toString);
        assertTrue(
                r.out()
                        .contains("**Primary pattern:** Modular Monolith: RECOMMENDED (primary) (provisional) →"
                                + " Microservices: RECOMMENDED (primary)"),
                r::toString);
    }
}
