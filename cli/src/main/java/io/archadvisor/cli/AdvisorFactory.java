package io.archadvisor.cli;

import io.archadvisor.Advisor;

/**
 * Makes the advisor of a run from its options. The command builds a new one each run ({@link #BUILD}); a host that
 * runs many commands in one process (a build daemon, a test suite) can hand out advisors it keeps, one per distinct
 * {@link AdvisorOptions}. A run closes the advisor it was given when it is done.
 */
@FunctionalInterface
public interface AdvisorFactory {

    /** Compiles a new advisor every time. */
    AdvisorFactory BUILD = AdvisorOptions::build;

    /**
     * The advisor for these options.
     *
     * @throws io.archadvisor.base.ArchAdvisorException when the rules or the catalog do not load
     */
    Advisor open(AdvisorOptions options);
}
