package io.archadvisor.yaml;

import io.archadvisor.base.EnumNames;
import io.archadvisor.base.Location;
import io.archadvisor.base.Problem;
import io.archadvisor.base.ProblemsException;
import io.archadvisor.base.Suggestions;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds a {@link YamlNode} tree to the requirement records by reflection over their components, collecting every
 * problem (unknown field, wrong type, unknown enum value, and each constraint the records' own constructors check,
 * relocated to its full path and source location). A record is only built when all its values are valid; the
 * caller throws when any problem was found, so no partly-filled model ever escapes.
 */
final class RecordBinder {

    /** The marker for a value that could not be bound; its problems are already recorded. */
    private static final Object FAILED = new Object();

    private final ReadLimits limits;
    private final Problems problems;

    RecordBinder(ReadLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** The document as a {@code type} record, or empty when any problem was recorded while binding. */
    <T> Optional<T> bind(Class<T> type, YamlNode root) {
        Object value = bind(type, root, "");
        return value == FAILED || value == null ? Optional.empty() : Optional.of(type.cast(value));
    }

    private @Nullable Object bind(Type type, YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s && s.isInvalid()) {
            return FAILED; // already reported where it was read
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return text(node, path);
        }
        if (raw == Integer.class) {
            Object n = whole(node, path, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
            return n == FAILED ? FAILED : Integer.valueOf(((BigInteger) n).intValueExact());
        }
        if (raw == Long.class) {
            Object n = whole(node, path, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
            return n == FAILED ? FAILED : Long.valueOf(((BigInteger) n).longValueExact());
        }
        if (raw == Double.class) {
            return decimal(node, path);
        }
        if (raw == Boolean.class) {
            if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOLEAN) {
                return s.bool();
            }
            return fail(path, node, "must be true or false");
        }
        if (raw.isEnum()) {
            return constant(raw, node, path);
        }
        if (raw == LocalDate.class) {
            return date(node, path);
        }
        if (raw == List.class) {
            return list(((ParameterizedType) type).getActualTypeArguments()[0], node, path);
        }
        if (raw.isRecord()) {
            if (node instanceof YamlNode.Mapping m) {
                return record(raw, m, path);
            }
            return fail(path, node, "must be a mapping with the fields " + String.join(", ", fieldNames(raw)));
        }
        throw new IllegalStateException("A record to read uses a type the YAML reader does not know: " + type);
    }

    private Object text(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.BOOLEAN) {
            return s.text();
        }
        if (node instanceof YamlNode.Scalar s) {
            return fail(path, node, "must be text; write \"" + s.text() + "\" in quotes if this is meant as text");
        }
        return fail(path, node, "must be text");
    }

    private Object whole(YamlNode node, String path, BigInteger min, BigInteger max) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INTEGER) {
            if (integer(s).compareTo(min) < 0 || integer(s).compareTo(max) > 0) {
                return fail(path, node, "must be a whole number between " + min + " and " + max);
            }
            return integer(s);
        }
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.FLOAT) {
            return fail(path, node, "must be a whole number");
        }
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING) {
            return fail(path, node, "must be a whole number, not text");
        }
        return fail(path, node, "must be a whole number");
    }

    private Object decimal(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INTEGER) {
            double d = integer(s).doubleValue();
            return Double.isFinite(d) ? (Object) d : fail(path, node, "must be a finite number");
        }
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.FLOAT) {
            return Double.isFinite(s.floating()) ? (Object) s.floating() : fail(path, node, "must be a finite number");
        }
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING) {
            return fail(path, node, "must be a number, not text");
        }
        return fail(path, node, "must be a number");
    }

    private Object date(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.BOOLEAN) {
            try {
                return LocalDate.parse(s.text());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        return fail(path, node, "must be a date written YYYY-MM-DD, such as 2026-12-31");
    }

    private Object constant(Class<?> type, YamlNode node, String path) {
        List<String> allowed = EnumNames.kebabs(type);
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING) {
            Optional<Enum<?>> c = EnumNames.constant(type, s.text());
            if (c.isPresent()) {
                return c.get();
            }
            String hint = Suggestions.best(s.text(), allowed)
                    .map(x -> "; did you mean `" + x + "`?")
                    .orElse("");
            return fail(path, node, "must be one of " + String.join(", ", allowed) + hint);
        }
        return fail(path, node, "must be one of " + String.join(", ", allowed));
    }

    private Object list(Type itemType, YamlNode node, String path) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            if (node instanceof YamlNode.Scalar s) {
                return fail(path, node, "must be a list; write [" + s.text() + "] for a single item");
            }
            return fail(path, node, "must be a list");
        }
        if (path.equals("proposal.services") && !withinServiceLimits(seq, path)) {
            return FAILED;
        }
        List<Object> out = new ArrayList<>(seq.items().size());
        boolean failed = false;
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String itemPath = path + "[" + i + "]";
            if (item instanceof YamlNode.Scalar s && s.isNull()) {
                problems.add(itemPath, null, item.location(), "must not be empty");
                failed = true;
                continue;
            }
            Object value = bind(itemType, item, itemPath);
            if (value == FAILED) {
                failed = true;
            } else {
                out.add(value);
            }
        }
        return failed ? FAILED : out;
    }

    private boolean withinServiceLimits(YamlNode.Sequence services, String path) {
        if (services.items().size() > limits.maxServices()) {
            problems.add(
                    path,
                    services.items().size() + " services",
                    services.location(),
                    "has more services than the limit of " + limits.maxServices() + "; raise it with "
                            + problems.tuning() + ".maxServices(...) if this is intended");
            return false;
        }
        long calls = 0;
        for (YamlNode item : services.items()) {
            if (item instanceof YamlNode.Mapping m) {
                for (YamlNode.Entry e : m.entries()) {
                    if (e.key().equals("calls") && e.value() instanceof YamlNode.Sequence s) {
                        calls += s.items().size();
                    }
                }
            }
        }
        if (calls > limits.maxDependencies()) {
            problems.add(
                    path,
                    calls + " calls",
                    services.location(),
                    "has more calls between services than the limit of " + limits.maxDependencies() + "; raise it with "
                            + problems.tuning() + ".maxDependencies(...) if this is intended");
            return false;
        }
        return true;
    }

    private Object record(Class<?> type, YamlNode.Mapping mapping, String path) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = fieldNames(type);
        Object[] args = new Object[components.length];
        YamlNode[] nodes = new YamlNode[components.length];
        boolean[] failedComponents = new boolean[components.length];
        boolean[] clamped = new boolean[components.length];
        Set<String> suggested = new HashSet<>();
        boolean failed = false;
        for (YamlNode.Entry entry : mapping.entries()) {
            int index = names.indexOf(entry.key());
            String childPath = TreeReader.join(path, entry.key());
            if (index < 0) {
                unknownField(names, entry, childPath, path).ifPresent(suggested::add);
                failed = true;
                continue;
            }
            nodes[index] = entry.value();
            Object extreme = clampedWhole(components[index].getType(), entry.value());
            if (extreme != null) {
                // too large or small for Java: the record's own bound (such as ≥ 0) speaks first, with the value as
                // written
                args[index] = extreme;
                clamped[index] = true;
                continue;
            }
            Object value = bind(components[index].getGenericType(), entry.value(), childPath);
            if (value == FAILED) {
                failed = true;
                failedComponents[index] = true;
                // a valid stand-in, so that the record's own checks still run on the other values
                args[index] = placeholder(components[index].getType());
            } else {
                args[index] = value;
            }
        }
        // a required field that an unknown key was suggested for is the same mistake: report it once
        for (int i = 0; i < components.length; i++) {
            failedComponents[i] |= nodes[i] == null && suggested.contains(names.get(i));
        }
        Object built = construct(type, components, args, nodes, failedComponents, mapping, path);
        for (int i = 0; i < components.length; i++) {
            String childPath = TreeReader.join(path, names.get(i));
            if (clamped[i] && !problems.has(childPath)) {
                YamlNode.Scalar s = (YamlNode.Scalar) nodes[i];
                boolean large = integer(s).signum() > 0;
                Object bound = large
                        ? (components[i].getType() == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE)
                        : (components[i].getType() == Integer.class ? Integer.MIN_VALUE : Long.MIN_VALUE);
                problems.add(
                        childPath,
                        s.display(),
                        s.location(),
                        "must be a whole number " + (large ? "≤ " : "≥ ") + bound);
                failed = true;
            }
        }
        return failed ? FAILED : built;
    }

    /** The nearest value a whole-number field can hold, when the number written is beyond it; otherwise null. */
    private static @Nullable Object clampedWhole(Class<?> type, YamlNode node) {
        if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.INTEGER) {
            return null;
        }
        BigInteger n = integer(s);
        if (type == Integer.class && n.bitLength() > 31) {
            return n.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }
        if (type == Long.class && n.bitLength() > 63) {
            return n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return null;
    }

    /** Reports an unknown key; returns the field suggested instead, if any. */
    private Optional<String> unknownField(List<String> names, YamlNode.Entry entry, String childPath, String path) {
        Optional<String> closest = entry.key().equals("<<") ? Optional.empty() : Suggestions.best(entry.key(), names);
        StringBuilder what =
                new StringBuilder(path.isEmpty() ? "is not " + problems.rootKey() : "is not a field of `" + path + "`");
        if (entry.key().equals("<<")) {
            what.append("; merge keys (<<) are not supported, write the fields out.");
        } else {
            what.append(closest.map(x -> "; did you mean `" + x + "`?").orElse("."));
        }
        what.append(path.isEmpty() ? " The " + problems.rootKeys() + " are: " : " The fields are: ")
                .append(String.join(", ", names));
        problems.add(childPath, null, entry.keyLocation(), what.toString());
        return closest;
    }

    private Object construct(
            Class<?> type,
            RecordComponent[] components,
            Object[] args,
            YamlNode[] nodes,
            boolean[] failedComponents,
            YamlNode.Mapping mapping,
            String path) {
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true); // records private to the reader that declares them
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record without a canonical constructor: " + type, e);
        }
        boolean failed = false;
        Set<String> reported = new HashSet<>();
        // Each round either builds the record or neutralises one more invalid value, so it ends.
        for (int round = 0; round <= 2 * components.length + 1; round++) {
            try {
                Object value = constructor.newInstance(args);
                return failed ? FAILED : value;
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof ProblemsException invalid)) {
                    problems.add(path, null, mapping.location(), "could not be read: " + e.getCause());
                    return FAILED;
                }
                boolean progress = false;
                for (Problem problem : invalid.problems()) {
                    progress |= relocate(problem, components, args, nodes, failedComponents, reported, mapping, path);
                }
                failed = true;
                if (!progress) {
                    return FAILED;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
            }
        }
        return FAILED;
    }

    /**
     * Records a problem a record constructor reported (path such as {@code serviceSpec.datastores[1]}) at its full path
     * and location, and neutralises the offending value so that the next round can find further problems. A problem
     * about a value that already failed to bind, or one already reported, is not repeated.
     */
    private boolean relocate(
            Problem problem,
            RecordComponent[] components,
            Object[] args,
            YamlNode[] nodes,
            boolean[] failedComponents,
            Set<String> reported,
            YamlNode.Mapping mapping,
            String path) {
        String local = problem.path().substring(problem.path().indexOf('.') + 1);
        int bracket = local.indexOf('[');
        String name = bracket < 0 ? local : local.substring(0, bracket);
        int item = -1;
        if (bracket >= 0 && local.endsWith("]")) {
            try {
                item = Integer.parseInt(local.substring(bracket + 1, local.length() - 1));
            } catch (NumberFormatException e) {
                item = -1;
            }
        }
        int index = -1;
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                index = i;
            }
        }
        if (index < 0) {
            problems.add(path, problem.value(), mapping.location(), problem.constraint());
            return false;
        }
        YamlNode node = nodes[index];
        if (item >= 0
                && node instanceof YamlNode.Sequence seq
                && item < seq.items().size()) {
            node = seq.items().get(item);
        }
        String fullPath = TreeReader.join(path, name) + (item >= 0 ? "[" + item + "]" : "");
        if (!failedComponents[index] && reported.add(fullPath)) {
            Location at = node == null ? mapping.location() : node.location();
            String value = node == null ? problem.value() : node.display();
            problems.add(new Problem(fullPath, value, at, problem.constraint()));
        }
        return neutralise(components[index], args, index, item);
    }

    private static boolean neutralise(RecordComponent component, Object[] args, int index, int item) {
        if (item >= 0 && args[index] instanceof List<?> list && item < list.size()) {
            Type itemType = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            Object placeholder = placeholder(raw(itemType));
            if (placeholder == null || placeholder.equals(list.get(item))) {
                return false;
            }
            List<Object> copy = new ArrayList<>(list);
            copy.set(item, placeholder);
            args[index] = copy;
            return true;
        }
        Object placeholder = placeholder(component.getType());
        if (placeholder != null && !placeholder.equals(args[index])) {
            args[index] = placeholder;
            return true;
        }
        if (placeholder == null && args[index] != null) {
            args[index] = null;
            return true;
        }
        return false;
    }

    /** A valid stand-in for a required value, used only to look for further problems in a record already invalid. */
    private static @Nullable Object placeholder(Class<?> type) {
        if (type == String.class) {
            return "placeholder";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Boolean.class) {
            return false;
        }
        return null;
    }

    private Object fail(String path, YamlNode node, String constraint) {
        problems.add(path, node.display(), node.location(), constraint);
        return FAILED;
    }

    static List<String> fieldNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("Unsupported type in the requirements model: " + type);
    }

    /** The value of an integer scalar, which the reader always sets for {@link YamlNode.Kind#INTEGER}. */
    private static BigInteger integer(YamlNode.Scalar s) {
        return Objects.requireNonNull(s.integer(), "an integer scalar has its value");
    }
}
