/**
 * Helpers the seed rules call from their consequences: call-graph analysis of a proposal (cycles and long chains of
 * synchronous calls) and the wording of evidence (sorted, bounded lists of names).
 */
package io.archadvisor.rules.support;
