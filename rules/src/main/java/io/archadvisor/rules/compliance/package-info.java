/** The types the {@code compliance} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.compliance;
