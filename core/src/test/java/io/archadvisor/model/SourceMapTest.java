package io.archadvisor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceMapTest {

    private static final Location TEAM = new Location("system.yaml", 3, 1);
    private static final Location SIZE = new Location("system.yaml", 3, 9);
    private static final Location SERVICES = new Location("system.yaml", 20, 3);
    private static final Location FIRST = new Location("system.yaml", 21, 7);

    private static final SourceMap MAP = new SourceMap(
            Map.of("team", TEAM, "team.size", SIZE, "proposal.services", SERVICES, "proposal.services[0]", FIRST));

    @Test
    void anExactPathGivesItsOwnLocation() {
        assertEquals(Optional.of(SIZE), MAP.find("team.size"));
        assertEquals(Optional.of(FIRST), MAP.find("proposal.services[0]"));
    }

    @Test
    void aPathNotWrittenGivesTheNearestEnclosingPath() {
        assertEquals(Optional.of(TEAM), MAP.find("team.expertise"));
        assertEquals(Optional.of(TEAM), MAP.find("team.expertise[3]"));
        assertEquals(Optional.of(FIRST), MAP.find("proposal.services[0].calls[1]"));
        assertEquals(Optional.of(FIRST), MAP.find("proposal.services[0].calls[1].to"));
        assertEquals(Optional.of(SERVICES), MAP.find("proposal.services[1]"));
    }

    @Test
    void aPathOutsideEveryWrittenSectionHasNoLocation() {
        assertEquals(Optional.empty(), MAP.find("budget.monthlyUsd"));
        assertEquals(Optional.empty(), MAP.find("proposal"));
        assertEquals(Optional.empty(), MAP.find("teams"));
        assertEquals(Optional.empty(), MAP.find(""));
        assertEquals(Optional.empty(), SourceMap.empty().find("team.size"));
    }

    @Test
    void theEnclosingPathOfEachKindOfStep() {
        assertEquals("a.b[1]", SourceMap.parent("a.b[1].c"));
        assertEquals("a.b", SourceMap.parent("a.b[1]"));
        assertEquals("a", SourceMap.parent("a.b"));
        assertEquals("a[1]", SourceMap.parent("a[1][2]"));
        assertEquals("", SourceMap.parent("a"));
    }

    @Test
    void withIsTheUnionAndTheOverridingLocationsWin() {
        Location imported = new Location("import.yaml", 1, 7);
        SourceMap overriding =
                new SourceMap(Map.of("team.size", imported, "budget", new Location("import.yaml", 2, 1)));
        SourceMap union = MAP.with(overriding);
        assertEquals(Optional.of(imported), union.find("team.size"));
        assertEquals(Optional.of(TEAM), union.find("team.opsMaturity"));
        assertEquals(Optional.of(new Location("import.yaml", 2, 1)), union.find("budget.monthlyUsd"));
        assertEquals(Optional.of(SIZE), MAP.find("team.size"), "with leaves both maps as they were");
        assertSame(MAP, MAP.with(SourceMap.empty()));
        assertSame(MAP, SourceMap.empty().with(MAP));
    }

    @Test
    void theMapIsACopySortedByPath() {
        Map<String, Location> given = new HashMap<>(Map.of("b", TEAM, "a", SIZE));
        SourceMap map = new SourceMap(given);
        given.put("c", FIRST);
        assertEquals(List.of("a", "b"), List.copyOf(map.locations().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> map.locations().put("d", TEAM));
        assertTrue(SourceMap.empty().isEmpty());
    }

    @Test
    void blankPathsAndMissingLocationsAreRejected() {
        assertThrows(InvalidValueException.class, () -> new SourceMap(Map.of(" ", TEAM)));
        Map<String, Location> withNull = new HashMap<>();
        withNull.put("team", null);
        assertThrows(NullPointerException.class, () -> new SourceMap(withNull));
    }
}
