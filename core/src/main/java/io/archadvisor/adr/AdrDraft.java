package io.archadvisor.adr;

import io.archadvisor.base.InvalidValueException;
import java.util.Objects;

/**
 * One decision of a graph as a record not yet numbered: what {@link AdrRenderer#drafts} gives and
 * {@link AdrPlanner} places in a folder.
 *
 * @param key the decision's stable key, lower-case words joined by hyphens and colons, such as
 *     {@code architecture-style} or {@code technology:cache}; the same
 *     decision has the same key in every run, whatever its outcome
 * @param slug the file-name slug from the title, such as {@code use-a-modular-monolith}
 * @param title the record's title
 * @param outcome the chosen option in a canonical form; a record whose outcome changes is superseded, one whose
 *     outcome stays is updated in place
 * @param status proposed while an open question blocks the decision, otherwise accepted
 * @param body the Markdown after the title, from the context to the end of the "More Information" section
 */
public record AdrDraft(String key, String slug, String title, String outcome, AdrStatus status, String body) {

    /** Validates the draft. */
    public AdrDraft {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidValueException("A slug is lower-case words joined by hyphens, got `" + slug + "`");
        }
        if (!key.matches(AdrFile.KEY)) {
            throw new InvalidValueException("A decision key is lower-case words joined by hyphens and colons,"
                    + " such as `technology:cache`, got `" + key + "`");
        }
        if (status != AdrStatus.PROPOSED && status != AdrStatus.ACCEPTED) {
            throw new InvalidValueException("A draft is proposed or accepted, got " + status);
        }
    }
}
