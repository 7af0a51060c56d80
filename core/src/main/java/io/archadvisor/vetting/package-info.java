/**
 * Static vetting of rule packs you do not trust: {@link io.archadvisor.vetting.RuleVetter} parses each DRL file with
 * Drools' own parser and checks every token against a {@link io.archadvisor.vetting.VettingPolicy}, before anything is
 * compiled (compiling DRL already runs code). Vetting is best-effort and not a sandbox; see {@code docs/security.md}.
 */
@NullMarked
package io.archadvisor.vetting;

import org.jspecify.annotations.NullMarked;
