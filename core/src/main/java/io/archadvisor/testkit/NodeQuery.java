package io.archadvisor.testkit;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Suggestions;
import io.archadvisor.facts.Values;
import io.archadvisor.graph.Node;
import io.archadvisor.pack.TypeCatalog;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Describes the nodes an assertion looks for: a node type and conditions on its properties, which failure messages
 * print. For example {@code NodeQuery.of(AntiPatternFinding.class).where("code", "AP-X").where("subject", "orders")}.
 * Properties are the record components of the node type, plus {@code id} and {@code summary}.
 *
 * @param <T> the node type
 */
public final class NodeQuery<T extends Node> implements Predicate<Node> {

    private record Condition(String description, Predicate<Node> test) {}

    private final Class<T> type;
    private final List<Condition> conditions;

    private NodeQuery(Class<T> type, List<Condition> conditions) {
        this.type = type;
        this.conditions = List.copyOf(conditions);
    }

    /** Every node of this type (a record implementing {@link Node}, or an interface such as a custom node's). */
    public static <T extends Node> NodeQuery<T> of(Class<T> type) {
        return new NodeQuery<>(Objects.requireNonNull(type, "type"), List.of());
    }

    /** The node type. */
    public Class<T> type() {
        return type;
    }

    /**
     * Only nodes whose property equals {@code expected}; an enum property also matches its constant's name or its
     * kebab-case spelling ({@code "HIGH"}, {@code "high"}).
     *
     * @throws IllegalArgumentException when the type has no such property, listing its properties
     */
    public NodeQuery<T> where(String property, Object expected) {
        Method accessor = accessor(property);
        return with(property + " = " + show(expected), n -> equal(read(accessor, n), expected));
    }

    /** Only nodes whose property passes the test; {@code description} says what it checks, for failure messages. */
    public NodeQuery<T> where(String property, Predicate<Object> test, String description) {
        Method accessor = accessor(property);
        Objects.requireNonNull(test, "test");
        return with(property + " " + description, n -> test.test(read(accessor, n)));
    }

    /** Only nodes whose property, as text, contains {@code text}. */
    public NodeQuery<T> whereContains(String property, String text) {
        Objects.requireNonNull(text, "text");
        return where(property, v -> v != null && String.valueOf(v).contains(text), "contains " + show(text));
    }

    /** Only nodes that pass the predicate; {@code description} says what it checks, for failure messages. */
    public NodeQuery<T> matching(String description, Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return with(description, n -> predicate.test(type.cast(n)));
    }

    private NodeQuery<T> with(String description, Predicate<Node> test) {
        List<Condition> c = new ArrayList<>(conditions);
        c.add(new Condition(description, test));
        return new NodeQuery<>(type, c);
    }

    @Override
    public boolean test(Node node) {
        if (!type.isInstance(node)) {
            return false;
        }
        for (Condition c : conditions) {
            if (!c.test().test(node)) {
                return false;
            }
        }
        return true;
    }

    /** The properties conditions may name: the record components, {@code id} and {@code summary}. */
    public List<String> properties() {
        List<String> out = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                out.add(c.getName());
            }
        }
        out.add("id");
        out.add("summary");
        return out;
    }

    private Method accessor(String property) {
        Objects.requireNonNull(property, "property");
        if (properties().contains(property)) {
            try {
                return type.getMethod(property);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
        List<String> close = Suggestions.closest(property, properties(), 2);
        String components = TypeCatalog.properties(type).stream()
                .map(Object::toString)
                .toList()
                .toString();
        throw new InvalidValueException(type.getSimpleName() + " has no property `" + property + "`"
                + (close.isEmpty()
                        ? "."
                        : "; did you mean "
                                + String.join(
                                        ", ",
                                        close.stream().map(c -> "`" + c + "`").toList()) + "?")
                + " Its properties: "
                + (type.isRecord() ? components + " and id, summary" : "id, summary") + ".");
    }

    private static Object read(Method accessor, Node node) {
        try {
            return accessor.invoke(node);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + accessor.getName() + " of " + node, e);
        }
    }

    private static boolean equal(Object actual, Object expected) {
        if (Objects.equals(actual, expected)) {
            return true;
        }
        if (actual instanceof Enum<?> e && expected instanceof String s) {
            return e.name().equals(s) || Values.display(e).equals(s);
        }
        if (actual instanceof Number a && expected instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return false;
    }

    private static String show(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.getSimpleName());
        for (int i = 0; i < conditions.size(); i++) {
            sb.append(i == 0 ? " where " : " and ").append(conditions.get(i).description());
        }
        return sb.toString();
    }
}
