/**
 * Helpers for the responsibility rules of the seed pack: evidence text in a stable order, API and schema examples,
 * and the platform heuristics the rules share. Every method is pure.
 */
package io.archadvisor.rules.support;
