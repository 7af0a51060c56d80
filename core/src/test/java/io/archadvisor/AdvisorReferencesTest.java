package io.archadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.archadvisor.base.Location;
import io.archadvisor.base.Problem;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.DatastoreSpec;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.model.SourceMap;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.whatif.AdvisorSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requirements built in Java are held to the cross-references the requirements reader checks in files. */
class AdvisorReferencesTest {

    private static final String RULES = """
            package test.rules;
            import io.archadvisor.facts.*;
            import io.archadvisor.graph.*;

            rule "T-ANY-SERVICE"
                @category("test")
                agenda-group "advise"
            when
                ProposedService($n : name)
            then
                insertLogical(new Guidance(GuidanceArea.ARCHITECTURE, "service-" + $n, "Seen.", $n));
            end
            """;

    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addRules("references.drl", RULES)
                .build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static Requirements proposal(List<ServiceSpec> services, List<DatastoreSpec> datastores) {
        return new Requirements(
                "shop",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new Proposal(null, services, datastores, null));
    }

    /** Orders calls `shiping` (a typo of shipping) and uses the undeclared datastore `cache`. */
    private static Requirements dangling() {
        return proposal(
                List.of(
                        new ServiceSpec(
                                "orders",
                                List.of("db", "cache"),
                                List.of(new ServiceCall("shiping", CallMode.SYNC)),
                                null,
                                null),
                        new ServiceSpec("shipping", null, null, null, null)),
                List.of(new DatastoreSpec("db", "postgresql", null, null)));
    }

    @Test
    void aCallToAnUndeclaredServiceBuiltInJavaIsRefusedWithEveryProblemAndASuggestion() {
        RequirementsException e = assertThrows(RequirementsException.class, () -> advisor.advise(dangling()));
        assertEquals(
                List.of("proposal.services[0].calls[0].to", "proposal.services[0].datastores[1]"),
                e.problems().stream().map(Problem::path).toList());
        assertEquals(
                "The field `proposal.services[0].calls[0].to` (shiping) names no service declared in"
                        + " proposal.services; did you mean `shipping`?",
                e.problems().get(0).message());
    }

    @Test
    void aRepeatedServiceNameAndASelfCallAreRefused() {
        Requirements r = proposal(
                List.of(
                        new ServiceSpec("orders", null, List.of(new ServiceCall("orders", null)), null, null),
                        new ServiceSpec("orders", null, null, null, null)),
                null);
        RequirementsException e = assertThrows(RequirementsException.class, () -> advisor.advise(r, List.of()));
        assertEquals(
                List.of("proposal.services[1].name", "proposal.services[0].calls[0].to"),
                e.problems().stream().map(Problem::path).toList());
    }

    @Test
    void theProblemsAreLocatedThroughTheSourceMapWhenItKnowsThePaths() {
        SourceMap sources = new SourceMap(Map.of(
                "proposal.services[0].calls[0]", new Location("system.yaml", 12, 11),
                "proposal.services[0].datastores[1]", new Location("system.yaml", 9, 22)));
        RequirementsException e =
                assertThrows(RequirementsException.class, () -> advisor.advise(dangling(), sources, List.of()));
        assertEquals(
                List.of("system.yaml:12:11", "system.yaml:9:22"),
                e.problems().stream()
                        .map(p -> p.where().orElseThrow().toString())
                        .toList());
        assertEquals(
                "system.yaml:12:11: The field `proposal.services[0].calls[0].to` (shiping) names no service declared"
                        + " in proposal.services; did you mean `shipping`?",
                e.problems().get(0).message());
    }

    @Test
    void whatIfSessionsAndComparisonsCheckTheirRequirementsToo() {
        assertThrows(RequirementsException.class, () -> advisor.openSession(dangling()));
        Requirements fine = proposal(List.of(new ServiceSpec("orders", null, null, null, null)), null);
        assertThrows(RequirementsException.class, () -> advisor.compare(fine, dangling()));
        assertThrows(RequirementsException.class, () -> advisor.compare(dangling(), fine));
        try (AdvisorSession session = advisor.openSession(fine)) {
            assertEquals(1, session.graph().nodes().size());
        }
    }

    @Test
    void datastoresNamedWhileTheProposalDeclaresNoneAreUnknownNotWrong() {
        Requirements r = proposal(List.of(new ServiceSpec("orders", List.of("db"), null, null, null)), null);
        RecommendationGraph graph = advisor.advise(r);
        assertEquals(1, graph.nodes().size());
    }

    @Test
    void anAdvisorBuiltWithoutReferenceChecksAdvisesOnFragments() {
        try (Advisor lenient = Advisor.builder()
                .withoutDefaultPacks()
                .addRules("references.drl", RULES)
                .checkReferences(false)
                .build()) {
            assertEquals(2, lenient.advise(dangling()).nodes().size());
        }
    }

    @Test
    void theRuleVerifierTakesFragmentsWhoseCallsNameServicesTheyLeaveOut() {
        try (RuleVerifier verify =
                RuleVerifier.of(Advisor.builder().withoutDefaultPacks().addRules("references.drl", RULES))) {
            verify.given(dangling()).fired("T-ANY-SERVICE");
            verify.givenYaml("proposal: {services: [{name: a, calls: [{to: b, mode: sync}]}]}")
                    .fired("T-ANY-SERVICE");
        }
    }
}
