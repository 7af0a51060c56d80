package io.archadvisor.pack;

import io.archadvisor.base.ClasspathScanner;
import io.archadvisor.facts.AdviceContext;
import io.archadvisor.facts.InputFact;
import io.archadvisor.graph.Node;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The types a rule can use, found by scanning the packages {@code io.archadvisor.facts}, {@code io.archadvisor.graph}
 * and {@code io.archadvisor.model}: facts to match, nodes to match and insert, and the
 * enums their properties use. Rule compile errors use it for hints; the extension guide's tables are generated from it.
 */
public final class TypeCatalog {

    /** The packages scanned, in order. */
    public static final List<String> PACKAGES =
            List.of("io.archadvisor.facts", "io.archadvisor.graph", "io.archadvisor.model");

    /** What role a type plays for rules. */
    public enum Kind {
        /** An input fact a rule matches ({@link InputFact} or {@link AdviceContext}). */
        FACT,
        /** A node a rule inserts and other rules match. */
        NODE,
        /** An enum used by fact and node properties. */
        ENUM,
        /** Anything else: relations, helpers, requirement records. */
        OTHER
    }

    /**
     * One property of a type, as DRL reads it ({@code TeamSize(value < 20)}).
     *
     * @param name the property's name
     * @param type its Java type, written with simple names, such as {@code List<String>}
     */
    public record Property(String name, String type) {

        /** Validates the property. */
        public Property {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String toString() {
            return name + ": " + type;
        }
    }

    /**
     * A type rules can use.
     *
     * @param name its name as DRL writes it after importing its package, such as {@code TeamSize} or
     *     {@code Technology.Origin}
     * @param type the class
     * @param kind its role
     * @param properties its record components, or for an enum its constants (with type {@code constant})
     */
    public record TypeInfo(String name, Class<?> type, Kind kind, List<Property> properties) {

        /** Validates and copies. */
        public TypeInfo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(kind, "kind");
            properties = List.copyOf(properties);
        }

        /** The names of its properties, in declaration order. */
        public List<String> propertyNames() {
            return properties.stream().map(Property::name).toList();
        }

        /** The package to import, such as {@code io.archadvisor.facts}. */
        public String packageName() {
            return type.getPackageName();
        }
    }

    private static volatile @Nullable List<TypeInfo> cached;

    private TypeCatalog() {}

    /** Every type, ordered by kind, then package, then name. */
    public static List<TypeInfo> types() {
        List<TypeInfo> c = cached;
        if (c == null) {
            c = scan();
            cached = c;
        }
        return c;
    }

    /** The types of one kind, by package and name. */
    public static List<TypeInfo> types(Kind kind) {
        return types().stream().filter(t -> t.kind() == kind).toList();
    }

    /** The type with this DRL name ({@code TeamSize}) or fully qualified name. */
    public static Optional<TypeInfo> find(String name) {
        return types().stream()
                .filter(t -> t.name().equals(name)
                        || t.type().getName().equals(name)
                        || t.type().getCanonicalName().equals(name))
                .findFirst();
    }

    /** The type of this class, when it is in the catalog. */
    public static Optional<TypeInfo> of(Class<?> type) {
        return types().stream().filter(t -> t.type() == type).findFirst();
    }

    /** The properties of any class: a record's components, an enum's constants, or nothing. */
    public static List<Property> properties(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map(c -> new Property(c.getName(), typeName(c)))
                    .toList();
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants())
                    .map(e -> new Property(((Enum<?>) e).name(), "constant"))
                    .toList();
        }
        return List.of();
    }

    private static String typeName(RecordComponent c) {
        return typeName(c.getGenericType());
    }

    private static String typeName(Type t) {
        if (t instanceof Class<?> c) {
            return drlName(c);
        }
        if (t instanceof ParameterizedType p) {
            return typeName(p.getRawType())
                    + Arrays.stream(p.getActualTypeArguments())
                            .map(TypeCatalog::typeName)
                            .collect(Collectors.joining(", ", "<", ">"));
        }
        return t.getTypeName();
    }

    private static String drlName(Class<?> c) {
        if (c.isArray()) {
            return drlName(c.getComponentType()) + "[]";
        }
        return c.getEnclosingClass() == null
                ? c.getSimpleName()
                : drlName(c.getEnclosingClass()) + "." + c.getSimpleName();
    }

    private static List<TypeInfo> scan() {
        ClassLoader loader = TypeCatalog.class.getClassLoader();
        List<TypeInfo> out = new ArrayList<>();
        for (String pkg : PACKAGES) {
            List<String> names;
            try {
                names = ClasspathScanner.list(loader, pkg.replace('.', '/'), ".class");
            } catch (IOException e) {
                throw new RuleLoadingException("Cannot list the classes of " + pkg + ": " + e, e);
            }
            for (String resource : names) {
                String className = resource.substring(0, resource.length() - ".class".length())
                        .replace('/', '.');
                String local = className.substring(pkg.length() + 1);
                if (local.contains(".") || local.equals("package-info") || local.matches(".*\\$\\d.*")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(className, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (isPublic(type)) {
                    out.add(info(type));
                }
            }
        }
        out.sort(Comparator.comparing(TypeInfo::kind)
                .thenComparing(t -> PACKAGES.indexOf(t.packageName()))
                .thenComparing(TypeInfo::name));
        return List.copyOf(out);
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static TypeInfo info(Class<?> type) {
        Kind kind;
        if (InputFact.class.isAssignableFrom(type) && !type.isInterface() || type == AdviceContext.class) {
            kind = Kind.FACT;
        } else if (Node.class.isAssignableFrom(type) && !type.isInterface()) {
            kind = Kind.NODE;
        } else if (type.isEnum()) {
            kind = Kind.ENUM;
        } else {
            kind = Kind.OTHER;
        }
        return new TypeInfo(drlName(type), type, kind, properties(type));
    }
}
