package io.archadvisor.testkit;

import io.archadvisor.Advisor;
import java.util.Set;

/**
 * The rules under test, for {@code @RuleTest} (archadvisor-junit5) and {@link RuleVerifier}: how to build the advisor and which packs count
 * for coverage. Implement it with a public no-argument class; every test class that names the same setup class shares
 * one compiled advisor and one coverage count.
 *
 * <pre>{@code
 * public class AcmeRules implements RuleSetup {
 *     public Advisor.Builder advisor() {
 *         return Advisor.builder().addPack(AcmePolicies.pack());
 *     }
 *     public Set<String> coveredPacks() {
 *         return Set.of("acme-policies");
 *     }
 * }
 * }</pre>
 */
public interface RuleSetup {

    /** The advisor to test (default: the packs on the class path, as {@code Advisor.builder()} loads them). */
    default Advisor.Builder advisor() {
        return Advisor.builder();
    }

    /** The packs whose rules count for coverage; empty (the default) counts every loaded rule. */
    default Set<String> coveredPacks() {
        return Set.of();
    }

    /** The name reports use (default: the simple class name). */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The packs registered on the class path, with every rule counted for coverage. */
    final class Defaults implements RuleSetup {

        /** The default setup. */
        public Defaults() {}

        @Override
        public String name() {
            return "default-packs";
        }
    }
}
