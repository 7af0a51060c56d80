/** The types the {@code technology} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.technology;
