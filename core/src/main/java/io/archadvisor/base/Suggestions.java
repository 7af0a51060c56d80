package io.archadvisor.base;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for every message of the library: candidates close to a misspelt name, by edit distance (insertions,
 * deletions, substitutions and adjacent transpositions), case-insensitive and with {@code _} read as {@code -}.
 *
 * <p>A candidate is <em>close</em> when its distance is at most a third of the wanted name's length (at least 1, and
 * at most 3 plus a tenth of the length), when one name starts with the other and the shorter has at least three
 * characters, or when one contains the other and the shorter has at least four.
 */
public final class Suggestions {

    /** Names longer than this are only compared for equality, so a hostile name cannot make a message slow. */
    private static final int MAX_COMPARED_LENGTH = 64;

    private Suggestions() {}

    /** The closest candidate, if one is close; among equally close ones, the first by name. */
    public static Optional<String> best(String wanted, Collection<String> candidates) {
        return closest(wanted, candidates, 1).stream().findFirst();
    }

    /** Up to {@code max} close candidates, closest first, then by name. */
    public static List<String> closest(String wanted, Collection<String> candidates, int max) {
        String w = normal(wanted);
        int limit = limit(w);
        return candidates.stream()
                .distinct()
                .map(c -> score(c, w, normal(c), limit))
                .filter(Scored::close)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(max)
                .map(Scored::name)
                .toList();
    }

    /** The {@code max} nearest candidates however far they are, nearest first, then by name. */
    public static List<String> nearest(String wanted, Collection<String> candidates, int max) {
        String w = normal(wanted);
        return candidates.stream()
                .distinct()
                .sorted(Comparator.comparingInt((String c) -> distance(w, normal(c)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(max)
                .toList();
    }

    private static int limit(String wanted) {
        return Math.max(1, Math.min(wanted.length() / 3, 3 + wanted.length() / 10));
    }

    /** A candidate's distance (an affix counts at most 2) and whether it is close. */
    private static Scored score(String name, String wanted, String candidate, int limit) {
        if (candidate.equals(wanted)) {
            return new Scored(name, 0, true);
        }
        int shorter = Math.min(wanted.length(), candidate.length());
        boolean affix = shorter >= 3 && (candidate.startsWith(wanted) || wanted.startsWith(candidate))
                || shorter >= 4 && (candidate.contains(wanted) || wanted.contains(candidate));
        if (!affix && Math.abs(candidate.length() - wanted.length()) > limit) {
            return new Scored(name, Integer.MAX_VALUE, false); // the distance is at least the difference in length
        }
        int d = distance(wanted, candidate);
        return affix ? new Scored(name, Math.min(d, 2), true) : new Scored(name, d, d <= limit);
    }

    private record Scored(String name, int distance, boolean close) {}

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The edit distance with adjacent transpositions (optimal string alignment); names over 64 characters only match equal. */
    public static int distance(String a, String b) {
        if (a.length() > MAX_COMPARED_LENGTH || b.length() > MAX_COMPARED_LENGTH) {
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
