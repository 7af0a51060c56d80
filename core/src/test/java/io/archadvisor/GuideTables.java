package io.archadvisor;

import io.archadvisor.facts.AdviceContext;
import io.archadvisor.facts.InputFact;
import io.archadvisor.graph.Node;
import io.archadvisor.internal.Phase;
import io.archadvisor.pack.TypeCatalog;
import io.archadvisor.pack.TypeCatalog.Kind;
import io.archadvisor.pack.TypeCatalog.TypeInfo;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates the tables of docs/extending.md from the code: facts with their properties and requirement paths, nodes
 * with their properties and id patterns, enums with their constants, and the phases.
 */
final class GuideTables {

    private GuideTables() {}

    static String facts() {
        StringBuilder sb = new StringBuilder("| Fact | Properties | From (requirements path) |\n|---|---|---|\n");
        for (TypeInfo t : TypeCatalog.types(Kind.FACT)) {
            String from = t.type() == AdviceContext.class
                    ? "the advisor's clock (`Advisor.Builder.clock`)"
                    : t.type() == io.archadvisor.facts.Unknown.class
                            ? "every field that is not known (`dimension`)"
                            : paths(t.type()).stream().map(p -> "`" + p + "`").collect(Collectors.joining(" or "));
            sb.append("| `")
                    .append(t.name())
                    .append("` | ")
                    .append(properties(t))
                    .append(" | ")
                    .append(from)
                    .append(" |\n");
        }
        return sb.toString();
    }

    static String nodes() {
        StringBuilder sb = new StringBuilder("| Node | Properties | Id |\n|---|---|---|\n");
        for (TypeInfo t : TypeCatalog.types(Kind.NODE)) {
            sb.append("| `")
                    .append(t.name())
                    .append("` | ")
                    .append(properties(t))
                    .append(" | `")
                    .append(idPattern(t.type()))
                    .append("` |\n");
        }
        return sb.toString();
    }

    static String enums() {
        StringBuilder sb = new StringBuilder("| Enum | Package | Constants |\n|---|---|---|\n");
        for (TypeInfo t : TypeCatalog.types(Kind.ENUM)) {
            if (t.type() == io.archadvisor.facts.Dimension.class) {
                continue;
            }
            sb.append("| `")
                    .append(t.name())
                    .append("` | ")
                    .append(t.packageName())
                    .append(" | ")
                    .append(String.join(", ", t.propertyNames()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    static String phases() {
        StringBuilder sb =
                new StringBuilder("| Order | Phase | `agenda-group` | What runs there |\n|---|---|---|---|\n");
        String[] what = {
            "facts become signals: arguments for or against patterns, derived traits",
            "signals are weighed into verdicts: pattern assessments, the primary recommendation, open questions",
            "advice over the chosen design: anti-patterns, guidance, technologies, risks, roadmap, company policies",
            "rules without an `agenda-group`",
            "the pre-response checklist over the finished graph"
        };
        int i = 0;
        for (Phase p : Phase.inOrder()) {
            sb.append("| ")
                    .append(i + 1)
                    .append(" | `")
                    .append(p)
                    .append("` | `")
                    .append(p.agendaGroup())
                    .append("` | ")
                    .append(what[i])
                    .append(" |\n");
            i++;
        }
        return sb.toString();
    }

    private static String properties(TypeInfo t) {
        return t.properties().stream()
                .map(p -> "`" + p.name() + "`: " + p.type().replace("<", "&lt;").replace(">", "&gt;"))
                .collect(Collectors.joining(", "));
    }

    /** The requirement paths a fact type reports, found by making instances with placeholder values. */
    private static List<String> paths(Class<?> type) {
        Set<String> out = new LinkedHashSet<>();
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return List.of();
        }
        List<Object[]> variants = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isEnum() && components[i].getName().equals("origin")) {
                for (Object constant : components[i].getType().getEnumConstants()) {
                    variants.add(placeholders(components, i, constant));
                }
            }
        }
        if (variants.isEmpty()) {
            variants.add(placeholders(components, -1, null));
        }
        for (Object[] args : variants) {
            try {
                InputFact f = (InputFact) canonical(type).newInstance(args);
                out.add(f.path().replaceAll("\\[0]", "[i]"));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a placeholder the record rejects: no path for this variant
            }
        }
        return List.copyOf(out);
    }

    private static String idPattern(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return "";
        }
        Object[] args = placeholders(components, -1, null);
        try {
            String id = ((Node) canonical(type).newInstance(args)).id();
            for (int i = 0; i < components.length; i++) {
                if (args[i] instanceof io.archadvisor.facts.Dimension d) {
                    id = id.replace(d.path(), "<" + components[i].getName() + ".path>");
                }
                if (args[i] instanceof Enum<?> e) {
                    id = id.replace(e.name(), "<" + components[i].getName() + ">");
                    id = id.replace(e.toString(), "<" + components[i].getName() + ">");
                }
            }
            return id;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "(see the type)";
        }
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        return type.getDeclaredConstructor(types);
    }

    private static Object[] placeholders(RecordComponent[] components, int fixed, Object value) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> c = components[i].getType();
            if (i == fixed) {
                args[i] = value;
            } else if (c == String.class) {
                args[i] = "<" + components[i].getName() + ">";
            } else if (c == int.class || c == Integer.class) {
                args[i] = components[i].getName().equals("weight")
                                || components[i].getName().equals("order")
                        ? 1
                        : 0;
            } else if (c == long.class || c == Long.class) {
                args[i] = 0L;
            } else if (c == double.class || c == Double.class) {
                args[i] = 0.0;
            } else if (c == boolean.class || c == Boolean.class) {
                args[i] = false;
            } else if (c == List.class) {
                args[i] = List.of();
            } else if (c.isEnum()) {
                args[i] = c.getEnumConstants()[0];
            } else if (c == java.time.LocalDate.class) {
                args[i] = java.time.LocalDate.of(2026, 1, 1);
            } else {
                args[i] = null;
            }
        }
        return args;
    }
}
