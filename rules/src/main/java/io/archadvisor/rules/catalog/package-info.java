/** The types the {@code catalog} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.catalog;
