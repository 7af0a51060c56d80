package io.archadvisor.internal;

import io.archadvisor.base.Suggestions;
import io.archadvisor.pack.TypeCatalog;
import io.archadvisor.pack.TypeCatalog.Kind;
import io.archadvisor.pack.TypeCatalog.TypeInfo;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Hints for the rule compiler's most common messages, naming the types and properties a rule can use. */
final class RuleHints {

    /**
     * A hint and the identifier the error is about, which the compiler uses to find the error's column.
     *
     * @param text the hint, or {@code null} when there is none
     * @param token the identifier the message is about, or {@code null}
     */
    record Hint(String text, String token) {}

    private static final Pattern UNKNOWN_TYPE =
            Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'|([\\w.$]+) cannot be resolved to a type"
                    + "|Unable to find class '?([\\w.$]+)'?");
    private static final Pattern STRICT_METHOD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNDEFINED_METHOD =
            Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined for the type ([\\w.$]+)");
    private static final Pattern UNDEFINED_CONSTRUCTOR =
            Pattern.compile("The constructor ([\\w.$]+)\\(([^)]*)\\) is undefined");
    private static final Pattern NOT_A_FIELD = Pattern.compile("(\\w+) cannot be resolved or is not a field");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("[Uu]nknown field:? ?(\\w+)|field (\\w+) not found");

    private RuleHints() {}

    static String hint(String message) {
        return analyse(message).text();
    }

    static Hint analyse(String message) {
        Matcher m = UNKNOWN_TYPE.matcher(message);
        if (m.find()) {
            String name = first(m);
            return new Hint(unknownType(name), simple(name));
        }
        m = STRICT_METHOD.matcher(message);
        if (m.find()) {
            return new Hint(unknownProperty(m.group(1), m.group(2)), m.group(2));
        }
        m = UNDEFINED_METHOD.matcher(message);
        if (m.find()) {
            return new Hint(unknownProperty(m.group(2), m.group(1)), m.group(1));
        }
        m = UNDEFINED_CONSTRUCTOR.matcher(message);
        if (m.find()) {
            return new Hint(constructor(m.group(1)), simple(m.group(1)));
        }
        m = NOT_A_FIELD.matcher(message);
        if (m.find()) {
            return new Hint(notAField(m.group(1)), m.group(1));
        }
        m = UNKNOWN_FIELD.matcher(message);
        if (m.find()) {
            String field = m.group(1) != null ? m.group(1) : m.group(2);
            return new Hint(
                    "No type the rule matches has a property `" + field + "`; fact records expose their record"
                            + " components (most facts: `value`, list facts also `index`). See the extension guide's tables.",
                    field);
        }
        if (message.contains("Unable to Analyse Expression") || message.contains("Unable to find")) {
            return new Hint(
                    "Check the property names: fact records expose their record components, such as"
                            + " TeamSize(value < 20); list facts also have `index`.",
                    null);
        }
        if (message.contains("mismatched input '@'")) {
            return new Hint(
                    "An annotation such as @description(...) goes right after the rule's name, before"
                            + " attributes such as agenda-group or salience, and before `when`.",
                    null);
        }
        if (message.contains("mismatched input")
                || message.contains("no viable alternative")
                || message.contains("extraneous input")
                || message.contains("missing ")) {
            return new Hint("A DRL syntax error: check quotes, parentheses, commas and `end` around this place.", null);
        }
        return new Hint(null, null);
    }

    private static String first(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        return "";
    }

    private static String simple(String name) {
        int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
        return dot < 0 ? name : name.substring(dot + 1);
    }

    private static String unknownType(String name) {
        Optional<TypeInfo> exact = TypeCatalog.find(name);
        if (exact.isEmpty() && !name.contains(".")) {
            exact = TypeCatalog.types().stream()
                    .filter(t -> t.type().getSimpleName().equals(name))
                    .findFirst();
        }
        if (exact.isPresent()) {
            TypeInfo t = exact.get();
            return "`" + name + "` is " + t.type().getCanonicalName() + ": add `import " + t.packageName()
                    + ".*;` (or `import " + t.type().getCanonicalName() + ";`) at the top of the file.";
        }
        List<String> all = TypeCatalog.types().stream().map(TypeInfo::name).toList();
        List<String> close = Suggestions.closest(simple(name), all, 3);
        StringBuilder sb = new StringBuilder();
        sb.append("No type `").append(name).append("` is imported.");
        if (!close.isEmpty()) {
            // a close match is the likely fix: name it, and where it lives, without listing every type
            sb.append(" Did you mean ")
                    .append(close.stream()
                            .map(c -> "`" + c + "`"
                                    + TypeCatalog.find(c)
                                            .map(t -> " (" + t.packageName() + ")")
                                            .orElse(""))
                            .collect(Collectors.joining(", ")))
                    .append("? Import its package, such as `import io.archadvisor.facts.*;`.");
            return sb.toString();
        }
        sb.append(
                        " Import the packages with `import io.archadvisor.facts.*; import io.archadvisor.graph.*;`. Fact types: ")
                .append(names(Kind.FACT))
                .append(". Node types: ")
                .append(names(Kind.NODE))
                .append(". Enums (io.archadvisor.model, io.archadvisor.graph): ")
                .append(names(Kind.ENUM))
                .append('.');
        return sb.toString();
    }

    private static String names(Kind kind) {
        return TypeCatalog.types(kind).stream().map(TypeInfo::name).collect(Collectors.joining(", "));
    }

    private static String unknownProperty(String typeName, String property) {
        Optional<TypeInfo> type = TypeCatalog.find(typeName);
        if (type.isEmpty()) {
            type = TypeCatalog.types().stream()
                    .filter(t -> t.type().getSimpleName().equals(simple(typeName)))
                    .findFirst();
        }
        if (type.isEmpty()) {
            return "`" + simple(typeName) + "` has no property or method `" + property + "`.";
        }
        TypeInfo t = type.get();
        List<String> names = t.propertyNames();
        List<String> close = Suggestions.closest(property, names, 2);
        String what = t.type().isEnum() ? "constant" : "property";
        return "`" + t.name() + "` has no " + what + " `" + property + "`"
                + (close.isEmpty()
                        ? "."
                        : "; did you mean "
                                + close.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")) + "?")
                + (t.type().isEnum() ? " Its constants: " : " Its properties: ")
                + (t.properties().isEmpty()
                        ? "none"
                        : t.properties().stream().map(Object::toString).collect(Collectors.joining(", ")))
                + ".";
    }

    private static String constructor(String typeName) {
        Optional<TypeInfo> type = TypeCatalog.find(simple(typeName));
        if (type.isEmpty() || !type.get().type().isRecord()) {
            return null;
        }
        TypeInfo t = type.get();
        return "Construct it with every component, in order: new " + t.name() + "("
                + t.properties().stream().map(Object::toString).collect(Collectors.joining(", ")) + ").";
    }

    private static String notAField(String name) {
        for (TypeInfo t : TypeCatalog.types(Kind.ENUM)) {
            List<String> close = Suggestions.closest(name, t.propertyNames(), 1);
            if (!close.isEmpty()) {
                return "No field `" + name + "`. If you meant the enum constant " + t.name() + "." + close.get(0)
                        + ", the constants of " + t.name() + " are: " + String.join(", ", t.propertyNames()) + ".";
            }
        }
        return null;
    }
}
