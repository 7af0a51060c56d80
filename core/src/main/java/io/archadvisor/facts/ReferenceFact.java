package io.archadvisor.facts;

/**
 * A fact from reference data rather than from the requirements, such as a technology catalog entry. The engine
 * inserts reference facts into every session, and provenance records the ones a rule matched next to its input
 * facts, so a node derived from catalog data names the entry (and through it, the source) it rests on.
 */
public interface ReferenceFact {

    /** Where the fact comes from, such as {@code catalog.postgresql}. */
    String path();

    /** The fact as it should be shown to a person, such as the entry's source and verification date. */
    Object displayValue();
}
