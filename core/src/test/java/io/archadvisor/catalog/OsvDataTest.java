package io.archadvisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsvDataTest {

    static final String LOG4SHELL = """
            {"id":"GHSA-jfh8-c2jp-5v3q","published":"2021-12-10T00:40:56Z","modified":"2022-03-25T20:56:18Z",
             "aliases":["CVE-2021-44228"],"summary":"Remote code injection in Log4j",
             "affected":[
              {"package":{"ecosystem":"Maven","name":"org.apache.logging.log4j:log4j-core"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"2.13.0"},{"fixed":"2.15.0"}]}]},
              {"package":{"ecosystem":"Maven","name":"org.apache.logging.log4j:log4j-core"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.3.1"}]}]},
              {"package":{"ecosystem":"Maven","name":"org.apache.logging.log4j:log4j-core"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"2.4"},{"fixed":"2.12.2"}]},
                         {"type":"GIT","repo":"https://example.org/x","events":[{"introduced":"abc"}]}]},
              {"package":{"ecosystem":"Maven","name":"org.example:other"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"last_affected":"1.0"}]}]}],
             "database_specific":{"severity":"CRITICAL"}}""";

    @Test
    void aRecordGivesTheAdvisoryOfThePackagesAnEntryCoversWithItsRangesAsStated() {
        OsvData.OsvRecord r = OsvData.parse(LOG4SHELL);
        Advisory a = OsvData.advisory(r, List.of("Maven:org.apache.logging.log4j:log4j-core"))
                .orElseThrow();
        assertEquals("GHSA-jfh8-c2jp-5v3q", a.id());
        assertEquals(List.of("CVE-2021-44228"), a.aliases());
        assertEquals(AdvisorySeverity.CRITICAL, a.severity());
        assertEquals(LocalDate.of(2021, 12, 10), a.published());
        assertEquals("https://github.com/advisories/GHSA-jfh8-c2jp-5v3q", a.source());
        assertEquals(
                "[≥ 2.13.0, < 2.15.0, < 2.3.1, ≥ 2.4, < 2.12.2]", a.affected().toString());
        assertEquals(Exposure.AFFECTED, a.exposure(Version.parse("2.14.1")));
        assertEquals(Exposure.NOT_AFFECTED, a.exposure(Version.parse("2.17.1")));
        assertEquals(Exposure.NOT_AFFECTED, a.exposure(Version.parse("2.12.2")));
        assertEquals(Exposure.AFFECTED, a.exposure(Version.parse("2.0-beta9")));
        assertEquals(Version.parse("2.15.0"), a.fixFor(Version.parse("2.14.1")));
    }

    @Test
    void aRecordForOtherPackagesGivesNoAdvisoryAndALastAffectedEventBoundsTheRangeInclusively() {
        OsvData.OsvRecord r = OsvData.parse(LOG4SHELL);
        assertTrue(OsvData.advisory(r, List.of("npm:lodash")).isEmpty());
        Advisory other = OsvData.advisory(r, List.of("Maven:org.example:other")).orElseThrow();
        assertEquals(Exposure.AFFECTED, other.exposure(Version.parse("1.0")));
        assertEquals(Exposure.NOT_AFFECTED, other.exposure(Version.parse("1.0.1")));
        assertEquals(Exposure.AFFECTED, other.exposure(Version.parse("1.0.0")));
        assertEquals(Exposure.AFFECTED, other.exposure(Version.parse("0.9")));
        assertEquals(Exposure.POSSIBLY_AFFECTED, other.exposure(Version.parse("1")));
    }

    @Test
    void packageNamesOfCaseInsensitiveEcosystemsAreOnePackage() {
        assertEquals(OsvData.key("PyPI", "Django"), OsvData.key("PyPI", "django"));
        assertEquals(OsvData.key("PyPI", "python_multipart"), OsvData.key("PyPI", "python-multipart"));
        assertTrue(!OsvData.key("npm", "Lodash").equals(OsvData.key("npm", "lodash")));
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0, CRITICAL",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
        "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H, 9.0, CRITICAL",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H, 7.5, HIGH",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1, MEDIUM",
        "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N, 1.8, LOW"
    })
    void withoutTheDatabasesRatingTheSeverityIsTheRatingOfTheCvssBaseScore(
            String vector, double score, AdvisorySeverity severity) {
        assertEquals(score, OsvData.cvss3BaseScore(vector), 1e-9);
        String json = "{\"id\":\"X-1\",\"severity\":[{\"type\":\"CVSS_V3\",\"score\":\"" + vector + "\"}],"
                + "\"affected\":[]}";
        assertEquals(severity, OsvData.parse(json).severity());
    }

    @Test
    void aMalformedRecordIsRejectedNamingWhatIsWrong() {
        assertTrue(assertThrows(SourceDataException.class, () -> OsvData.parse("{\"id\": "))
                .getMessage()
                .startsWith("OSV record: not JSON"));
        assertTrue(assertThrows(SourceDataException.class, () -> OsvData.parse("{\"id\":\"X-2\",\"affected\":[]}"))
                .getMessage()
                .contains("no severity"));
        assertTrue(assertThrows(
                        SourceDataException.class,
                        () -> OsvData.parse("{\"id\":\"X-3\","
                                + "\"database_specific\":{\"severity\":\"HIGH\"},\"affected\":[{\"package\":{\"ecosystem\":\"Go\","
                                + "\"name\":\"x\"},\"ranges\":[{\"type\":\"SEMVER\",\"events\":[{\"introduced\":\"0\"},"
                                + "{\"fixed\":\"not-a-version\"}]}]}]}"))
                .getMessage()
                .contains("`not-a-version`"));
    }
}
