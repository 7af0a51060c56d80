/** The types the {@code patterns} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.patterns;
