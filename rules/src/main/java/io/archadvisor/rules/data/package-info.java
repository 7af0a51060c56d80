/** The types the {@code data} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.data;
