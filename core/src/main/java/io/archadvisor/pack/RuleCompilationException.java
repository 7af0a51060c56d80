package io.archadvisor.pack;

import io.archadvisor.base.ArchAdvisorException;
import java.util.List;
import java.util.stream.Collectors;

/** Rule files did not compile; every error names its file, line and the compiler's text. */
public final class RuleCompilationException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleError> errors;

    /** An exception listing at least one error. */
    public RuleCompilationException(List<RuleError> errors) {
        super(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the rules:\n" + errors.stream()
                .map(e -> "  - " + e.toString().replace("\n", "\n    "))
                .collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** Every error, in file and line order. */
    public List<RuleError> errors() {
        return errors;
    }
}
