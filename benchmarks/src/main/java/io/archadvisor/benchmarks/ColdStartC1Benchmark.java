package io.archadvisor.benchmarks;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link ColdStartBenchmark} in JVMs started with {@code -XX:TieredStopAtLevel=1}: only the quick C1 compiler, as a
 * one-shot command-line run should start. On two cores the optimizing C2 compiler's threads compete with the build
 * for the CPU; without them a cold build takes about 40 % less time, while a long-running service would lose about
 * half its steady-state speed, so this is a choice for short runs only.
 */
@Fork(
        value = 5,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:TieredStopAtLevel=1"})
public class ColdStartC1Benchmark extends ColdStartBenchmark {}
