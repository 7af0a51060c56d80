package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link TechnologyEntry#normalize} and {@link TechnologyEntry#knownAs} run for every technology and catalog entry pair
 * a rule joins, so they avoid regular expressions and, for plain ASCII names, building strings; they must still
 * answer exactly what the regular-expression versions they replaced answer.
 */
class CatalogNameNormalizationTest {

    private static final String ALPHABET = "abcXYZ019 .-_\t\n\u000B\f\r\u00A0\u2003\u0130\u00DFé+@/";

    private static String reference(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    private static boolean referenceKnownAs(TechnologyEntry e, String nameOrAlias) {
        String n = reference(nameOrAlias);
        return !n.isEmpty()
                && (reference(e.name()).equals(n)
                        || reference(e.displayName()).equals(n)
                        || e.aliases().stream().anyMatch(a -> reference(a).equals(n)));
    }

    private static String randomName(SplittableRandom random, String alphabet) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(10);
        for (int c = 0; c < length; c++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static TechnologyEntry entry(String name, String displayName, List<String> aliases) {
        return new TechnologyEntry(
                name,
                displayName,
                Category.DATABASE,
                "https://example.org/docs",
                aliases,
                LocalDate.of(2026, 1, 1),
                "https://example.org",
                null,
                null,
                null,
                null,
                null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "PostgreSQL",
                "Node.js",
                "spring-boot",
                "Spring Boot",
                "spring_boot",
                "  Amazon  SQS ",
                "--",
                "a-_ -b",
                "\u0130stanbul",
                "\u2003Kafka\u2003"
            })
    void examplesNormalizeAsTheRegularExpressionDid(String name) {
        assertEquals(reference(name), TechnologyEntry.normalize(name));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "postgresql",
                "PostgreSQL",
                "postgres",
                "Postgre SQL",
                "pg",
                "post-gres",
                "PG_",
                " ",
                "",
                "mysql",
                "pİg"
            })
    void exampleNamesAreKnownAsTheRegularExpressionSaid(String name) {
        TechnologyEntry e = entry("postgresql", "PostgreSQL", List.of("postgres", "pg", "pİg"));
        assertEquals(referenceKnownAs(e, name), e.knownAs(name), () -> "`" + name + "`");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomNamesAreKnownAsTheRegularExpressionSaid(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = "aBc -_\t\u00A0\u0130";
        for (int i = 0; i < 200; i++) {
            TechnologyEntry e = entry(
                    randomName(random, alphabet),
                    randomName(random, alphabet),
                    List.of(randomName(random, alphabet), randomName(random, alphabet)));
            String asked =
                    random.nextInt(4) == 0 ? e.aliases().get(0).toUpperCase(Locale.ROOT) : randomName(random, alphabet);
            assertEquals(
                    referenceKnownAs(e, asked),
                    e.knownAs(asked),
                    () -> "seed " + seed + ", entry " + e.name() + " / " + e.displayName() + " / " + e.aliases()
                            + ", asked `" + asked + "`");
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 50).map(i -> 0xCA7A_1060L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomNamesNormalizeAsTheRegularExpressionDid(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String name = b.toString();
            assertEquals(
                    reference(name),
                    TechnologyEntry.normalize(name),
                    () -> "seed " + seed + ", name `" + name.replace("\n", "\\n") + "`");
        }
    }
}
