package io.archadvisor.testkit.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.archadvisor.Advisor;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Team;
import io.archadvisor.testkit.RuleCoverage;
import io.archadvisor.testkit.RuleVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The JUnit 5 extension: parameter injection, one advisor shared across classes, the coverage report and a threshold
 * that fails the run. The static nested classes are test classes that only these tests run, through the JUnit Platform
 * {@link EngineTestKit}; the normal build does not select them.
 */
@RuleTest(setup = TestPacks.class)
class ArchAdvisorExtensionTest {

    static Requirements team(int size) {
        return new Requirements(
                "t",
                null,
                new Team(size, null, null),
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
                null);
    }

    @Test
    void aTestMethodGetsTheSharedVerifierAdvisorAndCoverage(
            RuleVerifier verify, Advisor advisor, RuleCoverage coverage) {
        assertSame(verify.advisor(), advisor);
        assertSame(verify.coverage(), coverage);
        verify.given(team(5)).fired("BASE-SMALL-TEAM");
        assertTrue(coverage.fired().contains("BASE-SMALL-TEAM"));
    }

    @Nested
    class NestedClasses {
        @Test
        void shareTheVerifierOfTheirEnclosingClass(RuleVerifier verify) {
            verify.given(team(25)).fired("BASE-LARGE-TEAM");
            assertTrue(verify.coverage().fired().contains("BASE-LARGE-TEAM"));
        }
    }

    static final List<RuleVerifier> SEEN = new CopyOnWriteArrayList<>();

    @Fixture
    @RuleTest(setup = TestPacks.class)
    static class FirstClass {
        @Test
        void one(RuleVerifier verify) {
            SEEN.add(verify);
            verify.given(team(5)).fired("BASE-SMALL-TEAM");
        }
    }

    @Fixture
    @RuleTest(setup = TestPacks.class, coverageThreshold = 0.9)
    static class SecondClass {
        @Test
        void two(RuleVerifier verify) {
            SEEN.add(verify);
            verify.given(team(25)).fired("BASE-LARGE-TEAM");
        }
    }

    @Fixture
    @RuleTest(setup = TestPacks.class, coverageThreshold = 0.4)
    static class WellCovered {
        @Test
        void both(RuleVerifier verify) {
            verify.given(team(5)).fired("BASE-SMALL-TEAM");
            verify.given(team(25)).fired("BASE-LARGE-TEAM");
        }
    }

    private static EngineExecutionResults run(Path reports, String threshold, Class<?>... classes) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Fixture.PARAMETER, "true")
                .configurationParameter(RuleCoverage.DIRECTORY_PROPERTY, reports.toString());
        if (threshold != null) {
            kit.configurationParameter(RuleCoverage.THRESHOLD_PROPERTY, threshold);
        }
        for (Class<?> c : classes) {
            kit.selectors(selectClass(c));
        }
        return kit.execute();
    }

    @Test
    void oneAdvisorIsSharedAcrossTestClassesOfTheSameSetup(@TempDir Path reports) {
        SEEN.clear();
        run(reports, "0", FirstClass.class, SecondClass.class).testEvents().assertStatistics(s -> s.succeeded(2));
        assertEquals(2, SEEN.size());
        assertSame(SEEN.get(0), SEEN.get(1));
    }

    @Test
    void aCoverageThresholdThatIsNotMetFailsTheRunNamingTheRulesThatNeverFired(@TempDir Path reports) throws Exception {
        EngineExecutionResults results = run(reports, null, FirstClass.class, SecondClass.class);
        results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        results.containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                engine(),
                                finishedWithFailure(
                                        instanceOf(AssertionError.class),
                                        message(
                                                "Rule coverage [TestPacks]: 2 of 5 rules fired (40.0%), below the threshold of 90.0% (5 rules)."
                                                        + " Write scenarios that make these rules fire: BASE-SPOF, FOLDER-BROKER, FOLDER-PCI-PENTEST"))));
        String report = Files.readString(reports.resolve("TestPacks.txt"));
        assertTrue(report.startsWith("Rule coverage [TestPacks]: 2 of 5 rules fired (40.0%)\n"), report);
        assertTrue(report.contains("  [ ] BASE-SPOF  "), report);
    }

    @Test
    void aThresholdThatIsMetLetsTheRunPass(@TempDir Path reports) {
        EngineExecutionResults results = run(reports, null, WellCovered.class);
        results.containerEvents().assertThatEvents().haveExactly(1, event(engine(), finishedSuccessfully()));
        assertTrue(Files.exists(reports.resolve("TestPacks.txt")));
    }

    @Test
    void theConfigurationParameterWinsOverTheAnnotation(@TempDir Path reports) {
        run(reports, "0.2", SecondClass.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(1, event(engine(), finishedSuccessfully()));
        run(reports, "1.0", WellCovered.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                engine(),
                                finishedWithFailure(
                                        message(m -> m.contains("below the threshold of" + " 100.0% (5 rules)")))));
    }

    @Test
    void aRunThatSelectsTestsByNameReportsCoverageButDoesNotEnforceTheAnnotationThreshold(@TempDir Path reports) {
        EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Fixture.PARAMETER, "true")
                .configurationParameter(RuleCoverage.DIRECTORY_PROPERTY, reports.toString())
                .configurationParameter(ArchAdvisorExtension.SUREFIRE_FILTER, "ArchAdvisorExtensionTest$SecondClass")
                .selectors(selectClass(SecondClass.class))
                .execute()
                .containerEvents()
                .assertThatEvents()
                .haveExactly(1, event(engine(), finishedSuccessfully()));
        assertTrue(Files.exists(reports.resolve("TestPacks.txt")));
    }
}
