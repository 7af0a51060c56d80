package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.testkit.junit5.RuleTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the seed, the coverage map, the rules and their cases in step: every seed item is encoded by at least one
 * rule, every mapped rule exists, every rule is mapped, and every rule has a case where it fires and one where it
 * must not.
 */
@RuleTest
class SeedCoverageTest {

    private static Set<String> ruleIds;
    private static Map<String, List<String>> coverage;

    @BeforeAll
    static void load(Advisor advisor) {
        ruleIds = advisor.rules().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
        coverage = RuleCases.coverage();
    }

    @Test
    void everySeedItemIsEncodedByAtLeastOneRule() {
        Set<String> missing = new TreeSet<>();
        for (String item : RuleCases.seedItems()) {
            if (coverage.getOrDefault(item, List.of()).isEmpty()) {
                missing.add(item);
            }
        }
        assertTrue(
                missing.isEmpty(),
                missing.size() + " seed items have no rule in coverage/*.yaml:\n  " + String.join("\n  ", missing));
    }

    @Test
    void everyCoverageEntryNamesASeedItem() {
        Set<String> unknown = new TreeSet<>(coverage.keySet());
        unknown.removeAll(RuleCases.seedItems());
        assertTrue(
                unknown.isEmpty(),
                "coverage/*.yaml names items that are not in seed-items.txt (check the spelling):\n  "
                        + String.join("\n  ", unknown));
    }

    @Test
    void everyMappedRuleExists() {
        Set<String> missing = coverage.values().stream()
                .flatMap(List::stream)
                .filter(id -> !ruleIds.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "coverage/*.yaml names rules that do not exist: " + missing);
    }

    @Test
    void everyRuleIsMappedToASeedItem() {
        Set<String> mapped = coverage.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Set<String> unmapped = new TreeSet<>(ruleIds);
        unmapped.removeAll(mapped);
        assertTrue(unmapped.isEmpty(), "rules not mapped to any seed item in coverage/*.yaml: " + unmapped);
    }

    @Test
    void everyRuleHasACaseWhereItFiresAndOneWhereItMustNot() {
        List<RuleCases.Case> cases = RuleCases.cases();
        Set<String> firing = cases.stream()
                .filter(RuleCases.Case::fires)
                .map(RuleCases.Case::rule)
                .collect(Collectors.toSet());
        Set<String> silent =
                cases.stream().filter(c -> !c.fires()).map(RuleCases.Case::rule).collect(Collectors.toSet());
        Set<String> noFiring = new TreeSet<>(ruleIds);
        noFiring.removeAll(firing);
        Set<String> noSilent = new TreeSet<>(ruleIds);
        noSilent.removeAll(silent);
        assertTrue(
                noFiring.isEmpty() && noSilent.isEmpty(),
                "rules without a firing case in cases/*.yaml: " + noFiring + "\nrules without a silent case: "
                        + noSilent);
        Set<String> unknown = new TreeSet<>(firing);
        unknown.addAll(silent);
        unknown.removeAll(ruleIds);
        assertTrue(unknown.isEmpty(), "cases/*.yaml names rules that do not exist: " + unknown);
    }
}
