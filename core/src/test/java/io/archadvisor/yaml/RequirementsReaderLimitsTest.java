package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.archadvisor.base.InvalidSettingException;
import io.archadvisor.model.RequirementsException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resource limits: each breach is a clear, located error, reached fast, and each limit is configurable. */
class RequirementsReaderLimitsTest {

    private static final Duration FAST = Duration.ofSeconds(5);

    private static String error(RequirementsReader reader, String yaml) {
        return assertTimeoutPreemptively(
                FAST,
                () -> assertThrows(RequirementsException.class, () -> reader.parse(yaml, "big.yaml"))
                        .getMessage());
    }

    private static String error(String yaml) {
        return error(RequirementsReader.builder().build(), yaml);
    }

    /** The classic "billion laughs": nine levels of nine aliases each, a billion strings once expanded. */
    private static String billionLaughs() {
        StringBuilder yaml =
                new StringBuilder("domain:\n  boundedContexts: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (char level = 'b'; level <= 'i'; level++) {
            yaml.append("x")
                    .append(level)
                    .append(": &")
                    .append(level)
                    .append(" [")
                    .append(("*" + previous + ", ").repeat(8))
                    .append('*')
                    .append(previous)
                    .append("]\n");
            previous = String.valueOf(level);
        }
        return yaml.toString();
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertEquals(new ReadLimits(1_048_576, 20, 50, 100_000, 10_000, 500, 5_000), ReadLimits.DEFAULTS);
        assertEquals(ReadLimits.DEFAULTS, RequirementsReader.builder().build().limits());
    }

    @Test
    void theBillionLaughsAttackStopsAtTheExpansionLimit() {
        assertEquals(
                "big.yaml:7:9: The field `xf[0]` (*e) brings the document to more than 100000 values (counting"
                        + " every alias expansion); raise the limit with RequirementsReader.builder().maxNodes(...) if this is"
                        + " intended.",
                error(billionLaughs()));
    }

    @Test
    void theBillionLaughsAttackStopsEvenWithManyAliasesAllowed() {
        RequirementsReader lenient =
                RequirementsReader.builder().maxAliases(1_000_000).build();
        assertEquals(
                "big.yaml:7:9: The field `xf[0]` (*e) brings the document to more than 100000 values (counting"
                        + " every alias expansion); raise the limit with RequirementsReader.builder().maxNodes(...) if this is"
                        + " intended.",
                error(lenient, billionLaughs()));
    }

    @Test
    void tooManyAliasesAreRejected() {
        String yaml = "team:\n  expertise: [&j java" + ", *j".repeat(51) + "]\n";
        assertEquals(
                "big.yaml:2:224: The field `team.expertise[51]` (*j) is alias number 51, more than the limit of"
                        + " 50 aliases per document; raise it with RequirementsReader.builder().maxAliases(...) if this is"
                        + " intended.",
                error(yaml));
    }

    @Test
    void aliasesCanBeForbidden() {
        RequirementsReader noAliases =
                RequirementsReader.builder().maxAliases(0).build();
        assertEquals(
                "big.yaml:1:29: The field `team.expertise[1]` (*j) is alias number 1, more than the limit of 0"
                        + " aliases per document; raise it with RequirementsReader.builder().maxAliases(...) if this is"
                        + " intended.",
                error(noAliases, "team: {expertise: [&j java, *j]}"));
    }

    @Test
    void deepNestingIsRejectedAtTheDepthLimit() {
        assertEquals(
                "big.yaml:1:37: The field `team.expertise[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]`"
                        + " is nested 21 levels deep, more than the limit of 20; raise it with"
                        + " RequirementsReader.builder().maxDepth(...) if this is intended.",
                error("team: {expertise: " + "[".repeat(30) + "]".repeat(30) + "}"));
    }

    @Test
    void aHundredThousandOpenBracketsNeitherOverflowTheStackNorTakeLong() {
        assertEquals(
                "big.yaml:1:28: The field `system[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]` is"
                        + " nested 21 levels deep, more than the limit of 20; raise it with"
                        + " RequirementsReader.builder().maxDepth(...) if this is intended.",
                error("system: " + "[".repeat(100_000)));
    }

    @Test
    void theDepthLimitIsConfigurable() {
        assertEquals(
                "big.yaml:1:19: The field `team.expertise` is nested 3 levels deep, more than the limit of 2;"
                        + " raise it with RequirementsReader.builder().maxDepth(...) if this is intended.",
                error(RequirementsReader.builder().maxDepth(2).build(), "team: {expertise: [java]}"));
    }

    @Test
    void aTooLongStringIsRejected() {
        assertEquals(
                "big.yaml:1:9: The field `system` (" + "x".repeat(60) + "…) is 10001 characters long, more than"
                        + " the limit of 10000; raise it with RequirementsReader.builder().maxStringLength(...) if this is"
                        + " intended.",
                error("system: " + "x".repeat(10_001)));
    }

    @Test
    void aTooLongKeyIsRejected() {
        assertEquals(
                "big.yaml:1:8: The field `team` (" + "k".repeat(21) + ") has a key of 21 characters, more"
                        + " than the limit of 20; raise it with RequirementsReader.builder().maxStringLength(...) if this"
                        + " is intended.",
                error(RequirementsReader.builder().maxStringLength(20).build(), "team: {" + "k".repeat(21) + ": 1}"));
    }

    @Test
    void aTooLargeStringDocumentIsRejectedBeforeParsing() {
        assertEquals(
                "big.yaml:1:1: The document (more than 100 bytes) is larger than the limit of 100 bytes; raise"
                        + " it with RequirementsReader.builder().maxDocumentBytes(...) if this is intended.",
                error(RequirementsReader.builder().maxDocumentBytes(100).build(), "system: " + "é".repeat(50)));
    }

    @Test
    void aTooLargeStreamIsReadOnlyUpToTheLimit() {
        RequirementsReader small =
                RequirementsReader.builder().maxDocumentBytes(100).build();
        // an endless stream: reading must stop just past the limit
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        RequirementsException e = assertTimeoutPreemptively(
                FAST, () -> assertThrows(RequirementsException.class, () -> small.parse(endless, "stream.yaml")));
        assertEquals(
                "stream.yaml:1:1: The document (more than 100 bytes) is larger than the limit of 100 bytes;"
                        + " raise it with RequirementsReader.builder().maxDocumentBytes(...) if this is intended.",
                e.getMessage());
    }

    @Test
    void aTooLargeFileIsRejectedByItsSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "system: " + "x".repeat(200));
        RequirementsReader small =
                RequirementsReader.builder().maxDocumentBytes(100).build();
        RequirementsException e = assertThrows(RequirementsException.class, () -> small.parse(file));
        assertEquals(
                file + ":1:1: The document (208 bytes) is larger than the limit of 100 bytes; raise it"
                        + " with RequirementsReader.builder().maxDocumentBytes(...) if this is intended.",
                e.getMessage());
    }

    @Test
    void theStaticReaderUsesTheDefaultSizeLimit() {
        byte[] big = ("system: " + "x".repeat(1_048_576)).getBytes(StandardCharsets.UTF_8);
        RequirementsException e = assertThrows(
                RequirementsException.class, () -> RequirementsReader.read(new ByteArrayInputStream(big), "big.yaml"));
        assertEquals(
                "big.yaml:1:1: The document (more than 1048576 bytes) is larger than the limit of 1048576"
                        + " bytes; raise it with RequirementsReader.builder().maxDocumentBytes(...) if this is intended.",
                e.getMessage());
    }

    @Test
    void tooManyServicesAreRejected() {
        assertEquals(
                "big.yaml:1:22: The field `proposal.services` (3 services) has more services than the limit of"
                        + " 2; raise it with RequirementsReader.builder().maxServices(...) if this is intended.",
                error(
                        RequirementsReader.builder().maxServices(2).build(),
                        "proposal: {services: [{name: a}, {name: b}, {name: c}]}"));
    }

    @Test
    void tooManyCallsBetweenServicesAreRejected() {
        assertEquals(
                "big.yaml:1:22: The field `proposal.services` (2 calls) has more calls between services than"
                        + " the limit of 1; raise it with RequirementsReader.builder().maxDependencies(...) if this is"
                        + " intended.",
                error(
                        RequirementsReader.builder().maxDependencies(1).build(),
                        "proposal: {services: ["
                                + "{name: a, calls: [{to: b, mode: sync}]}, {name: b, calls: [{to: a, mode: async}]}]}"));
    }

    @Test
    void theDefaultLimitsReadFiveHundredServicesWithTwoCallsEach() {
        StringBuilder yaml = new StringBuilder("proposal:\n  services:\n");
        for (int i = 0; i < 500; i++) {
            yaml.append("    - {name: s")
                    .append(i)
                    .append(", calls: [{to: s")
                    .append((i + 1) % 500)
                    .append(", mode: sync}, {to: s")
                    .append((i + 2) % 500)
                    .append(", mode: async}]}\n");
        }
        assertEquals(
                500,
                assertTimeoutPreemptively(FAST, () -> RequirementsReader.read(yaml.toString(), "big.yaml"))
                        .proposal()
                        .services()
                        .size());
    }

    @Test
    void anOutOfRangeLimitIsRejectedByName() {
        InvalidSettingException e = assertThrows(
                InvalidSettingException.class,
                () -> RequirementsReader.builder().maxDepth(0).build());
        assertEquals("The reading limit maxDepth (0) must be between 1 and 500.", e.getMessage());
        assertEquals("maxDepth", e.setting());
        e = assertThrows(
                InvalidSettingException.class,
                () -> RequirementsReader.builder().maxDepth(501).build());
        assertEquals("The reading limit maxDepth (501) must be between 1 and 500.", e.getMessage());
        e = assertThrows(
                InvalidSettingException.class,
                () -> RequirementsReader.builder().maxAliases(-1).build());
        assertEquals("The reading limit maxAliases (-1) must be ≥ 0; 0 forbids aliases.", e.getMessage());
    }
}
