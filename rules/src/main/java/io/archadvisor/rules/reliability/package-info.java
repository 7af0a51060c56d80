/** The types the {@code reliability} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.reliability;
