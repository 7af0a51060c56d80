/** The types the {@code principles} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.principles;
