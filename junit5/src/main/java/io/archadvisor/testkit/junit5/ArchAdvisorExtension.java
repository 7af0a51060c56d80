package io.archadvisor.testkit.junit5;

import io.archadvisor.Advisor;
import io.archadvisor.testkit.RuleCoverage;
import io.archadvisor.testkit.RuleSetup;
import io.archadvisor.testkit.RuleVerifier;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link RuleTest}; use it directly with {@code @ExtendWith(ArchAdvisorExtension.class)}
 * for the default setup. It keeps one {@link RuleVerifier} per setup class in the root store of the run, so every test
 * class naming the same setup shares one compiled advisor, and closes it at the end of the run: that writes the
 * coverage report and checks the threshold.
 */
public final class ArchAdvisorExtension implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(ArchAdvisorExtension.class);

    /** The extension; JUnit makes it. */
    public ArchAdvisorExtension() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        SharedRules shared = shared(context);
        annotation(context).map(RuleTest::coverageThreshold).filter(t -> t >= 0).ifPresent(shared::declareThreshold);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RuleVerifier.class || type == Advisor.class || type == RuleCoverage.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RuleVerifier verifier = shared(context).verifier;
        Class<?> type = parameter.getParameter().getType();
        if (type == RuleVerifier.class) {
            return verifier;
        }
        if (type == Advisor.class) {
            return verifier.advisor();
        }
        if (type == RuleCoverage.class) {
            return verifier.coverage();
        }
        throw new ParameterResolutionException("ArchAdvisorExtension cannot resolve " + type.getName());
    }

    private static Optional<RuleTest> annotation(ExtensionContext context) {
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            Optional<RuleTest> found = AnnotationSupport.findAnnotation(c, RuleTest.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static SharedRules shared(ExtensionContext context) {
        Class<? extends RuleSetup> setup = annotation(context)
                .<Class<? extends RuleSetup>>map(RuleTest::setup)
                .orElse(RuleSetup.Defaults.class);
        ExtensionContext root = context.getRoot();
        return root.getStore(NAMESPACE)
                .getOrComputeIfAbsent(setup, s -> new SharedRules(instantiate(setup), root), SharedRules.class);
    }

    private static RuleSetup instantiate(Class<? extends RuleSetup> setup) {
        try {
            Constructor<? extends RuleSetup> c = setup.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot make the rule setup " + setup.getName() + ": it needs a no-argument" + " constructor (" + e
                            + ")",
                    e);
        }
    }

    /** The system property Maven Surefire sets when a run selects tests by name ({@code -Dtest=...}). */
    static final String SUREFIRE_FILTER = "test";

    /**
     * One setup's verifier for the whole run; closing it reports coverage and checks the threshold. A threshold from
     * {@link RuleTest#coverageThreshold()} is not enforced in a run that selects tests by name, which cannot reach
     * it; one given as a configuration parameter always is.
     */
    static final class SharedRules implements AutoCloseable {

        final RuleVerifier verifier;
        private final AtomicReference<Double> declared = new AtomicReference<>();
        private final Optional<String> configured;
        private final boolean filtered;
        private final Path folder;

        SharedRules(RuleSetup setup, ExtensionContext root) {
            this.verifier = RuleVerifier.of(setup);
            this.configured = root.getConfigurationParameter(RuleCoverage.THRESHOLD_PROPERTY);
            this.filtered = root.getConfigurationParameter(SUREFIRE_FILTER)
                    .filter(t -> !t.isBlank())
                    .isPresent();
            this.folder = Path.of(root.getConfigurationParameter(RuleCoverage.DIRECTORY_PROPERTY)
                    .orElse(RuleCoverage.DEFAULT_DIRECTORY));
        }

        void declareThreshold(double threshold) {
            if (threshold > 1) {
                throw new IllegalArgumentException(
                        "@RuleTest(coverageThreshold = " + threshold + ") must be between 0" + " and 1, such as 0.9");
            }
            declared.accumulateAndGet(threshold, (a, b) -> a == null ? b : Math.max(a, b));
        }

        Double threshold() {
            if (configured.isEmpty() && filtered) {
                return null;
            }
            if (configured.isPresent()) {
                try {
                    return Double.parseDouble(configured.get().strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            RuleCoverage.THRESHOLD_PROPERTY + " must be a number between"
                                    + " 0 and 1, such as 0.9, got \"" + configured.get() + "\"",
                            e);
                }
            }
            return declared.get();
        }

        @Override
        public void close() {
            verifier.close();
            RuleCoverage coverage = verifier.coverage();
            Path report = coverage.write(folder);
            Double threshold = threshold();
            boolean met = threshold == null
                    || coverage.fired().size()
                            >= Math.ceil(threshold * coverage.rules().size() - 1e-9);
            String note = threshold == null && declared.get() != null
                    ? "; threshold not enforced: the run selects tests by name"
                    : "";
            System.out.println("[archadvisor] " + coverage.summary()
                    + (threshold == null
                            ? note
                            : "; threshold " + String.format(java.util.Locale.ROOT, "%.1f%%", threshold * 100)
                                    + (met ? " met" : " NOT met"))
                    + "; report: " + report);
            if (threshold != null) {
                coverage.check(threshold);
            }
        }
    }
}
