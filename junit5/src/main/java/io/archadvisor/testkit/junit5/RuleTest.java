package io.archadvisor.testkit.junit5;

import io.archadvisor.testkit.RuleCoverage;
import io.archadvisor.testkit.RuleSetup;
import io.archadvisor.testkit.RuleVerifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a JUnit 5 test class a rule test: test methods (and constructors, lifecycle methods) may declare a
 * {@link RuleVerifier}, {@link io.archadvisor.Advisor} or {@link RuleCoverage} parameter. The advisor of the
 * {@link #setup()} is compiled once per test run and shared by every class that names the same setup; at the end of
 * the run the extension writes a coverage report per setup to {@code target/rule-coverage/<setup>.txt}, prints a
 * summary line, and fails the run when coverage is below the threshold.
 *
 * <pre>{@code
 * @RuleTest(setup = AcmeRules.class, coverageThreshold = 1.0)
 * class BrokerPolicyTest {
 *     @Test
 *     void rabbitMqIsNotTheApprovedBroker(RuleVerifier verify) {
 *         verify.givenYaml("proposal: {technologies: [{name: rabbitmq}]}")
 *               .fired("ACME-BROKER-NOT-APPROVED");
 *     }
 * }
 * }</pre>
 *
 * <p>The threshold can also be set for a whole run with the JUnit configuration parameter or system property
 * {@value RuleCoverage#THRESHOLD_PROPERTY} (such as {@code -Darchadvisor.coverage.threshold=0.9}), which wins over the
 * annotation; {@value RuleCoverage#DIRECTORY_PROPERTY} moves the reports.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ArchAdvisorExtension.class)
public @interface RuleTest {

    /** The rules under test (default: the packs on the class path). */
    Class<? extends RuleSetup> setup() default RuleSetup.Defaults.class;

    /**
     * The minimum share, from 0 to 1, of the setup's covered rules that must fire at least once across the test run;
     * negative (the default) sets none. When several classes share a setup, the highest threshold applies. It is not
     * enforced in a run that selects tests by name (Maven's {@code -Dtest=...}), which cannot reach it.
     */
    double coverageThreshold() default -1;
}
