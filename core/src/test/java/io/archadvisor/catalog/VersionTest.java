package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.base.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
        "17, 17",
        "16.4, 16.4",
        "2.7.18, 2.7.18",
        "v20.11.1, 20.11.1",
        "3.2.x, 3.2.x",
        "3.2.*, 3.2.x",
        "1.22rc1, 1.22-rc1",
        "5.0.0-beta.3, 5.0.0-beta3",
        "5.0.0-alpha.1, 5.0.0-alpha1",
        "2.1.0.RELEASE, 2.1.0",
        "6.6.45.Final, 6.6.45",
        "25.0.4.1+1, 25.0.4.1+1",
        "8u502-b07, 8.0.502+b07",
        "12.1.10+security-01, 12.1.10+security-01",
        "' 1.2.3 ', 1.2.3"
    })
    void realVersionStringsParseToTheirCanonicalForm(String text, String canonical) {
        assertEquals(canonical, Version.parse(text).toString());
    }

    @ParameterizedTest(name = "`{0}` is not a version")
    @ValueSource(
            strings = {
                "",
                "latest",
                "lts",
                "x",
                "1..2",
                "1.2.",
                ".1",
                "v",
                "1.2.x-rc1",
                "1.x.2",
                "1.0.0-0.2019-abc",
                "99999999999999999999"
            })
    void textThatIsNotAVersionIsRejectedWithTheAcceptedShapes(String text) {
        assertTrue(Version.tryParse(text).isEmpty());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Version.parse(text));
        assertTrue(e.getMessage().contains("`" + text + "` is not a version"), e.getMessage());
        assertTrue(e.getMessage().contains("3.2.x"), e.getMessage());
    }

    @Test
    void aVersionOfThousandsOfPartsIsNoVersionAndDoesNotOverflowTheStack() {
        String huge = "1." + "0.".repeat(3_000) + "1";
        assertTrue(Version.tryParse(huge).isEmpty());
        assertThrows(InvalidValueException.class, () -> Version.parse(huge));
        assertTrue(
                Version.tryParse("1." + "0.".repeat(40) + "1").isPresent(), "a long but plausible version still reads");
    }

    @Test
    void versionsSortNumericallyWithPreReleasesBeforeTheirRelease() {
        List<String> sorted = List.of(
                "1.9",
                "1.10",
                "1.22alpha1",
                "1.22b2",
                "1.22rc1",
                "1.22rc2",
                "1.22",
                "1.22.0",
                "1.22.1",
                "2",
                "2.0.1",
                "10");
        List<Version> parsed = sorted.stream().map(Version::parse).toList();
        List<Version> shuffled = new java.util.ArrayList<>(parsed);
        java.util.Collections.reverse(shuffled);
        java.util.Collections.sort(shuffled);
        assertEquals(parsed, shuffled);
    }

    @Test
    void precisionBreaksTiesButNotNumericComparison() {
        Version a = Version.parse("3.2");
        Version b = Version.parse("3.2.0");
        assertTrue(a.compareTo(b) < 0);
        assertEquals(0, a.compareNumerically(b));
        assertFalse(a.isBefore(b));
        assertFalse(a.equals(b));
    }

    @Test
    void aVersionLiesInItsLineAndALineSpansItsMinorLines() {
        assertTrue(Version.parse("3.2.5").isIn(Version.parse("3.2")));
        assertTrue(Version.parse("3.2.x").isIn(Version.parse("3.2")));
        assertTrue(Version.parse("v20.11.1").isIn(Version.parse("20")));
        assertFalse(Version.parse("3.20.1").isIn(Version.parse("3.2")));
        assertFalse(Version.parse("3").isIn(Version.parse("3.2")));
        assertTrue(Version.parse("3").spans(Version.parse("3.2")));
        assertEquals(Version.parse("2.8"), Version.parse("2.7").upperBound());
        assertEquals(Version.parse("18"), Version.parse("17").upperBound());
    }

    @Test
    void aLineIsPartlyInsideARangeThatEndsWithinIt() {
        VersionRange r = new VersionRange(Version.parse("2.7.0"), Version.parse("2.7.11"));
        assertEquals(Exposure.POSSIBLY_AFFECTED, r.exposure(Version.parse("2.7")));
        assertEquals(Exposure.AFFECTED, r.exposure(Version.parse("2.7.5")));
        assertEquals(Exposure.NOT_AFFECTED, r.exposure(Version.parse("2.7.18")));
        assertEquals(Exposure.NOT_AFFECTED, r.exposure(Version.parse("2.6.9")));
        assertEquals(
                Exposure.AFFECTED, new VersionRange(null, Version.parse("4.20.0")).exposure(Version.parse("4.19")));
        assertEquals(
                Exposure.AFFECTED,
                new VersionRange(Version.parse("5.0.0-alpha.1"), Version.parse("5.0.0"))
                        .exposure(Version.parse("5.0.0-beta.3")));
    }
}
