/** The types the {@code security} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.security;
