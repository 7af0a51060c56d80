package io.archadvisor.catalog;

import io.archadvisor.base.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A version as people write it: {@code 17}, {@code 16.4}, {@code 2.7.18}, {@code v20.11.1}, {@code 3.2.x},
 * {@code 1.22rc1}, {@code 5.0.0-beta.3}, {@code 2.1.0.RELEASE}, {@code 25.0.4.1+1}, and Java's {@code 8u502-b07}
 * (read as {@code 8.0.502+b07}). Versions are totally ordered:
 * numbers compare numerically (missing ones count as zero), a pre-release comes before its release
 * ({@code dev < alpha < beta < milestone < rc < snapshot < release}), and ties are broken by wildcard, precision and
 * build so that {@code compareTo} is consistent with {@code equals}.
 *
 * <p>A version also stands for the set of versions it is a prefix of: {@code 2.7} is every {@code 2.7.*}, which is
 * what {@link #lowerBound()} and {@link #upperBound()} describe.
 */
public final class Version implements Comparable<Version> {

    private static final Pattern SHAPE = Pattern.compile(
            "[vV]?(\\d+(?:\\.\\d+)*)(\\.[xX*])?(?:[-._]?([A-Za-z]+)(?:[-.]?(\\d+))?)?(?:\\+([0-9A-Za-z.-]+))?");

    private static final Pattern JAVA_UPDATE = Pattern.compile("[vV]?(\\d{1,9})u(\\d{1,9})(?:-(b\\d{1,9}))?");

    // rules review the same few versions on every advice: parse each text once (bounded, as texts come from input)
    private static final Memo<String, Optional<Version>> PARSED = new Memo<>(4_096);

    private static final List<String> RANKED = List.of("dev", "alpha", "beta", "milestone", "rc", "snapshot");

    private final List<Long> numbers;
    private final boolean wildcard;
    private final @Nullable String label;
    private final long labelNumber;
    private final @Nullable String build;
    private int hash; // computed on first use, as String does
    private @Nullable String text; // likewise

    private Version(
            List<Long> numbers, boolean wildcard, @Nullable String label, long labelNumber, @Nullable String build) {
        this.numbers = List.copyOf(numbers);
        this.wildcard = wildcard;
        this.label = label;
        this.labelNumber = labelNumber;
        this.build = build;
    }

    /**
     * Parses a version.
     *
     * @throws IllegalArgumentException naming the text and the accepted shapes when it is not a version
     */
    public static Version parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new InvalidValueException("`" + text + "` is not a version;"
                        + " write numbers separated by dots, optionally with a leading v, a trailing .x, a pre-release tag"
                        + " and a build, such as 17, 3.2.x, 2.7.18, v20.11.1, 1.22rc1 or 5.0.0-beta.3"));
    }

    /** Parses a version, or returns empty when the text is not one. */
    public static Optional<Version> tryParse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        return PARSED.get(text, Version::read);
    }

    /** Longer texts are no version; matching thousands of dot-separated parts would overflow the regex's stack. */
    private static final int MAX_LENGTH = 128;

    private static Optional<Version> read(String text) {
        if (text.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher update = JAVA_UPDATE.matcher(text.strip());
        if (update.matches()) {
            return Optional.of(new Version(
                    List.of(Long.parseLong(update.group(1)), 0L, Long.parseLong(update.group(2))),
                    false,
                    null,
                    -1,
                    update.group(3)));
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Long> numbers = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            if (part.length() > 18) {
                return Optional.empty();
            }
            numbers.add(Long.parseLong(part));
        }
        boolean wildcard = m.group(2) != null;
        String label = m.group(3) == null ? null : canonicalLabel(m.group(3));
        long labelNumber = -1;
        if (m.group(4) != null) {
            if (m.group(4).length() > 18) {
                return Optional.empty();
            }
            labelNumber = Long.parseLong(m.group(4));
        }
        if (label != null && label.equals("x")) {
            return Optional.empty();
        }
        if (label != null && label.equals("release")) {
            if (labelNumber >= 0) {
                return Optional.empty();
            }
            label = null;
        }
        if (wildcard && (label != null || m.group(5) != null)) {
            return Optional.empty();
        }
        return Optional.of(new Version(numbers, wildcard, label, labelNumber, m.group(5)));
    }

    private static String canonicalLabel(String raw) {
        String l = raw.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "a", "alpha" -> "alpha";
            case "b", "beta" -> "beta";
            case "m", "milestone", "pre", "preview" -> "milestone";
            case "c", "rc", "cr" -> "rc";
            case "final", "ga", "release" -> "release";
            default -> l;
        };
    }

    /** A version from its numbers, such as {@code Version.of(3, 2)}. */
    public static Version of(long... numbers) {
        if (numbers.length == 0) {
            throw new InvalidValueException("A version needs at least one number");
        }
        List<Long> list = new ArrayList<>();
        for (long n : numbers) {
            if (n < 0) {
                throw new InvalidValueException("Version numbers must be ≥ 0, got " + n);
            }
            list.add(n);
        }
        return new Version(list, false, null, -1, null);
    }

    /** The numbers as written, at least one. */
    public List<Long> numbers() {
        return numbers;
    }

    /** The first number. */
    public long major() {
        return numbers.get(0);
    }

    /** How many numbers were written: {@code 3.2} has 2. */
    public int precision() {
        return numbers.size();
    }

    /** Whether it ends in {@code .x} or {@code .*}. */
    public boolean isWildcard() {
        return wildcard;
    }

    /** Whether it is a pre-release such as {@code rc1} or {@code beta.3}. */
    public boolean isPreRelease() {
        return label != null;
    }

    /** The lowest version of the set this one stands for: the version itself, as a release. */
    public Version lowerBound() {
        if (!wildcard && build == null) {
            return this;
        }
        return new Version(numbers, false, label, labelNumber, null);
    }

    /**
     * The first version after the set this one stands for (exclusive): {@code 2.7} → {@code 2.8}, {@code 17} →
     * {@code 18}. A pre-release stands only for itself, so its upper bound is itself.
     */
    public Version upperBound() {
        if (label != null) {
            return lowerBound();
        }
        List<Long> next = new ArrayList<>(numbers);
        next.set(next.size() - 1, next.get(next.size() - 1) + 1);
        return new Version(next, false, null, -1, null);
    }

    /** Whether this version lies in the line {@code line}: {@code 3.2.5} and {@code 3.2.x} lie in {@code 3.2}. */
    public boolean isIn(Version line) {
        int n = line.numbers.size();
        if (numbers.size() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (numbers.get(i).longValue() != line.numbers.get(i).longValue()) {
                return false;
            }
        }
        return true;
    }

    /** Whether this version, read as the set it stands for, is wider than the line (so it spans several lines). */
    public boolean spans(Version line) {
        return line.isIn(this) && numbers.size() < line.numbers.size();
    }

    @Override
    public int compareTo(Version o) {
        int c = compareRelease(o);
        if (c != 0) {
            return c;
        }
        if (wildcard != o.wildcard) {
            return wildcard ? 1 : -1;
        }
        if (numbers.size() != o.numbers.size()) {
            return Integer.compare(numbers.size(), o.numbers.size());
        }
        if (!Objects.equals(build, o.build)) {
            if (build == null) {
                return -1;
            }
            if (o.build == null) {
                return 1;
            }
            return build.compareTo(o.build);
        }
        return 0;
    }

    // the numbers (missing ones read as 0), then the pre-release label and its number; allocates nothing
    private int compareRelease(Version o) {
        int n = Math.max(numbers.size(), o.numbers.size());
        for (int i = 0; i < n; i++) {
            long a = i < numbers.size() ? numbers.get(i) : 0;
            long b = i < o.numbers.size() ? o.numbers.get(i) : 0;
            if (a != b) {
                return Long.compare(a, b);
            }
        }
        if (!Objects.equals(label, o.label)) {
            if (label == null) {
                return 1;
            }
            if (o.label == null) {
                return -1;
            }
            int byRank = Integer.compare(rank(label), rank(o.label));
            return byRank != 0 ? byRank : label.compareTo(o.label);
        }
        return Long.compare(labelNumber, o.labelNumber);
    }

    private static int rank(String label) {
        int r = RANKED.indexOf(label);
        return r < 0 ? -1 : r;
    }

    /** Whether this version comes before the other, ignoring precision: {@code 3.2} is not before {@code 3.2.0}. */
    public boolean isBefore(Version other) {
        return compareNumerically(other) < 0;
    }

    /** Compares as {@link #compareTo} does, but without the tie-breaks: {@code 3.2} and {@code 3.2.0} are equal. */
    public int compareNumerically(Version other) {
        // compareTo without the wildcard and the build, where numbers that differ only by trailing zeros are equal
        // when neither version is a pre-release
        int c = compareRelease(other);
        if (c != 0) {
            return c;
        }
        return label == null ? 0 : Integer.compare(numbers.size(), other.numbers.size());
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Version v
                && numbers.equals(v.numbers)
                && wildcard == v.wildcard
                && Objects.equals(label, v.label)
                && labelNumber == v.labelNumber
                && Objects.equals(build, v.build);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(numbers, wildcard, label, labelNumber, build);
            hash = h;
        }
        return h;
    }

    /** The canonical form: numbers, {@code .x}, {@code -label}{@code number}, {@code +build}; no leading v. */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = canonical();
            text = t;
        }
        return t;
    }

    private String canonical() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(numbers.get(i));
        }
        if (wildcard) {
            sb.append(".x");
        }
        if (label != null) {
            sb.append('-').append(label);
            if (labelNumber >= 0) {
                sb.append(labelNumber);
            }
        }
        if (build != null) {
            sb.append('+').append(build);
        }
        return sb.toString();
    }
}
