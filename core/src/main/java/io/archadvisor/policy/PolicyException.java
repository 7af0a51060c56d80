package io.archadvisor.policy;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Problem;
import io.archadvisor.base.ProblemsException;
import java.util.List;
import java.util.stream.Collectors;

/** A policy file is invalid: every problem names the field, the bad value, where it is and what it must be. */
public final class PolicyException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception listing at least one problem. */
    public PolicyException(List<Problem> problems) {
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
            throw new InvalidValueException("A PolicyException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).message();
        }
        return problems.size() + " problems in the policy:\n"
                + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
    }
}
