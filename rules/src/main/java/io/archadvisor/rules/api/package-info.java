/** The types the {@code api} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.api;
