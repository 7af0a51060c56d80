/**
 * The rule test kit: fluent scenarios that check which rules fire and which nodes they derive
 * ({@link io.archadvisor.testkit.RuleVerifier}), a JUnit 5 extension that shares one compiled advisor across test
 * classes ({@code @RuleTest} in archadvisor-junit5), and rule coverage with an optional threshold
 * ({@link io.archadvisor.testkit.RuleCoverage}). The extension needs {@code junit-jupiter-api} 5.13 or later on the
 * test class path; the rest of the kit needs no test framework.
 */
@NullMarked
package io.archadvisor.testkit;

import org.jspecify.annotations.NullMarked;
