/** The types the {@code gitops} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.gitops;
