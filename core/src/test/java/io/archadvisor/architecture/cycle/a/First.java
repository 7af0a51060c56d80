package io.archadvisor.architecture.cycle.a;

import io.archadvisor.architecture.cycle.b.Second;

/** Fixture: half of a package cycle, for the test of the cycle rule itself. */
public class First {
    Second next;
}
