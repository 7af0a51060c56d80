package io.archadvisor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementsModelTest {

    @Test
    void anImpossibleNumberIsRejectedWithTheFieldAndTheRange() {
        RequirementsException e = assertThrows(RequirementsException.class, () -> new Team(-3, null, null));
        assertEquals("The field `team.size` (-3) must be ≥ 1.", e.getMessage());
        assertEquals(
                "The field `nfrs.availabilityPercent` (120.0) must be a percentage greater than 0 and at most 100"
                        + " (e.g. 99.9).",
                assertThrows(RequirementsException.class, () -> new Nfrs(null, 120.0, null, null, null, null))
                        .getMessage());
    }

    @Test
    void infinityAndNotANumberAreNotValidQuantities() {
        assertEquals(
                "The field `scale.dataVolumeGb` (Infinity) must be a finite number ≥ 0.",
                assertThrows(
                                RequirementsException.class,
                                () -> new Scale(null, null, null, null, Double.POSITIVE_INFINITY, null))
                        .getMessage());
        assertThrows(RequirementsException.class, () -> new Scale(null, null, null, null, Double.NaN, null));
    }

    @Test
    void listsAreCopiedAndUnknownStaysUnknown() {
        List<String> expertise = new ArrayList<>(List.of("java"));
        Team team = new Team(5, expertise, null);
        expertise.add("go");
        assertEquals(List.of("java"), team.expertise());
        assertThrows(UnsupportedOperationException.class, () -> team.expertise().add("rust"));
        assertNull(new Team(5, null, null).expertise());
        assertEquals(
                "The field `team.expertise[1]` must not be empty.",
                assertThrows(
                                RequirementsException.class,
                                () -> new Team(5, java.util.Arrays.asList("java", null), null))
                        .getMessage());
    }

    @Test
    void anEditSetsOneValueByPathAndKeepsTheRest() {
        Requirements r = Edits.set(Requirements.named("shop"), "team.size", 12);
        assertEquals(12, r.team().size());
        Requirements withStage = Edits.set(r, "timeline.stage", "growth");
        assertEquals(Stage.GROWTH, withStage.timeline().stage());
        assertEquals(12, withStage.team().size());
        assertNull(Edits.clear(withStage, "team.size").team().size());
        assertEquals(
                "The field `team.sise` (3) does not exist: `sise` is not a field of Team; the fields are size,"
                        + " expertise, opsMaturity.",
                assertThrows(RequirementsException.class, () -> Edits.set(r, "team.sise", 3))
                        .getMessage());
        assertEquals(
                "The field `team.size` (0) must be ≥ 1.",
                assertThrows(RequirementsException.class, () -> Edits.set(r, "team.size", 0))
                        .getMessage());
    }
}
