/** The types the {@code checklistdesign} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.checklistdesign;
