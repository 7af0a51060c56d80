package io.archadvisor.render;

import io.archadvisor.base.InvalidValueException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes record fields as JSON and reads them back, by their declared types: strings, {@code int}, {@code long},
 * {@code double}, {@code boolean} (and their boxes), enums (by name), dates (ISO {@code YYYY-MM-DD}), lists, maps with
 * string keys, and nested records.
 * Field order is the record's declaration order, so the JSON is stable. A few fields added to the format after its
 * first version are {@linkplain #OPTIONAL optional}: left out when {@code null}, and {@code null} when missing, so
 * documents written before them still read and documents without them are written as before.
 */
final class RecordCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Fields written only when not {@code null}, as {@code Record.field}. */
    static final java.util.Set<String> OPTIONAL = java.util.Set.of("FactRef.location");

    private RecordCodec() {}

    /** Writes every component of the record into {@code target}, in declaration order. */
    static void writeFields(Record record, ObjectNode target) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value = value(record, c);
            if (value == null && optional(record.getClass(), c)) {
                continue;
            }
            target.set(
                    c.getName(),
                    write(value, c.getGenericType(), record.getClass().getSimpleName() + "." + c.getName()));
        }
    }

    private static @Nullable Object value(Record record, RecordComponent c) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new InvalidValueException(
                    "Cannot read field `" + c.getName() + "` of "
                            + record.getClass().getName() + ": " + e.getMessage()
                            + ". Make the record public or open its package to io.archadvisor.render.",
                    e);
        } catch (InvocationTargetException e) {
            throw new InvalidValueException(
                    "The accessor of field `" + c.getName() + "` of "
                            + record.getClass().getName() + " failed: " + e.getCause(),
                    e.getCause());
        }
    }

    static JsonNode write(@Nullable Object value, Type type, String where) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.stringNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return NODES.numberNode(d);
        }
        if (value instanceof java.math.BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof Enum<?> e) {
            return NODES.stringNode(e.name());
        }
        if (value instanceof java.time.LocalDate d) {
            return NODES.stringNode(d.toString());
        }
        if (value instanceof List<?> list) {
            Type element = typeArgument(type, 0);
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                array.add(write(list.get(i), element, where + "[" + i + "]"));
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            Type element = typeArgument(type, 1);
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new InvalidValueException("Cannot write " + where + ": map keys must be strings, got "
                            + e.getKey().getClass().getName());
                }
                object.set(key, write(e.getValue(), element, where + "." + key));
            }
            return object;
        }
        if (value instanceof Record r) {
            ObjectNode object = NODES.objectNode();
            writeFields(r, object);
            return object;
        }
        throw new InvalidValueException("Cannot write " + where + " of type "
                + value.getClass().getName()
                + " (value " + value + "): node fields must be strings, numbers, booleans, enums, lists, string-keyed"
                + " maps or records.");
    }

    /** Builds a record of {@code type} from the fields of {@code json}, which must hold exactly its components. */
    static <T extends Record> T readRecord(JsonNode json, Class<T> type, String pointer, List<String> ignored) {
        if (json == null || !json.isObject()) {
            throw GraphJsonException.at(pointer, "must be an object with the fields of " + type.getSimpleName(), json);
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = new ArrayList<>();
        for (RecordComponent c : components) {
            names.add(c.getName());
        }
        for (String field : json.propertyNames()) {
            if (!names.contains(field) && !ignored.contains(field)) {
                throw GraphJsonException.at(
                        pointer + "/" + field,
                        "is not a field of " + type.getSimpleName() + " (its fields: " + String.join(", ", names) + ")",
                        json.get(field));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonNode field = json.get(c.getName());
            if (field == null && optional(type, c)) {
                continue;
            }
            if (field == null) {
                throw GraphJsonException.at(
                        pointer + "/" + c.getName(),
                        "is missing: " + type.getSimpleName()
                                + " needs every one of its fields (" + String.join(", ", names) + "); write null for an"
                                + " unknown value",
                        null);
            }
            args[i] = read(field, c.getGenericType(), pointer + "/" + c.getName());
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            // the constructor threw: newInstance wraps that exception, so there always is one
            Throwable cause = java.util.Objects.requireNonNull(e.getCause(), "the constructor's exception");
            throw GraphJsonException.at(
                    pointer,
                    "is not a valid " + type.getSimpleName() + ": "
                            + (cause.getMessage() == null ? cause.toString() : cause.getMessage()),
                    null,
                    cause);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw GraphJsonException.at(
                    pointer,
                    "cannot be built as " + type.getName() + ": " + e
                            + ". Make the record public or open its package to io.archadvisor.render.",
                    json,
                    e);
        }
    }

    /** Whether the field is left out when {@code null}; only fields of the library's own records are. */
    static boolean optional(Class<?> record, RecordComponent c) {
        return record.getName().startsWith("io.archadvisor.graph.")
                && OPTIONAL.contains(record.getSimpleName() + "." + c.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static @Nullable Object read(JsonNode json, Type type, String pointer) {
        if (json.isNull()) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                throw GraphJsonException.at(pointer, "must not be null", json);
            }
            return null;
        }
        Class<?> raw = rawType(type);
        if (raw == String.class) {
            if (!json.isString()) {
                throw GraphJsonException.at(pointer, "must be a string", json);
            }
            return json.stringValue();
        }
        if (raw == int.class || raw == Integer.class) {
            if (!json.isIntegralNumber() || !json.canConvertToInt()) {
                throw GraphJsonException.at(pointer, "must be a whole number", json);
            }
            return json.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            if (!json.isIntegralNumber() || !json.canConvertToLong()) {
                throw GraphJsonException.at(pointer, "must be a whole number", json);
            }
            return json.longValue();
        }
        if (raw == double.class || raw == Double.class) {
            if (!json.isNumber()) {
                throw GraphJsonException.at(pointer, "must be a number", json);
            }
            return json.doubleValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (!json.isBoolean()) {
                throw GraphJsonException.at(pointer, "must be true or false", json);
            }
            return json.booleanValue();
        }
        if (raw.isEnum()) {
            if (!json.isString()) {
                throw GraphJsonException.at(pointer, "must be one of " + enumNames(raw), json);
            }
            try {
                return Enum.valueOf((Class) raw, json.stringValue());
            } catch (IllegalArgumentException e) {
                throw GraphJsonException.at(pointer, "must be one of " + enumNames(raw), json);
            }
        }
        if (raw == java.time.LocalDate.class) {
            try {
                return java.time.LocalDate.parse(json.isString() ? json.stringValue() : "");
            } catch (java.time.format.DateTimeParseException e) {
                throw GraphJsonException.at(pointer, "must be a date written as YYYY-MM-DD", json);
            }
        }
        if (raw == List.class) {
            if (!json.isArray()) {
                throw GraphJsonException.at(pointer, "must be an array", json);
            }
            Type element = typeArgument(type, 0);
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < json.size(); i++) {
                list.add(read(json.get(i), element, pointer + "/" + i));
            }
            return Collections.unmodifiableList(list);
        }
        if (raw == Map.class) {
            if (!json.isObject()) {
                throw GraphJsonException.at(pointer, "must be an object", json);
            }
            Type element = typeArgument(type, 1);
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                map.put(e.getKey(), read(e.getValue(), element, pointer + "/" + e.getKey()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (raw.isRecord()) {
            return readRecord(json, (Class<? extends Record>) raw, pointer, List.of());
        }
        throw GraphJsonException.at(pointer, "has a type JSON cannot hold: " + type.getTypeName(), json);
    }

    private static String enumNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object o : type.getEnumConstants()) {
            names.add(((Enum<?>) o).name());
        }
        return String.join(", ", names);
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
