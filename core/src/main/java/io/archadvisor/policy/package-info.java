/**
 * The calibration policy: the thresholds and pattern weights the rules judge by, with documented, versioned defaults
 * ({@code docs/policy.md}) that a team may override with a YAML file read by the strict reader.
 */
@NullMarked
package io.archadvisor.policy;

import org.jspecify.annotations.NullMarked;
