package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import io.archadvisor.base.Problem;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsException;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generative properties of the YAML format over seeded random requirements (the seed is in each case's name; replay
 * a run with {@code -Darchadvisor.seed=N}): write then read gives equal requirements, writing is deterministic and
 * schema-valid, and damaged documents only ever fail with located {@link RequirementsException}s.
 */
class RequirementsRoundTripProperties {

    static Stream<Long> seeds() {
        return RandomRequirements.seeds(400);
    }

    private static final JsonSchema SCHEMA = RequirementsSchemaTest.validator();

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void writingThenReadingGivesEqualRequirements(long seed) {
        Requirements requirements = new RandomRequirements(seed).next();
        String yaml = RequirementsWriter.write(requirements);
        assertEquals(
                requirements,
                RequirementsReader.read(yaml, "seed-" + seed + ".yaml"),
                () -> "seed=" + seed + ", written as:\n" + yaml);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void writingIsDeterministicAndStable(long seed) {
        Requirements requirements = new RandomRequirements(seed).next();
        String yaml = RequirementsWriter.write(requirements);
        assertEquals(yaml, RequirementsWriter.write(new RandomRequirements(seed).next()), () -> "seed=" + seed);
        assertEquals(yaml, RequirementsWriter.write(RequirementsReader.read(yaml, "again.yaml")), () -> "seed=" + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void writtenRequirementsAreValidAgainstTheSchema(long seed) {
        String yaml = RequirementsWriter.write(new RandomRequirements(seed).next());
        assertEquals(
                java.util.Set.of(),
                SCHEMA.validate(yaml, InputFormat.YAML),
                () -> "seed=" + seed + ", written as:\n" + yaml);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aDamagedDocumentFailsOnlyWithLocatedProblemsOrReadsConsistently(long seed) {
        String yaml = RequirementsWriter.write(new RandomRequirements(seed).next());
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        StringBuilder damaged = new StringBuilder(yaml);
        for (int i = 1 + random.nextInt(3); i > 0 && damaged.length() > 0; i--) {
            int at = random.nextInt(damaged.length());
            switch (random.nextInt(4)) {
                case 0 -> damaged.deleteCharAt(at);
                case 1 -> damaged.insert(at, ":-[]{}#&*!|>'\"%@`, \n\t?~".charAt(random.nextInt(22)));
                case 2 -> damaged.insert(at, damaged.charAt(random.nextInt(damaged.length())));
                default -> damaged.setCharAt(at, (char) ('0' + random.nextInt(75)));
            }
        }
        String text = damaged.toString();
        try {
            Requirements read = RequirementsReader.read(text, "damaged.yaml");
            assertEquals(
                    read,
                    RequirementsReader.read(RequirementsWriter.write(read), "rewritten.yaml"),
                    () -> "seed=" + seed + ", damaged document:\n" + text);
        } catch (RequirementsException e) {
            assertFalse(e.problems().isEmpty());
            for (Problem p : e.problems()) {
                assertNotNull(p.location(), () -> "seed=" + seed + ": no location for " + p.message() + " in\n" + text);
            }
        }
    }
}
