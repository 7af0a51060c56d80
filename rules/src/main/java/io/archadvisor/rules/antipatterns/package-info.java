/** The types the {@code antipatterns} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.antipatterns;
