/**
 * Architecture Decision Records from the recommendation graph: one MADR 4 record per decision (the architecture style,
 * each technology choice, the deployment strategy, each departure from the existing estate), numbered and named as
 * adr-tools and Log4brains expect ({@code 0001-use-a-modular-monolith.md}), and kept current as requirements change.
 * {@link io.archadvisor.adr.AdrRenderer} turns a graph into records, {@link io.archadvisor.adr.AdrPlanner} compares
 * them with an existing folder, and {@link io.archadvisor.adr.Adrs#sync} does both and writes the plan.
 */
@NullMarked
package io.archadvisor.adr;

import org.jspecify.annotations.NullMarked;
