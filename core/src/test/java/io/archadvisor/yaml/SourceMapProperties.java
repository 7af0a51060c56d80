package io.archadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.base.Location;
import io.archadvisor.facts.Facts;
import io.archadvisor.facts.InputFact;
import io.archadvisor.facts.Unknown;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random requirements written as YAML and read back: every known input fact's path is in the source map, at a place
 * inside the document where something is written, and the locations are those of the document read, in order.
 */
class SourceMapProperties {

    static Stream<Long> seeds() {
        return RandomRequirements.seeds(200);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyKnownFactIsLocatedExactlyWhereTheDocumentWritesIt(long seed) {
        Requirements requirements = new RandomRequirements(seed).next();
        String yaml = RequirementsWriter.write(requirements);
        RequirementsDocument doc = RequirementsReader.readDocument(yaml, "seed.yaml");
        List<String> lines = yaml.lines().toList();
        for (InputFact fact : Facts.of(doc.requirements())) {
            if (fact instanceof Unknown) {
                continue;
            }
            Location at = doc.sources().locations().get(fact.path());
            assertTrue(at != null, () -> "seed=" + seed + ": no location for " + fact.path() + " in\n" + yaml);
            assertEquals("seed.yaml", at.source());
            assertTrue(at.line() <= lines.size(), () -> "seed=" + seed + ": " + fact.path() + " at " + at);
            String line = lines.get(at.line() - 1);
            int offset = line.offsetByCodePoints(0, Math.min(at.column() - 1, line.codePointCount(0, line.length())));
            assertTrue(
                    offset < line.length() && !Character.isWhitespace(line.charAt(offset)),
                    () -> "seed=" + seed + ": " + fact.path() + " at " + at + " points at nothing in `" + line + "`");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void theUnknownFactsOfAWrittenSectionAreLocatedAtThatSection(long seed) {
        RequirementsDocument doc = RequirementsReader.readDocument(
                RequirementsWriter.write(new RandomRequirements(seed).next()), "seed.yaml");
        for (InputFact fact : Facts.of(doc.requirements())) {
            if (fact instanceof Unknown u
                    && u.path().contains(".")
                    && !u.path().contains("[*]")
                    && !doc.sources().locations().containsKey(u.path())) {
                String section = u.path().substring(0, u.path().indexOf('.'));
                assertEquals(
                        java.util.Optional.ofNullable(doc.sources().locations().get(section)),
                        doc.sources().find(u.path()),
                        () -> "seed=" + seed + ": " + u.path());
            }
        }
    }
}
