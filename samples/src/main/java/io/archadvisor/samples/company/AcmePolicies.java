package io.archadvisor.samples.company;

import io.archadvisor.Advisor;
import io.archadvisor.pack.RulePack;
import java.util.List;

/**
 * A company-specific rule pack, as a company would ship it in its own jar: the policies under
 * {@code company-rules/} (approved message broker, PCI pen tests) and an overriding pack under
 * {@code company-overrides/} that replaces one built-in rule with the company's own threshold.
 *
 * <pre>{@code
 * try (Advisor advisor = AcmePolicies.advisor().build()) {
 *     RecommendationGraph graph = advisor.advise(requirements, WaiverReader.readNextTo(requirementsFile));
 * }
 * }</pre>
 */
public final class AcmePolicies {

    /** The name of the policies pack. */
    public static final String POLICIES = "acme-policies";
    /** The name of the pack that overrides built-in rules. */
    public static final String OVERRIDES = "acme-overrides";
    /** The version of both packs. */
    public static final String VERSION = "1.0.0";
    /** The message brokers the company approves, lower case; the DRL keeps the same list. */
    public static final List<String> APPROVED_BROKERS = List.of("kafka");

    private AcmePolicies() {}

    /** The company policies: every {@code *.drl} under the classpath folder {@code company-rules}. */
    public static RulePack policies() {
        return RulePack.builder(POLICIES, VERSION)
                .classLoader(AcmePolicies.class.getClassLoader())
                .addClasspathFolder("company-rules")
                .build();
    }

    /** The company's replacements of built-in rules: same ids, the company's thresholds. */
    public static RulePack overrides() {
        return RulePack.builder(OVERRIDES, VERSION)
                .classLoader(AcmePolicies.class.getClassLoader())
                .addClasspathFolder("company-overrides")
                .overriding()
                .build();
    }

    /** The built-in packs plus both company packs, with the class loader that sees {@link PolicyViolation}. */
    public static Advisor.Builder advisor() {
        return Advisor.builder()
                .classLoader(AcmePolicies.class.getClassLoader())
                .addPack(policies())
                .addPack(overrides());
    }
}
