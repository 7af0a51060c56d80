/** The types the {@code questions} rule pack declares, compiled with the pack to Drools' executable model. */
package io.archadvisor.rules.questions;
