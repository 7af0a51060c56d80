package io.archadvisor.catalog;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Problem;
import io.archadvisor.base.ProblemsException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog file is malformed: every problem names the field, the bad value, its file:line:column and what it must
 * be, like the requirements reader's errors.
 */
public final class CatalogException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception listing at least one problem of the catalog {@code source}. */
    public CatalogException(String source, List<Problem> problems) {
        super(render(source, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    @Override
    public List<Problem> problems() {
        return problems;
    }

    private static String render(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new InvalidValueException("A CatalogException needs at least one problem");
        }
        if (problems.size() == 1) {
            Problem only = problems.get(0);
            return only.location() != null || only.path().isEmpty()
                    ? only.message()
                    : "Invalid technology catalog " + source + ": " + only.message();
        }
        return problems.size() + " problems in the technology catalog " + source + ":\n"
                + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
    }
}
