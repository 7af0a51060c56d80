package io.archadvisor.adr;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What keeping an ADR folder current takes: one {@link AdrChange} per decision of the graph and per record the advice
 * no longer makes, in the order of the drafts, then of the files. A value: {@link AdrFolder#apply} writes it.
 *
 * @param changes the changes
 */
public record AdrPlan(List<AdrChange> changes) {

    /** Copies the list. */
    public AdrPlan {
        changes = List.copyOf(changes);
    }

    /** Every file to write, by file name, sorted. */
    public Map<String, String> writes() {
        Map<String, String> all = new TreeMap<>();
        for (AdrChange c : changes) {
            all.putAll(c.writes());
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Whether the plan writes nothing. */
    public boolean writesNothing() {
        return changes.stream().allMatch(c -> c.writes().isEmpty());
    }

    /** The changes of one kind. */
    public <T extends AdrChange> List<T> changes(Class<T> kind) {
        return changes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** One line per change, then a count: what a command line prints. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (AdrChange c : changes) {
            sb.append(c.describe()).append('\n');
        }
        sb.append(changes(AdrChange.Created.class).size())
                .append(" created, ")
                .append(changes(AdrChange.Updated.class).size())
                .append(" updated, ")
                .append(changes(AdrChange.Superseded.class).size())
                .append(" superseded, ")
                .append(changes(AdrChange.Withdrawn.class).size())
                .append(" deprecated, ")
                .append(changes(AdrChange.Unchanged.class).size())
                .append(" unchanged, ")
                .append(changes(AdrChange.EditedByHand.class).size())
                .append(" edited by hand\n");
        return sb.toString();
    }
}
