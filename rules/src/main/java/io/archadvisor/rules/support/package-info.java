/**
 * Helpers the seed rules call from their consequences: call-graph analysis of a proposal (cycles and long chains of
 * synchronous calls), API and schema examples, the platform heuristics the rules share, and the wording of evidence
 * (sorted, bounded lists of names). Every method is pure.
 */
package io.archadvisor.rules.support;
