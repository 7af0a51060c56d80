package io.archadvisor.architecture.cycle.b;

import io.archadvisor.architecture.cycle.a.First;

/** Fixture: the other half of a package cycle, for the test of the cycle rule itself. */
public class Second {
    First back;
}
