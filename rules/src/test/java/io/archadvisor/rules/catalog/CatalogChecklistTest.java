package io.archadvisor.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.catalog.TechnologyReview;
import io.archadvisor.graph.CheckStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog checklist answers each item once per stack, and never from another stack's answer. */
class CatalogChecklistTest {

    private static final LocalDate AT = LocalDate.of(2026, 11, 1);
    private static final TechnologyEntry JAVA = Catalogs.builtIn().find("java").orElseThrow();

    private static StackEntry existing(String version) {
        return new StackEntry("existing", "existing.technologies[0]", TechnologyReview.of("java", JAVA, version, AT));
    }

    @Test
    void aStackWithTheSameContentsButOtherEntriesIsJudgedOnItsOwn() {
        List<StackEntry> supported = List.of(existing("21"));
        List<StackEntry> endOfLife = List.of(existing("7"));
        assertEquals(
                CheckStatus.PASS,
                CatalogChecklist.versionsConfirmed(supported, AT).status());
        assertEquals(
                CheckStatus.FAIL,
                CatalogChecklist.versionsConfirmed(endOfLife, AT).status());
        assertEquals(
                CheckStatus.PASS,
                CatalogChecklist.versionsConfirmed(supported, AT).status());
    }

    @Test
    void theSameStackOnAnotherDateIsJudgedAgain() {
        List<StackEntry> stack = List.of(existing("21"));
        String now = CatalogChecklist.technologiesVerified(stack, AT).evidence();
        String later =
                CatalogChecklist.technologiesVerified(stack, AT.plusYears(3)).evidence();
        assertEquals(
                CheckStatus.FAIL,
                CatalogChecklist.technologiesVerified(stack, AT.plusYears(3)).status(),
                later);
        assertEquals(
                CheckStatus.PASS,
                CatalogChecklist.technologiesVerified(stack, AT).status(),
                now);
    }

    @Test
    void anItemAskedTwiceOfOneStackGetsTheSameAnswer() {
        List<StackEntry> stack = List.of(existing("8"), existing("21"));
        assertEquals(
                CatalogChecklist.noKnownVulnerabilities(stack, AT),
                CatalogChecklist.noKnownVulnerabilities(List.copyOf(stack), AT));
    }
}
