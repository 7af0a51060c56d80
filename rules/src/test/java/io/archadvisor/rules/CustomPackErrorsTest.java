package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.pack.RuleError;
import org.junit.jupiter.api.Test;

/** A broken custom file next to the built-in packs: the errors are the custom file's only, at the right place. */
class CustomPackErrorsTest {

    private static final String HEAD =
            "package acme;\n\nimport io.archadvisor.facts.*;\nimport io.archadvisor.graph.*;\n\n";

    @Test
    void oneSyntaxErrorInACustomFileIsExactlyOneErrorInThatFileAtItsLine() {
        String drl = HEAD + """
                rule "ACME-LATE-ANNOTATION"
                    agenda-group "custom"
                    @description("an annotation after an attribute")
                when
                    TeamSize(value > 3)
                then
                end
                """;
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder().addRules("acme.drl", drl).build().close());
        assertEquals(1, e.errors().size(), e.getMessage());
        RuleError error = e.errors().get(0);
        assertEquals("acme.drl", error.source());
        assertEquals(8, error.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("acme.drl:8:"), e.getMessage());
    }

    @Test
    void aCompileErrorInACustomFileBlamesOnlyThatFile() {
        String drl = HEAD + """
                rule "ACME-TYPO"
                when
                    TeamSise(value > 3)
                then
                end
                """;
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder().addRules("acme.drl", drl).build().close());
        assertTrue(e.errors().stream().allMatch(r -> r.source().equals("acme.drl")), e.getMessage());
        RuleError first = e.errors().get(0);
        assertEquals(8, first.line(), e.getMessage());
        assertTrue(first.hint().contains("Did you mean `TeamSize`"), first.hint());
        assertTrue(!first.hint().contains("Fact types:"), "a close match needs no list of every type: " + first.hint());
    }
}
