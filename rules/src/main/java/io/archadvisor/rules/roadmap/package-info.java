/** The types the {@code roadmap} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.roadmap;
