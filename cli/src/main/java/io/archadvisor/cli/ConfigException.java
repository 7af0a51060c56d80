package io.archadvisor.cli;

import io.archadvisor.base.Problem;
import io.archadvisor.base.ProblemsException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@code .archadvisor.yaml} is invalid: one line per problem, each starting with {@code file:line:column:} and
 * naming the key, the bad value and what is allowed.
 */
public final class ConfigException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception listing at least one problem. */
    public ConfigException(List<Problem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A ConfigException needs at least one problem");
        }
        return problems.stream().map(ConfigException::line).collect(Collectors.joining("\n"));
    }

    private static String line(Problem p) {
        StringBuilder sb = new StringBuilder();
        p.where().ifPresent(l -> sb.append(l).append(": "));
        sb.append(p.path().isEmpty() ? "the configuration" : "the key `" + p.path() + "`");
        if (p.value() != null) {
            sb.append(p.path().isEmpty() ? " " : " (")
                    .append(p.value())
                    .append(p.path().isEmpty() ? "" : ")");
        }
        return sb.append(' ').append(p.constraint()).toString();
    }
}
