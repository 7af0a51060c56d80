package io.archadvisor.rules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.rules.SeedRulePack;
import io.archadvisor.vetting.RuleVetter;
import io.archadvisor.vetting.VettingPolicy;
import io.archadvisor.vetting.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in pack passes untrusted-pack vetting: it stays within the fact, node and model API, plus its own helper
 * classes (trusted Java in this module: text and evidence helpers, the catalog's stack entries).
 */
class SeedPackVettingTest {

    /** The default policy, widened to the seed pack's own helper classes. */
    static final VettingPolicy SEED_POLICY = VettingPolicy.defaults()
            .allowPackage("io.archadvisor.rules.support")
            .allowPackage("io.archadvisor.rules.catalog")
            .allowClass("io.archadvisor.rules.Stacks");

    @Test
    void theSeedPackPassesVetting() {
        SeedRulePack seed = new SeedRulePack();
        List<Violation> violations = RuleVetter.of(SEED_POLICY).check(seed);
        assertEquals(
                List.of(),
                violations,
                () -> "the seed pack reaches outside the allowed API:\n  "
                        + String.join(
                                "\n  ",
                                violations.stream().map(Violation::toString).toList()));
        assertFalse(seed.sources().isEmpty());
    }

    @Test
    void withoutItsHelpersTheSeedPackIsFlaggedExactlyWhereItUsesThem() {
        List<Violation> violations = RuleVetter.of(VettingPolicy.defaults()).check(new SeedRulePack());
        assertFalse(violations.isEmpty(), "the seed pack uses its helper classes");
        for (Violation v : violations) {
            assertTrue(
                    v.token().startsWith("io.archadvisor.rules.")
                            || v.token().startsWith("Texts")
                            || v.token().startsWith("Evidence"),
                    v::toString);
        }
    }
}
