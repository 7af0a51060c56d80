package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generative properties of {@link Version}: seeded, so a failure names the seed that reproduces it. Each seed draws
 * a batch of version strings in the shapes people write (leading v, wildcards, pre-release tags, builds, Java update
 * numbers) and checks parsing and ordering laws over every pair and triple.
 */
class VersionProperties {

    private static final long BASE_SEED = 20261126L;
    private static final String[] LABELS = {
        "alpha", "a", "beta", "b", "m", "pre", "preview", "rc", "RC", "dev", "snapshot", "SNAPSHOT", "ea"
    };

    static Stream<Long> seeds() {
        return LongStream.range(0, 40).mapToObj(i -> BASE_SEED + i);
    }

    static List<String> draw(long seed, int n) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            if (r.nextInt(5) == 0) {
                sb.append('v');
            }
            int parts = 1 + r.nextInt(4);
            for (int p = 0; p < parts; p++) {
                if (p > 0) {
                    sb.append('.');
                }
                sb.append(r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(30));
            }
            switch (r.nextInt(6)) {
                case 0 -> sb.append(".x");
                case 1 ->
                    sb.append(r.nextBoolean() ? "-" : "")
                            .append(LABELS[r.nextInt(LABELS.length)])
                            .append(
                                    r.nextBoolean()
                                            ? "." + r.nextInt(5)
                                            : r.nextBoolean() ? String.valueOf(r.nextInt(5)) : "");
                case 2 -> sb.append('+').append(r.nextInt(20));
                default -> {}
            }
            out.add(sb.toString());
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parsingTheCanonicalFormGivesTheSameVersion(long seed) {
        for (String text : draw(seed, 60)) {
            Version v = Version.parse(text);
            assertEquals(v, Version.parse(v.toString()), () -> "seed " + seed + ": `" + text + "` → " + v);
            assertEquals(v.hashCode(), Version.parse(v.toString()).hashCode(), () -> "seed " + seed + ": " + text);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOrderIsTotalAntisymmetricAndConsistentWithEquals(long seed) {
        List<Version> vs = draw(seed, 40).stream().map(Version::parse).toList();
        for (Version a : vs) {
            for (Version b : vs) {
                int ab = Integer.signum(a.compareTo(b));
                int ba = Integer.signum(b.compareTo(a));
                assertEquals(-ab, ba, () -> "seed " + seed + ": " + a + " vs " + b);
                assertEquals(ab == 0, a.equals(b), () -> "seed " + seed + ": " + a + " vs " + b);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOrderIsTransitive(long seed) {
        List<Version> vs = draw(seed, 25).stream().map(Version::parse).toList();
        for (Version a : vs) {
            for (Version b : vs) {
                for (Version c : vs) {
                    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                        assertTrue(a.compareTo(c) <= 0, () -> "seed " + seed + ": " + a + " ≤ " + b + " ≤ " + c);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aReleaseVersionLiesWithinItsOwnBounds(long seed) {
        for (String text : draw(seed, 60)) {
            Version v = Version.parse(text);
            if (!v.isPreRelease()) {
                assertTrue(v.lowerBound().compareNumerically(v.upperBound()) < 0, () -> "seed " + seed + ": " + v);
                assertTrue(v.isIn(v.lowerBound()), () -> "seed " + seed + ": " + v);
                assertEquals(
                        Exposure.AFFECTED,
                        new VersionRange(v.lowerBound(), v.upperBound()).exposure(v),
                        () -> "seed " + seed + ": " + v);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void comparingNumericallyIsTheOrderWithoutWildcardBuildAndTrailingZeros(long seed) {
        List<Version> vs = draw(seed, 40).stream().map(Version::parse).toList();
        for (Version a : vs) {
            for (Version b : vs) {
                assertEquals(
                        Integer.signum(numericOracle(a, b)),
                        Integer.signum(a.compareNumerically(b)),
                        () -> "seed " + seed + ": " + a + " vs " + b);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aVersionIsInALineWhenTheLineItsNumbersStartWith(long seed) {
        List<Version> vs = draw(seed, 40).stream().map(Version::parse).toList();
        for (Version a : vs) {
            for (Version b : vs) {
                boolean prefix = a.numbers().size() >= b.numbers().size()
                        && a.numbers().subList(0, b.numbers().size()).equals(b.numbers());
                assertEquals(prefix, a.isIn(b), () -> "seed " + seed + ": " + a + " in " + b);
            }
        }
    }

    // the definition, spelled out: compare the versions without their wildcard and build; release versions whose
    // numbers differ only by trailing zeros (3.2 and 3.2.0) are equal
    private static int numericOracle(Version a, Version b) {
        Version x = Version.parse(withoutWildcardAndBuild(a));
        Version y = Version.parse(withoutWildcardAndBuild(b));
        int c = x.compareTo(y);
        if (c != 0 && !x.isPreRelease() && !y.isPreRelease() && trimmed(x).equals(trimmed(y))) {
            return 0;
        }
        return c;
    }

    private static String withoutWildcardAndBuild(Version v) {
        String s = v.toString();
        int plus = s.indexOf('+');
        s = plus < 0 ? s : s.substring(0, plus);
        return s.replace(".x", "");
    }

    private static List<Long> trimmed(Version v) {
        List<Long> l = new ArrayList<>(v.numbers());
        while (l.size() > 1 && l.get(l.size() - 1) == 0) {
            l.remove(l.size() - 1);
        }
        return l;
    }
}
