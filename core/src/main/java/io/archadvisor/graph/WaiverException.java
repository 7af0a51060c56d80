package io.archadvisor.graph;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Problem;
import io.archadvisor.base.ProblemsException;
import java.util.List;
import java.util.stream.Collectors;

/** A waiver, or a waivers file, is invalid: every problem names the field, the bad value, where it is and what to do. */
public final class WaiverException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception listing at least one problem. */
    public WaiverException(List<Problem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in source order. */
    @Override
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new InvalidValueException("A WaiverException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).message();
        }
        return problems.size() + " problems in the waivers:\n"
                + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
    }
}
