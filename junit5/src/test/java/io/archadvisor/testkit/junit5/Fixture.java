package io.archadvisor.testkit.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that only a test running the JUnit Platform programmatically (with the configuration parameter
 * {@value #PARAMETER} = true) may execute, so a build that selects it by name does not run it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Fixture.Condition.class)
@interface Fixture {

    /** The configuration parameter that enables fixture classes. */
    String PARAMETER = "archadvisor.test.fixtures";

    /** Enables fixture classes only when {@value #PARAMETER} is true. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER, Boolean::parseBoolean)
                            .orElse(false)
                    ? ConditionEvaluationResult.enabled("run programmatically")
                    : ConditionEvaluationResult.disabled("a fixture of another test, run only through EngineTestKit");
        }
    }
}
