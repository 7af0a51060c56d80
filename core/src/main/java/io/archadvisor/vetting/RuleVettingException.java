package io.archadvisor.vetting;

import io.archadvisor.base.ArchAdvisorException;
import io.archadvisor.base.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Untrusted rules were rejected before compiling because they reach outside the allowed API; every violation names
 * its file, line, column and the offending token.
 */
public final class RuleVettingException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** An exception listing at least one violation. */
    public RuleVettingException(List<Violation> violations) {
        super(message(violations));
        this.violations = List.copyOf(violations);
    }

    private static String message(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new InvalidValueException("A vetting exception needs at least one violation");
        }
        String advice = "\nRules from a source you do not trust may use only the fact, node and model API (see"
                + " VettingPolicy); widen the policy only for classes you have reviewed.";
        if (violations.size() == 1) {
            // led by its file:line:column, like every located error
            return violations.get(0) + "\nThe rules are untrusted; nothing was compiled." + advice;
        }
        return violations.size() + " violations in untrusted rules; nothing was compiled:\n"
                + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n")) + advice;
    }

    /** Every violation, in file, line and column order. */
    public List<Violation> violations() {
        return violations;
    }
}
