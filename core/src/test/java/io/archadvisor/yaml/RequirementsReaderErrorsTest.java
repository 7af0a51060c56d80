package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.archadvisor.base.Location;
import io.archadvisor.base.Problem;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.References;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Every kind of mistake in a requirements file, each with its exact message. */
class RequirementsReaderErrorsTest {

    private static final String SECTIONS = "system, scale, team, budget, timeline, existing, nfrs, deployment, "
            + "workload, domain, dataAccess, security, observability, proposal";

    private static RequirementsException failure(String yaml) {
        return assertThrows(RequirementsException.class, () -> RequirementsReader.read(yaml, "system.yaml"));
    }

    private static String error(String yaml) {
        return failure(yaml).getMessage();
    }

    // --- unknown fields ---------------------------------------------------------------------------------------

    @Test
    void anUnknownFieldListsTheSectionsFieldsAndSuggestsTheClosest() {
        assertEquals(
                "system.yaml:2:3: The field `team.sise` is not a field of `team`; did you mean `size`?"
                        + " The fields are: size, expertise, opsMaturity.",
                error("team:\n  sise: 5\n"));
    }

    @Test
    void anUnknownFieldWithNothingCloseOnlyListsTheFields() {
        assertEquals(
                "system.yaml:3:3: The field `team.oncall` is not a field of `team`."
                        + " The fields are: size, expertise, opsMaturity.",
                error("team:\n  size: 5\n  oncall: true\n"));
    }

    @Test
    void anUnknownSectionListsTheSections() {
        assertEquals(
                "system.yaml:1:1: The field `syztem` is not a section of the requirements; did you mean"
                        + " `system`? The sections are: " + SECTIONS + ".",
                error("syztem: shop\n"));
    }

    @Test
    void aFieldOfANestedListItemIsNamedByItsFullPath() {
        assertEquals(
                "system.yaml:4:33: The field `proposal.services[1].calls[0].moed` is not a field of"
                        + " `proposal.services[1].calls[0]`; did you mean `mode`? The fields are: to, mode.",
                error("""
                        proposal:
                          services:
                            - name: a
                            - {name: b, calls: [{to: a, moed: sync}]}
                        """));
    }

    @Test
    void mergeKeysAreRejectedWithAnExplanation() {
        assertEquals(
                "system.yaml:2:3: The field `team.<<` is not a field of `team`; merge keys (<<) are not"
                        + " supported, write the fields out. The fields are: size, expertise, opsMaturity.",
                error("team:\n  <<: {size: 3}\n"));
    }

    // --- wrong types ------------------------------------------------------------------------------------------

    @Test
    void textWhereAWholeNumberBelongsIsAWrongType() {
        assertEquals(
                "system.yaml:1:14: The field `team.size` (five) must be a whole number, not text.",
                error("team: {size: five}"));
    }

    @Test
    void aQuotedNumberIsTextAndShownInQuotes() {
        assertEquals(
                "system.yaml:1:14: The field `team.size` (\"5\") must be a whole number, not text.",
                error("team: {size: \"5\"}"));
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsAWrongType() {
        assertEquals(
                "system.yaml:1:14: The field `team.size` (5.5) must be a whole number.", error("team: {size: 5.5}"));
    }

    @Test
    void aNumberTooLargeForItsFieldNamesTheFieldsUpperBound() {
        assertEquals(
                "system.yaml:1:35: The field `scale.currentRequestsPerSecond` (3000000000) must be a whole"
                        + " number ≤ 2147483647.",
                error("scale: {currentRequestsPerSecond: 3000000000}"));
    }

    @Test
    void aNumberTooSmallForJavaNamesTheFieldsOwnLowerBound() {
        assertEquals(
                "system.yaml:1:14: The field `team.size` (-3000000000) must be ≥ 1.",
                error("team: {size: -3000000000}"));
    }

    @Test
    void anInfiniteNumberIsRejected() {
        assertEquals(
                "system.yaml:1:23: The field `scale.dataVolumeGb` (.inf) must be a finite number.",
                error("scale: {dataVolumeGb: .inf}"));
    }

    @Test
    void yesIsNotABooleanInYaml12() {
        assertEquals(
                "system.yaml:1:23: The field `observability.logs` (yes) must be true or false.",
                error("observability: {logs: yes}"));
    }

    @Test
    void aBooleanWhereTextBelongsSuggestsQuoting() {
        assertEquals(
                "system.yaml:1:24: The field `deployment.provider` (true) must be text; write \"true\" in"
                        + " quotes if this is meant as text.",
                error("deployment: {provider: true}"));
    }

    @Test
    void aListWhereTextBelongsIsAWrongType() {
        assertEquals("system.yaml:1:9: The field `system` (a list) must be text.", error("system: [a, b]"));
    }

    @Test
    void aSingleValueWhereAListBelongsShowsTheListSpelling() {
        assertEquals(
                "system.yaml:1:20: The field `nfrs.compliance` (gdpr) must be a list; write [gdpr] for a"
                        + " single item.",
                error("nfrs: {compliance: gdpr}"));
    }

    @Test
    void aScalarWhereASectionBelongsListsTheSectionsFields() {
        assertEquals(
                "system.yaml:1:7: The field `team` (5) must be a mapping with the fields size, expertise,"
                        + " opsMaturity.",
                error("team: 5"));
    }

    // --- enums ------------------------------------------------------------------------------------------------

    @Test
    void anUnknownEnumValueListsTheKebabSpellingsAndSuggestsTheClosest() {
        assertEquals(
                "system.yaml:1:19: The field `proposal.style` (microservice) must be one of modular-monolith,"
                        + " microservices, serverless, edge, event-driven; did you mean `microservices`?",
                error("proposal: {style: microservice}"));
    }

    @Test
    void anUnknownEnumValueInAListIsNamedByItsIndex() {
        assertEquals(
                "system.yaml:1:28: The field `nfrs.compliance[1]` (sox) must be one of gdpr, hipaa, pci-dss,"
                        + " soc2, iso27001, ccpa, fedramp.",
                error("nfrs: {compliance: [hipaa, sox]}"));
    }

    @Test
    void aMappingWhereAnEnumValueBelongsListsTheValues() {
        assertEquals(
                "system.yaml:1:19: The field `timeline.stage` (a mapping) must be one of idea, mvp, growth,"
                        + " mature.",
                error("timeline: {stage: {name: mvp}}"));
    }

    // --- impossible numbers (the records' own checks, relocated) ----------------------------------------------

    @Test
    void aTeamOfZeroIsImpossible() {
        assertEquals("system.yaml:2:9: The field `team.size` (0) must be ≥ 1.", error("team:\n  size: 0\n"));
    }

    @Test
    void anAvailabilityAbove100PercentIsImpossible() {
        assertEquals(
                "system.yaml:1:29: The field `nfrs.availabilityPercent` (120) must be a percentage greater"
                        + " than 0 and at most 100 (e.g. 99.9).",
                error("nfrs: {availabilityPercent: 120}"));
    }

    @Test
    void aNegativeBudgetIsImpossible() {
        assertEquals(
                "system.yaml:1:22: The field `budget.monthlyUsd` (-1) must be ≥ 0.", error("budget: {monthlyUsd: -1}"));
    }

    @Test
    void aConstraintDeepInTheProposalIsRelocatedToItsFullPathAndPosition() {
        RequirementsException e = failure("""
                proposal:
                  services:
                    - {name: a}
                    - {name: b}
                    - {name: c, instances: 0}
                """);
        assertEquals("system.yaml:5:28: The field `proposal.services[2].instances` (0) must be ≥ 1.", e.getMessage());
        assertEquals(
                List.of(new Problem(
                        "proposal.services[2].instances", "0", new Location("system.yaml", 5, 28), "must be ≥ 1")),
                e.problems());
    }

    // --- missing required fields ------------------------------------------------------------------------------

    @Test
    void aServiceWithoutANameIsReportedAtTheService() {
        assertEquals(
                "system.yaml:3:7: The field `proposal.services[0].name` is required and must not be blank.",
                error("proposal:\n  services:\n    - datastores: [db]\n"));
    }

    @Test
    void aBlankNameIsShownInQuotes() {
        assertEquals(
                "system.yaml:1:32: The field `proposal.datastores[0].name` (\" \") is required and must not"
                        + " be blank.",
                error("proposal: {datastores: [{name: \" \"}]}"));
    }

    @Test
    void aCallWithoutAModeHasAnUnknownMode() {
        Requirements r = RequirementsReader.read(
                "proposal: {services: [{name: a, calls: [{to: b}]}, {name: b}]}", "system.yaml");
        assertNull(r.proposal().services().get(0).calls().get(0).mode());
    }

    @Test
    void aDataSetWithoutAKindIsReported() {
        assertEquals(
                "system.yaml:2:5: The field `dataAccess[0].kind` is required.",
                error("dataAccess:\n  - name: orders\n"));
    }

    @Test
    void anEmptyListItemIsReported() {
        assertEquals(
                "system.yaml:1:30: The field `team.expertise[2]` must not be empty.",
                error("team: {expertise: [java, go, ~]}"));
    }

    @Test
    void aBlankTextInAListIsReportedByTheRecordsCheck() {
        assertEquals(
                "system.yaml:1:26: The field `team.expertise[1]` (\"\") must not be empty.",
                error("team: {expertise: [java, \"\"]}"));
    }

    // --- structure --------------------------------------------------------------------------------------------

    @Test
    void aKeyGivenTwiceNamesBothPlaces() {
        assertEquals(
                "system.yaml:3:3: The field `team.size` (4) is given twice (first at system.yaml:2:3); keep"
                        + " only one.",
                error("team:\n  size: 3\n  size: 4\n"));
    }

    @Test
    void aListAsTheDocumentIsNotRequirements() {
        assertEquals(
                "system.yaml:1:1: The document (a list) must be a mapping of sections (" + SECTIONS + ").",
                error("- team\n- scale\n"));
    }

    @Test
    void aScalarAsTheDocumentIsNotRequirements() {
        assertEquals(
                "system.yaml:1:1: The document (just text) must be a mapping of sections (" + SECTIONS + ").",
                error("just text"));
    }

    @Test
    void anEmptyDocumentIsAnErrorThatSaysHowToStateNothingIsKnown() {
        String message = "system.yaml:1:1: The document is empty; write `{}` to say that nothing is known yet, or"
                + " start with `system: <name>`.";
        assertEquals(message, error(""));
        assertEquals(message, error("# all commented out\n# team: {size: 5}\n"));
        assertEquals(message, error("---\n"));
        assertEquals(message, error("~\n"));
    }

    @Test
    void aSecondDocumentIsRejected() {
        assertEquals(
                "system.yaml:2:1: The document starts a second YAML document; a requirements file holds"
                        + " exactly one (remove this `---` and what follows, or split it into its own file).",
                error("system: a\n---\nsystem: b\n"));
    }

    @Test
    void invalidYamlIsLocatedAndKeepsTheParserErrorAsCause() {
        RequirementsException e = failure("team:\n  size: 3\n  expertise: [java\n");
        assertEquals(
                "system.yaml:4:1: The document is not valid YAML: expected ',' or ']', but got <stream end>"
                        + " (while parsing a flow sequence started at system.yaml:3:14).",
                e.getMessage());
        assertInstanceOf(YamlEngineException.class, e.getCause());
    }

    @Test
    void aTabIndentationIsExplained() {
        assertEquals(
                "system.yaml:2:1: The document is not valid YAML: found character '\\t(TAB)' that cannot start"
                        + " any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token).",
                error("team:\n\tsize: 3\n"));
    }

    @Test
    void aComplexKeyIsRejected() {
        assertEquals(
                "system.yaml:1:3: The document has a key that is a mapping, a list or an alias; every key must"
                        + " be a plain field name.",
                error("? {a: 1}\n: 2\n"));
    }

    @Test
    void anUnsupportedTagIsRejected() {
        assertEquals(
                "system.yaml:1:14: The field `team.size` (5) has the tag `!custom`, which requirements do not"
                        + " support; remove it.",
                error("team: {size: !custom 5}"));
        assertEquals(
                "system.yaml:1:9: The field `system` (aGVsbG8=) has the tag `!!binary`, which requirements do"
                        + " not support; remove it.",
                error("system: !!binary aGVsbG8="));
    }

    @Test
    void aTaggedValueThatDoesNotMatchItsTagIsRejected() {
        assertEquals(
                "system.yaml:1:14: The field `team.size` (abc) is tagged `!!int` but is not a valid number.",
                error("team: {size: !!int abc}"));
    }

    // --- aliases ----------------------------------------------------------------------------------------------

    @Test
    void anAliasToAnUndefinedAnchorIsReportedOnce() {
        assertEquals(
                "system.yaml:2:24: The field `team.expertise[1]` (*b) refers to the anchor &b, which is not"
                        + " defined before it; define `&b` on an earlier value.",
                error("system: &a x\nteam: {expertise: [*a, *b]}\n"));
    }

    @Test
    void aRecursiveAliasIsRejected() {
        assertEquals(
                "system.yaml:1:31: The field `domain.boundedContexts[0]` (*x) refers to the value that"
                        + " contains it; recursive aliases are not allowed.",
                error("domain: {boundedContexts: &x [*x]}"));
    }

    @Test
    void aProblemInsideAnAliasedValueIsReportedForEachUseAtWhereTheValueIsWritten() {
        assertEquals("""
                2 problems in the requirements:
                  - system.yaml:2:65: The field `dataAccess[0].readsPerSecond` (-5) must be ≥ 0.
                  - system.yaml:2:65: The field `dataAccess[1].readsPerSecond` (-5) must be ≥ 0.""", error("""
                        dataAccess:
                          - &orders {name: orders, kind: transactional, readsPerSecond: -5}
                          - *orders
                        """));
    }

    @Test
    void aliasesToWholeValuesAreResolved() {
        var r = RequirementsReader.read("""
                existing:
                  technologies: &stack
                    - {name: java, version: 21}
                proposal:
                  technologies: *stack
                """, "system.yaml");
        assertEquals(r.existing().technologies(), r.proposal().technologies());
    }

    // --- every problem at once --------------------------------------------------------------------------------

    @Test
    void everyProblemInTheDocumentIsListedInSourceOrder() {
        RequirementsException e = failure("""
                system: shop
                team:
                  sise: 5
                  opsMaturity: hgh
                nfrs:
                  availabilityPercent: 120
                  compliance: gdpr
                proposal:
                  style: microservice
                  services:
                    - name: orders
                      instances: 0
                      calls: [{to: billing}]
                """);
        assertEquals("""
                6 problems in the requirements:
                  - system.yaml:3:3: The field `team.sise` is not a field of `team`; did you mean `size`? \
                The fields are: size, expertise, opsMaturity.
                  - system.yaml:4:16: The field `team.opsMaturity` (hgh) must be one of low, medium, high; \
                did you mean `high`?
                  - system.yaml:6:24: The field `nfrs.availabilityPercent` (120) must be a percentage greater than \
                0 and at most 100 (e.g. 99.9).
                  - system.yaml:7:15: The field `nfrs.compliance` (gdpr) must be a list; write [gdpr] for a single \
                item.
                  - system.yaml:9:10: The field `proposal.style` (microservice) must be one of modular-monolith, \
                microservices, serverless, edge, event-driven; did you mean `microservices`?
                  - system.yaml:12:18: The field `proposal.services[0].instances` (0) must be ≥ 1.""", e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void aHugeNumberOfProblemsIsCappedWithASummary() {
        StringBuilder yaml = new StringBuilder("team:\n  expertise:\n");
        for (int i = 0; i < 150; i++) {
            yaml.append("    - ~\n");
        }
        RequirementsException e = failure(yaml.toString());
        assertEquals(101, e.problems().size());
        assertEquals(
                "system.yaml:102:7: The document has 50 more problems after this point; fix the ones above" + " first.",
                e.problems().get(100).message());
    }

    // --- sources ----------------------------------------------------------------------------------------------

    @Test
    void aFileIsNamedByItsPathInMessages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("system.yaml");
        Files.writeString(file, "team: {size: 0}\n");
        RequirementsException e = assertThrows(RequirementsException.class, () -> RequirementsReader.read(file));
        assertEquals(file + ":1:14: The field `team.size` (0) must be ≥ 1.", e.getMessage());
    }

    @Test
    void aMissingFileIsATypedError(@TempDir Path dir) {
        Path file = dir.resolve("missing.yaml");
        RequirementsException e = assertThrows(RequirementsException.class, () -> RequirementsReader.read(file));
        assertEquals("The document (" + file + ") does not exist.", e.getMessage());
        assertInstanceOf(java.nio.file.NoSuchFileException.class, e.getCause());
    }

    @Test
    void aStreamThatIsNotValidUtf8IsLocatedAtTheBadByte() {
        byte[] bytes = "system: shop\nteam: \u00c3(\n".getBytes(StandardCharsets.ISO_8859_1);
        RequirementsException e = assertThrows(
                RequirementsException.class,
                () -> RequirementsReader.read(new ByteArrayInputStream(bytes), "upload.yaml"));
        assertEquals(
                "upload.yaml:2:7: The document (byte 0xC3) is not valid UTF-8 here; save the file as UTF-8 (or"
                        + " as UTF-16/UTF-32 with a byte order mark).",
                e.getMessage());
        assertInstanceOf(java.nio.charset.MalformedInputException.class, e.getCause());
    }

    @Test
    void aCharacterYamlForbidsIsLocated() {
        RequirementsException e = failure("system: shop\nteam: {size: 3}\nx: \u0000\n");
        assertEquals(
                "system.yaml:3:4: The document contains the character U+0000, which YAML does not allow in a"
                        + " document; remove it, or write it inside double quotes as the escape \\u0000.",
                e.getMessage());
        assertInstanceOf(YamlEngineException.class, e.getCause());
    }

    @Test
    void aByteOrderMarkIsAllowed() {
        assertEquals(
                "shop",
                RequirementsReader.read("\uFEFFsystem: shop", "bom.yaml").system());
        byte[] utf8 = "\uFEFFsystem: shop".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "shop",
                RequirementsReader.read(new ByteArrayInputStream(utf8), "bom.yaml")
                        .system());
    }

    @Test
    void utf16AndUtf32StreamsWithAByteOrderMarkAreRead() {
        for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            byte[] bytes = "\uFEFFsystem: straße\n".getBytes(java.nio.charset.Charset.forName(charset));
            assertEquals(
                    "straße",
                    RequirementsReader.read(new ByteArrayInputStream(bytes), charset)
                            .system(),
                    charset);
        }
    }

    @Test
    void brokenReferencesAreReportedTogetherWithEveryOtherProblemInSourceOrder() {
        RequirementsException e = failure("""
                team: {size: 0}
                proposal:
                  services:
                    - {name: orders, datastores: [ordres-db], calls: [{to: orders, mode: sync}, {to: bill, mode: async}]}
                    - {name: billing, deploysWith: [shipping]}
                    - {name: billing}
                  datastores: [{name: orders-db}]
                """);
        assertEquals(
                List.of(
                        "system.yaml:1:14: The field `team.size` (0) must be ≥ 1.",
                        "system.yaml:4:35: The field `proposal.services[0].datastores[0]` (ordres-db) names no datastore"
                                + " declared in proposal.datastores; did you mean `orders-db`?",
                        "system.yaml:4:60: The field `proposal.services[0].calls[0].to` (orders) is the calling service"
                                + " itself; a service does not call itself through the network: remove the call.",
                        "system.yaml:4:86: The field `proposal.services[0].calls[1].to` (bill) names no service declared in"
                                + " proposal.services; did you mean `billing`?",
                        "system.yaml:5:37: The field `proposal.services[1].deploysWith[0]` (shipping) names no service declared"
                                + " in proposal.services; declare it there, or use one of: orders, billing.",
                        "system.yaml:6:14: The field `proposal.services[2].name` (billing) is also the name of"
                                + " proposal.services[1]; service names must be unique: rename one, or merge the two entries."),
                e.problems().stream().map(Problem::message).toList());
    }

    @Test
    void referencesOfAProposalBuiltInJavaAreCheckedWithoutLocations() {
        Proposal p = new Proposal(
                null,
                List.of(new ServiceSpec(
                        "orders", List.of("db"), List.of(new ServiceCall("shipping", CallMode.SYNC)), null, null)),
                null,
                null);
        assertEquals(
                List.of("The field `proposal.services[0].calls[0].to` (shipping) names no service declared in"
                        + " proposal.services; declare it there, or use one of: orders."),
                References.check(p).stream().map(Problem::message).toList());
    }
}
