/** The types the {@code edge} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.edge;
