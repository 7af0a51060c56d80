package io.archadvisor.pack;

import io.archadvisor.base.ArchAdvisorException;
import io.archadvisor.base.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;

/** Rule files did not compile; every error names its file, line and the compiler's text. */
public final class RuleCompilationException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleError> errors;

    /** An exception listing at least one error. */
    public RuleCompilationException(List<RuleError> errors) {
        super(render(errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * One error reads {@code file:line:column: message} and its hint on the next line, so problem matchers find it;
     * several are listed under a count, each led by its place.
     */
    private static String render(List<RuleError> errors) {
        if (errors.isEmpty()) {
            throw new InvalidValueException("A RuleCompilationException needs at least one error");
        }
        if (errors.size() == 1) {
            return errors.get(0).toString();
        }
        return errors.size() + " errors in the rules:\n"
                + errors.stream()
                        .map(e -> "  - " + e.toString().replace("\n", "\n    "))
                        .collect(Collectors.joining("\n"));
    }

    /** Every error, pack by pack and file by file in the order they were given, each file's first error first. */
    public List<RuleError> errors() {
        return errors;
    }
}
