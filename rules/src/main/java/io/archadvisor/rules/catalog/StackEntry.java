package io.archadvisor.rules.catalog;

import io.archadvisor.catalog.TechnologyReview;
import io.archadvisor.facts.CatalogEntryFact;
import io.archadvisor.facts.Technology;
import io.archadvisor.graph.TechnologyChoice;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * One technology of the stack under review, with what the catalog says about it: a recommended technology (a
 * {@link TechnologyChoice}) or one the requirements name ({@link Technology}, existing or proposed). The checklist
 * rules collect these; provenance sees through them to the choices, requirement facts and catalog entries behind.
 *
 * @param group which stack it belongs to: {@code recommended}, {@code existing} or {@code proposed}
 * @param where where it comes from, such as {@code technology:language} or {@code existing.technologies[0]}
 * @param review what the catalog says about it on the advice date
 */
public record StackEntry(String group, String where, TechnologyReview review) {

    /** Validates the entry. */
    public StackEntry {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(review, "review");
    }

    /** A recommended technology; {@code matches} are the catalog facts collected for it (0 or 1). */
    public static StackEntry ofChoice(TechnologyChoice choice, Collection<?> matches, LocalDate at) {
        CatalogEntryFact fact = first(matches);
        TechnologyReview review = fact == null
                ? TechnologyReview.of(choice.technology(), null, choice.version(), at)
                : fact.reviewChoice(choice.version(), at);
        return new StackEntry("recommended", choice.id(), review);
    }

    /** A technology the requirements name; {@code matches} are the catalog facts collected for it (0 or 1). */
    public static StackEntry ofTechnology(Technology technology, Collection<?> matches, LocalDate at) {
        CatalogEntryFact fact = first(matches);
        TechnologyReview review =
                TechnologyReview.of(technology.name(), fact == null ? null : fact.entry(), technology.version(), at);
        return new StackEntry(
                technology.origin() == Technology.Origin.EXISTING ? "existing" : "proposed", technology.path(), review);
    }

    /**
     * Whether the requirements name this technology without a version (and its name carries none) although it has
     * versions: a managed service without versions needs none.
     */
    public boolean versionMissing() {
        return !recommended()
                && review.versionText() == null
                && (review.entry() == null || !review.entry().versionless());
    }

    /** The labels of stack entries, such as {@code redis (existing.technologies[1]), nginx (...)}. */
    public static String labels(Collection<?> entries) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Object o : entries) {
            if (o instanceof StackEntry e) {
                out.add(e.label());
            }
        }
        java.util.Collections.sort(out);
        return String.join(", ", out);
    }

    /** Whether this entry is a recommendation rather than a technology the requirements name. */
    public boolean recommended() {
        return group.equals("recommended");
    }

    /** The entry in words, for checklist evidence: {@code java 8 (existing.technologies[0])}. */
    public String label() {
        return review.written() + " (" + where + ")";
    }

    private static CatalogEntryFact first(Collection<?> matches) {
        for (Object o : matches) {
            if (o instanceof CatalogEntryFact f) {
                return f;
            }
        }
        return null;
    }
}
