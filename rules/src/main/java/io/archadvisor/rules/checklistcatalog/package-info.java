/** The types the {@code checklistcatalog} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.checklistcatalog;
