package io.archadvisor;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the names closest to a misspelt one, for "did you mean" hints. */
final class Similarity {

    private Similarity() {
    }

    /** Up to {@code max} candidates close to {@code wanted}, closest first, ties by name. */
    static List<String> closest(String wanted, Collection<String> candidates, int max) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        record Scored(String name, int distance) {
        }
        return candidates.stream()
                .distinct()
                .map(c -> new Scored(c, score(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= limit)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(max)
                .map(Scored::name)
                .toList();
    }

    private static int score(String wanted, String candidate) {
        if (candidate.equals(wanted)) {
            return 0;
        }
        int d = levenshtein(wanted, candidate);
        if (Math.min(wanted.length(), candidate.length()) >= 4
                && (candidate.contains(wanted) || wanted.contains(candidate))) {
            d = Math.min(d, 2);
        }
        return d;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
