package io.archadvisor.rules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archadvisor.Advisor;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.TechnologyChoice;
import io.archadvisor.model.Edits;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.TechnologyRef;
import io.archadvisor.rules.support.Recovery;
import io.archadvisor.testkit.junit5.RuleTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The advice never contradicts itself, over seeded random requirements ({@link RequirementsGenerator}): no finding
 * holds against the design something the same graph recommends, requires or keeps, no two nodes give instructions
 * that exclude each other (see {@link Consistency}), and adopting what the graph asks for (the second region or
 * zone a single-point-of-failure finding requires, the recovery targets it proposes, the technologies it chooses)
 * never earns a finding against what was adopted. 2,000 seeds in the normal build, 20,000 with
 * {@code -Darchadvisor.long=true}; a failing case names its seed.
 */
@RuleTest
class SelfConsistencyProperties {

    private static final int CASES = Inputs.scaled(2_000, 20_000);

    /** The first seed; distinct from the other properties' seeds so that the inputs differ. */
    private static final long BASE = RequirementsGenerator.BASE_SEED + 1_000_000L;

    private static Advisor advisor;

    @BeforeAll
    static void shared(Advisor shared) {
        advisor = shared;
    }

    static LongStream seeds() {
        return LongStream.range(0, CASES).map(i -> BASE + i);
    }

    private static String where(long seed) {
        return "seed " + seed + " (RequirementsGenerator.generate(" + seed + "L))";
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theAdviceNeverHoldsAgainstTheDesignWhatItRecommends(long seed) {
        Requirements requirements = RequirementsGenerator.generate(seed);
        RecommendationGraph graph = advisor.advise(requirements);
        assertEquals(List.of(), Consistency.violations(graph), where(seed));
        assertEquals(List.of(), Consistency.unexplainedDepartures(requirements, graph), where(seed));

        Requirements adopted = adopt(requirements, graph);
        if (!adopted.equals(requirements)) {
            RecommendationGraph after = advisor.advise(adopted);
            assertEquals(List.of(), Consistency.violations(after), where(seed) + " after adopting the advice");
            assertEquals(
                    List.of(),
                    heldAgainstTheAdopted(requirements, adopted, after),
                    where(seed) + ": adopting the advice earned findings against what was adopted");
        }
    }

    /** The requirements changed the way the graph asks: regions, zones, recovery targets, chosen technologies. */
    static Requirements adopt(Requirements requirements, RecommendationGraph graph) {
        Requirements out = requirements;
        Set<String> technologies = new LinkedHashSet<>();
        for (Node n : graph.nodes()) {
            if (n instanceof AntiPatternFinding f && f.code().equals("AP-SINGLE-POINT-OF-FAILURE-REGION")) {
                out = Edits.set(out, "deployment.regions", 2);
            } else if (n instanceof AntiPatternFinding f && f.code().equals("AP-SINGLE-POINT-OF-FAILURE-ZONE")) {
                out = Edits.set(out, "deployment.availabilityZones", 3);
            } else if (n instanceof Guidance g && g.code().equals("cmp-rpo-rto-targets")) {
                double availability = requirements.nfrs().availabilityPercent();
                if (requirements.nfrs().rtoMinutes() == null) {
                    out = Edits.set(out, "nfrs.rtoMinutes", Recovery.rtoMinutes(availability));
                }
                if (requirements.nfrs().rpoMinutes() == null) {
                    out = Edits.set(out, "nfrs.rpoMinutes", Recovery.rpoMinutes(availability));
                }
            } else if (n instanceof Guidance g && g.code().equals("ops-kubernetes-pays")) {
                out = Edits.set(out, "deployment.kubernetes", true);
            } else if (n instanceof TechnologyChoice) {
                for (FactRef f : graph.provenance(n).facts()) {
                    if (f.path().startsWith("catalog.")) {
                        technologies.add(f.path().substring("catalog.".length()));
                    }
                }
            }
        }
        if (!technologies.isEmpty()) {
            Proposal p = out.proposal() == null ? new Proposal(null, null, null, null) : out.proposal();
            List<TechnologyRef> refs = new ArrayList<>(p.technologies() == null ? List.of() : p.technologies());
            Set<String> present = new LinkedHashSet<>();
            refs.forEach(r -> present.add(r.name()));
            technologies.stream().filter(t -> !present.contains(t)).forEach(t -> refs.add(new TechnologyRef(t, null)));
            out = new Requirements(
                    out.system(),
                    out.scale(),
                    out.team(),
                    out.budget(),
                    out.timeline(),
                    out.existing(),
                    out.nfrs(),
                    out.deployment(),
                    out.workload(),
                    out.domain(),
                    out.dataAccess(),
                    out.security(),
                    out.observability(),
                    new Proposal(p.style(), p.services(), p.datastores(), refs));
        }
        return out;
    }

    /** Findings of the advice on the adopted requirements that hold an adopted value against the design. */
    private static List<String> heldAgainstTheAdopted(
            Requirements before, Requirements after, RecommendationGraph graph) {
        List<String> out = new ArrayList<>();
        for (Node n : graph.nodes()) {
            if (n instanceof AntiPatternFinding f && Consistency.JUDGE_A_CHOICE.contains(f.code())) {
                for (FactRef fact : graph.explain(n).allFacts()) {
                    if (changed(before, after, fact)) {
                        out.add(f.code() + " rests on the adopted " + fact);
                    }
                }
            }
            if (n instanceof Guidance g
                    && g.code().equals("cmp-rto-over-error-budget")
                    && (before.nfrs() == null || before.nfrs().rtoMinutes() == null)) {
                out.add("cmp-rto-over-error-budget flags the RTO that cmp-rpo-rto-targets proposed");
            }
        }
        return out;
    }

    private static boolean changed(Requirements before, Requirements after, FactRef fact) {
        String path = fact.path();
        if (path.startsWith("proposal.technologies[")) {
            int index = Integer.parseInt(path.substring("proposal.technologies[".length(), path.length() - 1));
            int known = before.proposal() == null || before.proposal().technologies() == null
                    ? 0
                    : before.proposal().technologies().size();
            return index >= known;
        }
        return switch (path) {
            case "deployment.regions" ->
                before.deployment() == null
                        || !java.util.Objects.equals(
                                before.deployment().regions(),
                                after.deployment().regions());
            case "deployment.availabilityZones" ->
                before.deployment() == null
                        || !java.util.Objects.equals(
                                before.deployment().availabilityZones(),
                                after.deployment().availabilityZones());
            case "deployment.kubernetes" ->
                before.deployment() == null
                        || !java.util.Objects.equals(
                                before.deployment().kubernetes(),
                                after.deployment().kubernetes());
            default -> false;
        };
    }
}
