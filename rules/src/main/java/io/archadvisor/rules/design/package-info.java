/** The types the {@code design} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.design;
