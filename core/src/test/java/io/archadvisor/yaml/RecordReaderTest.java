package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Problem;
import io.archadvisor.RequirementsException;
import io.archadvisor.model.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

    /** A settings record as a tool beside the requirements might bind. */
    record Settings(Level level, Integer retries, List<String> paths, Boolean strict) {
        Settings {
            if (retries != null && retries > 10) {
                throw new RequirementsException(List.of(Problem.of("settings.retries", retries, "must be ≤ 10")));
            }
        }
    }

    private static final RecordReader<Settings> READER = RecordReader.of(Settings.class, "the settings");

    @Test
    void aValidDocumentBindsEveryKey() {
        Settings s = READER.read("level: high\nretries: 3\npaths: [a, b]\nstrict: true\n", "s.yaml");
        assertEquals(new Settings(Level.HIGH, 3, List.of("a", "b"), true), s);
    }

    @Test
    void anEmptyDocumentIsTheRecordOfNothing() {
        assertEquals(new Settings(null, null, null, null), READER.read("# nothing\n", "s.yaml"));
    }

    @Test
    void everyProblemIsLocatedWithTheDocumentsOwnNameAndTheClosestKey() {
        RequirementsException e = assertThrows(RequirementsException.class,
                () -> READER.read("levle: high\nretries: 11\nstrict: maybe\n", "s.yaml"));
        List<String> messages = e.problems().stream().map(Problem::message).toList();
        assertEquals(3, messages.size(), e::getMessage);
        assertTrue(messages.get(0).startsWith("The field `levle` at s.yaml:1:1 is not a key of the settings; did you"
                + " mean `level`? The keys are: level, retries, paths, strict"), messages.get(0));
        assertEquals("The field `retries` (11) at s.yaml:2:10 must be ≤ 10.", messages.get(1));
        assertEquals("The field `strict` (maybe) at s.yaml:3:9 must be true or false.", messages.get(2));
    }

    @Test
    void aDocumentThatIsNotAMappingNamesTheKeys() {
        RequirementsException e = assertThrows(RequirementsException.class, () -> READER.read("- a\n", "s.yaml"));
        assertTrue(e.getMessage().contains("must be a mapping of the keys level, retries, paths, strict"),
                e::getMessage);
    }

    @Test
    void theRequirementsStillSpeakOfSections() {
        RequirementsException e = assertThrows(RequirementsException.class,
                () -> RequirementsReader.read("tema: {size: 3}\n", "r.yaml"));
        assertTrue(e.getMessage().contains("is not a section of the requirements; did you mean `team`?"),
                e::getMessage);
    }
}
