package io.archadvisor;

/** Hints for the rule compiler's most common messages. */
final class RuleHints {

    private RuleHints() {
    }

    static String hint(String message) {
        if (message.contains("Unable to resolve ObjectType")) {
            return "Import the fact or node type: facts are in io.archadvisor.facts (e.g. TeamSize, Unknown),"
                    + " nodes in io.archadvisor.graph (e.g. PatternAssessment), enums in io.archadvisor.model.";
        }
        if (message.contains("Unable to Analyse Expression") || message.contains("Unable to find")) {
            return "Check the property name: fact records expose `value` (e.g. TeamSize(value < 20)); list facts also"
                    + " have `index`.";
        }
        if (message.contains("mismatched input") || message.contains("no viable alternative")) {
            return "A DRL syntax error: check quotes, parentheses and `end` around this line.";
        }
        return null;
    }
}
