/** The types the {@code architecture} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.architecture;
