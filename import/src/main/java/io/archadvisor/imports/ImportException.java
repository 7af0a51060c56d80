package io.archadvisor.imports;

import io.archadvisor.base.ArchAdvisorException;
import io.archadvisor.base.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;

/** An import cannot go on: a file is missing or unreadable, or sources contradict each other; every cause is listed. */
public final class ImportException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /** An exception listing at least one problem, each a sentence starting with its location when it has one. */
    public ImportException(List<String> problems, Throwable cause) {
        super(render(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem, each a sentence starting with {@code file:line:column:} when it has a location. */
    public List<String> problems() {
        return problems;
    }

    private static String render(List<String> problems) {
        if (problems.isEmpty()) {
            throw new InvalidValueException("An ImportException needs at least one problem");
        }
        return problems.size() == 1
                ? problems.get(0)
                : problems.size() + " problems in the import:\n"
                        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
