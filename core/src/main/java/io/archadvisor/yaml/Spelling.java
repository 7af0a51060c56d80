package io.archadvisor.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How enum constants are written in YAML, and "did you mean" suggestions. */
final class Spelling {

    private Spelling() {
    }

    /** The YAML spelling of an enum constant: lower-kebab-case, e.g. {@code PCI_DSS} → {@code pci-dss}. */
    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kebab spellings of every constant of an enum, in declaration order. */
    static List<String> kebabs(Class<?> enumType) {
        List<String> out = new ArrayList<>();
        for (Object c : enumType.getEnumConstants()) {
            out.add(kebab((Enum<?>) c));
        }
        return out;
    }

    /** The constant written as {@code text}: its kebab spelling or its own name, ignoring case. */
    static Optional<Enum<?>> constant(Class<?> enumType, String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('_', '-');
        for (Object c : enumType.getEnumConstants()) {
            if (kebab((Enum<?>) c).equals(normal)) {
                return Optional.of((Enum<?>) c);
            }
        }
        return Optional.empty();
    }

    /** The candidate closest to {@code text}, if it is close enough to be a plausible typo. */
    static Optional<String> closest(String text, Collection<String> candidates) {
        String t = text.toLowerCase(Locale.ROOT).replace('_', '-');
        int allowed = Math.max(1, Math.min(3, t.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            boolean prefix = (c.startsWith(t) || t.startsWith(c)) && Math.min(t.length(), c.length()) >= 3;
            if (!prefix && Math.abs(c.length() - t.length()) > allowed) {
                continue; // the distance is at least the difference in length
            }
            int d = prefix ? 1 : distance(t, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance with adjacent transpositions, bounded for long input. */
    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return a.equals(b) ? 0 : Integer.MAX_VALUE / 2;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
