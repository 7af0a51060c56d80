/**
 * Waivers: accepting a specific finding with a reason, an owner and an optional expiry date. Waived findings stay in
 * the graph, marked with their waiver; an expired waiver is itself reported as a finding. Waivers come from the Java
 * API ({@link io.archadvisor.graph.Waiver#of}) or from a {@code waivers.yaml} file
 * ({@link io.archadvisor.waiver.WaiverReader}).
 */
@NullMarked
package io.archadvisor.waiver;

import org.jspecify.annotations.NullMarked;
