package io.archadvisor.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How enum constants are written in YAML, JSON and messages: lower kebab case ({@code PCI_DSS} is {@code pci-dss}). */
public final class EnumNames {

    private EnumNames() {}

    /** The constant's written name, such as {@code pci-dss}. */
    @SuppressWarnings("EnumOrdinal") // an index into the names worked out from getEnumConstants(), in that order
    public static String kebab(Enum<?> constant) {
        return KEBABS.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    // every enum's written names, worked out once per enum type (rules write them for many nodes of every advice)
    private static final ClassValue<String[]> KEBABS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < names.length; i++) {
                names[i] =
                        ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return names;
        }
    };

    /** Every constant's written name, in declaration order. */
    public static List<String> kebabs(Class<?> enumType) {
        List<String> out = new ArrayList<>();
        for (Object c : enumType.getEnumConstants()) {
            out.add(kebab((Enum<?>) c));
        }
        return out;
    }

    /** The constant written as {@code text} (case-insensitive, {@code _} read as {@code -}), if any. */
    public static Optional<Enum<?>> constant(Class<?> enumType, String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('_', '-');
        for (Object c : enumType.getEnumConstants()) {
            if (kebab((Enum<?>) c).equals(normal)) {
                return Optional.of((Enum<?>) c);
            }
        }
        return Optional.empty();
    }
}
