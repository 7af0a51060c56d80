package io.archadvisor.pack;

import io.archadvisor.base.ArchAdvisorException;
import java.util.List;

/**
 * A rule id given to {@code disableRule}, {@code replaceRule} or {@code onlyRules} is not defined by any loaded pack;
 * the message names the closest ids.
 */
public final class UnknownRuleException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final transient List<String> suggestions;

    /** An unknown rule id met by {@code action}, with close ids as suggestions, out of {@code loaded} rules. */
    public UnknownRuleException(String ruleId, String action, List<String> suggestions, int loaded) {
        super("Cannot " + action + " rule `" + ruleId + "`: no loaded pack defines it ("
                + loaded + (loaded == 1 ? " rule" : " rules") + " loaded)."
                + (suggestions.isEmpty()
                        ? " Check the id against the loaded rules: Advisor.rules(), or `archadvisor rules --ids` on"
                                + " the command line."
                        : " Did you mean "
                                + String.join(
                                        ", ",
                                        suggestions.stream()
                                                .map(s -> "`" + s + "`")
                                                .toList()) + "?"));
        this.ruleId = ruleId;
        this.suggestions = List.copyOf(suggestions);
    }

    /** The id that is not defined. */
    public String ruleId() {
        return ruleId;
    }

    /** The loaded ids closest to it, closest first; empty when none is close. */
    public List<String> suggestions() {
        return suggestions;
    }
}
