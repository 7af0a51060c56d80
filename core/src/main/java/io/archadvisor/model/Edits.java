package io.archadvisor.model;

import io.archadvisor.base.EnumNames;
import io.archadvisor.base.Problem;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Changes one value of immutable {@link Requirements} by path, such as {@code team.size} or
 * {@code proposal.services[2].instances}, returning new requirements. Sections that are unknown are created on the way.
 */
public final class Edits {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

    private Edits() {}

    /**
     * The requirements with the value at {@code path} set. Enum values may be given as the enum or as their YAML
     * spelling ({@code "pci-dss"}); numbers are converted to the field's type.
     *
     * @throws RequirementsException when the path does not exist or the value does not fit the field
     */
    public static Requirements set(Requirements requirements, String path, @Nullable Object value) {
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(path, "path");
        List<String> segments = Arrays.asList(path.split("\\."));
        return (Requirements) set(requirements, Requirements.class, segments, 0, path, value);
    }

    /** The requirements with the value at {@code path} unknown again. */
    public static Requirements clear(Requirements requirements, String path) {
        return set(requirements, path, null);
    }

    private static Object set(
            Object record, Class<?> type, List<String> segments, int i, String path, @Nullable Object value) {
        Matcher m = SEGMENT.matcher(segments.get(i));
        if (!m.matches()) {
            throw fail(path, value, "is not a valid path: use dotted field names such as `team.size`");
        }
        RecordComponent[] components = type.getRecordComponents();
        int index = indexOf(components, m.group(1));
        if (index < 0) {
            throw fail(
                    path,
                    value,
                    "does not exist: `" + m.group(1) + "` is not a field of " + type.getSimpleName()
                            + "; the fields are "
                            + Arrays.stream(components)
                                    .map(RecordComponent::getName)
                                    .collect(Collectors.joining(", ")));
        }
        RecordComponent component = components[index];
        Object[] args = values(record, components);
        boolean last = i == segments.size() - 1;
        if (m.group(2) != null) {
            if (!List.class.isAssignableFrom(component.getType())) {
                throw fail(path, value, "is not a list: `" + m.group(1) + "` cannot take an index");
            }
            Class<?> element = elementType(component);
            List<Object> list = args[index] == null ? new ArrayList<>() : new ArrayList<>((List<?>) args[index]);
            int at = Integer.parseInt(m.group(2));
            if (at >= list.size()) {
                throw fail(path, value, "is out of range: `" + m.group(1) + "` has " + list.size() + " entries");
            }
            list.set(
                    at,
                    last ? convert(path, value, element) : set(list.get(at), element, segments, i + 1, path, value));
            args[index] = list;
        } else if (last) {
            args[index] = value == null ? null : convertComponent(path, value, component);
        } else {
            if (!component.getType().isRecord()) {
                throw fail(path, value, "does not exist: `" + m.group(1) + "` has no fields");
            }
            Object child = args[index] != null ? args[index] : empty(component.getType());
            args[index] = set(child, component.getType(), segments, i + 1, path, value);
        }
        return construct(type, components, args, path);
    }

    private static @Nullable Object convertComponent(String path, Object value, RecordComponent component) {
        if (List.class.isAssignableFrom(component.getType())) {
            if (!(value instanceof List<?> list)) {
                throw fail(path, value, "must be a list");
            }
            Class<?> element = elementType(component);
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                out.add(convert(path, o, element));
            }
            return out;
        }
        return convert(path, value, component.getType());
    }

    private static @Nullable Object convert(String path, @Nullable Object value, Class<?> type) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (type.isEnum() && value instanceof String s) {
            String constant = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(constant)) {
                    return c;
                }
            }
            throw fail(path, value, "must be one of " + String.join(", ", EnumNames.kebabs(type)));
        }
        if (value instanceof Number n) {
            if (type == Integer.class && n.doubleValue() == n.intValue()) {
                return n.intValue();
            }
            if (type == Long.class && n.doubleValue() == n.longValue()) {
                return n.longValue();
            }
            if (type == Double.class) {
                return n.doubleValue();
            }
        }
        if (type == String.class && (value instanceof Number || value instanceof Boolean)) {
            return String.valueOf(value);
        }
        throw fail(path, value, "must be " + article(type.getSimpleName()));
    }

    private static String article(String name) {
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static int indexOf(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Object[] values(Object record, RecordComponent[] components) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                args[i] = components[i].getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + components[i], e);
            }
        }
        return args;
    }

    private static Object empty(Class<?> type) {
        return construct(
                type, type.getRecordComponents(), new Object[type.getRecordComponents().length], type.getSimpleName());
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] args, String path) {
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RequirementsException re) {
                Problem p = re.problems().get(0);
                throw new RequirementsException(List.of(p.relocated(path, null)));
            }
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private static RequirementsException fail(String path, @Nullable Object value, String constraint) {
        return new RequirementsException(List.of(Problem.of(path, value, constraint)));
    }
}
