package io.archadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.pack.RuleError;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken DRL files on disk: every error names the real path, line and column, with a hint for common causes. */
class RuleCompileErrorsTest {

    static final Path BROKEN = RulePacksTest.PACKS.resolve("broken");

    private static RuleError only(String file) {
        Path path = BROKEN.resolve(file);
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder().withoutDefaultPacks().addRules(path).build());
        assertEquals(1, e.errors().size(), e.getMessage());
        RuleError error = e.errors().get(0);
        assertEquals(path.toString(), error.source());
        assertTrue(e.getMessage().contains(path + ":" + error.line() + ":" + error.column() + ": "), e.getMessage());
        return error;
    }

    /** The first error of one inline DRL file compiled alone. */
    private static RuleError inline(String name, String drl) {
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addRules(name, drl)
                        .build());
        return e.errors().get(0);
    }

    @Test
    void anUnknownFactTypeNamesTheClosestTypeWithoutListingEveryType() {
        RuleError e = only("unknown-type.drl");
        assertEquals(8, e.line());
        assertEquals(10, e.column());
        assertTrue(e.message().contains("Unable to resolve ObjectType 'TeamSise'"), e.message());
        assertTrue(
                e.hint().startsWith("No type `TeamSise` is imported. Did you mean `TeamSize` (io.archadvisor.facts)"),
                e.hint());
        assertFalse(e.hint().contains("Fact types:"), e.hint());
    }

    @Test
    void anUnknownTypeWithNoCloseMatchListsTheAvailableTypes() {
        RuleError error = inline(
                "q.drl", "package q;\nimport io.archadvisor.facts.*;\n" + "rule \"Q\"\nwhen\n    Zebra()\nthen\nend\n");
        String hint = error.hint();
        assertTrue(hint.contains("Fact types: AdviceContext, Alerting,"), hint);
        assertTrue(
                hint.contains("ProposedService")
                        && hint.contains("Node types: ")
                        && hint.contains("AntiPatternFinding"),
                hint);
    }

    @Test
    void anUnknownPropertyListsTheTypesProperties() {
        RuleError e = only("unknown-property.drl");
        assertEquals(8, e.line());
        assertEquals(19, e.column());
        assertTrue(e.hint().contains("`TeamSize` has no property `size`. Its properties: value: int."), e.hint());
    }

    @Test
    void aMisspeltEnumConstantIsLocatedWhereItIsWrittenAndNamesTheConstants() {
        RuleError error = inline(
                "modes.drl",
                "package q;\nimport io.archadvisor.facts.*;\nimport io.archadvisor.model.CallMode;\n"
                        + "rule \"Q\"\nwhen\n    ServiceDependency(mode == CallMode.SYNCH)\nthen\nend\n");
        assertEquals(6, error.line(), error.toString());
        assertEquals(40, error.column(), error.toString());
        assertTrue(
                error.hint().startsWith("`CallMode` has no constant `SYNCH`; did you mean `SYNC`? Its constants: "),
                error.hint());
    }

    @Test
    void aSeverityThatIsNoSeverityIsAnErrorAtItsAnnotation() {
        RuleError error = inline(
                "severe.drl",
                "package q;\nimport io.archadvisor.facts.*;\n"
                        + "rule \"Q\"\n    @severity(\"SEVERE\")\nwhen\n    TeamSize()\nthen\nend\n");
        assertEquals(4, error.line(), error.toString());
        assertEquals(5, error.column(), error.toString());
        assertEquals("Rule `Q` has @severity(\"SEVERE\"), which is not a severity.", error.message());
        assertTrue(error.hint().startsWith("Write one of CRITICAL, HIGH, MEDIUM, LOW, INFO;"), error.hint());
    }

    @Test
    void anAgendaGroupNoPhaseRunsIsAnErrorInsteadOfARuleThatNeverFires() {
        RuleError error = inline(
                "late.drl",
                "package q;\nimport io.archadvisor.facts.*;\n"
                        + "rule \"Q\"\n    agenda-group \"advice\"\nwhen\n    TeamSize()\nthen\nend\n");
        assertEquals(4, error.line(), error.toString());
        assertEquals(5, error.column(), error.toString());
        assertEquals(
                "Rule `Q` is in agenda-group \"advice\", which no phase runs, so it would never fire.",
                error.message());
        assertEquals(
                "Use one of the phases' groups, signals, assess, advise or review, or leave agenda-group out: the rule"
                        + " then runs after advise.",
                error.hint());
    }

    @Test
    void aTypeThatIsNotImportedNamesThePackageToImport() {
        RuleError e = only("missing-import.drl");
        assertEquals(9, e.line());
        assertEquals(23, e.column());
        assertTrue(
                e.hint().contains("`Guidance` is io.archadvisor.graph.Guidance: add `import io.archadvisor.graph.*;`"),
                e.hint());
    }

    @Test
    void aSyntaxErrorIsReportedAtItsColumn() {
        RuleError e = only("syntax.drl");
        assertEquals(7, e.line());
        assertEquals(22, e.column());
        assertTrue(e.hint().contains("syntax"), e.hint());
    }

    @Test
    void everyErrorOfEveryFileIsReportedInFileAndLineOrder() {
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder().withoutDefaultPacks().addRules(BROKEN).build());
        assertEquals(
                List.of("missing-import.drl:9", "syntax.drl:7", "unknown-property.drl:8", "unknown-type.drl:8"),
                e.errors().stream()
                        .map(r -> Path.of(r.source()).getFileName() + ":" + r.line())
                        .toList(),
                e.getMessage());
    }

    @Test
    void aWrongConstructorCallListsTheRecordComponents() {
        String drl = """
                package q;
                import io.archadvisor.facts.*;
                import io.archadvisor.graph.*;
                rule "CTOR"
                when
                    TeamSize()
                then
                    insertLogical(new Risk("r", "too few args"));
                end
                """;
        RuleError error = inline("ctor.drl", drl);
        assertEquals(8, error.line(), error.toString());
        assertTrue(
                error.hint().contains("new Risk(code: String, description: String, severity: Severity)"),
                error.toString());
    }
}
