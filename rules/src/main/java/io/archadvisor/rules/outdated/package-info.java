/** The types the {@code outdated} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.outdated;
