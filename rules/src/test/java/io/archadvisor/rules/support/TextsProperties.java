package io.archadvisor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over random names (seeded; the seed and the name are in every failure message), a slug is what its definition says:
 * the lower-cased name with every run of characters other than a-z and 0-9 turned into one dash, none leading or
 * trailing, and {@code item} when nothing is left.
 */
class TextsProperties {

    private static final long BASE_SEED = 0x51D6_0001L;
    private static final int NAMES = 2_000;
    private static final int[] ALPHABET =
            "abcXYZ019 -_./:@éÉßİı😀\t".codePoints().toArray();

    static LongStream seeds() {
        return LongStream.range(0, NAMES).map(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSlugIsTheNameLowerCasedWithEachRunOfOtherCharactersOneInnerDash(long seed) {
        Random r = new Random(seed);
        StringBuilder name = new StringBuilder();
        int length = r.nextInt(12);
        for (int i = 0; i < length; i++) {
            name.appendCodePoint(ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        String defined = name.toString()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        assertEquals(
                defined.isEmpty() ? "item" : defined,
                Texts.slug(name.toString()),
                () -> "seed " + seed + ": slug of \"" + name + "\"");
    }
}
