package io.archadvisor.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.archadvisor.Advisor;
import io.archadvisor.base.InvalidValueException;
import io.archadvisor.graph.Guidance;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Team;
import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.pack.RuleLoadingException;
import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Untrusted pack vetting against real malicious DRL, one file per technique (files, network, processes,
 * {@code System}, reflection, class loading, threads, method handles, code run at compile time, functions, conditions,
 * hidden code, MVEL, the rule context, timers, redeclared names, the engine's classes, borrowed packages). Each line
 * that must be rejected carries a {@code // VIOLATION: token, ...} marker: every marked token is reported at its line,
 * and nothing is reported on an unmarked line.
 */
class RuleVettingTest {

    private static final Pattern MARKER = Pattern.compile("// VIOLATION: (.*)$");
    private static final String PWNED = "archadvisor.vetting.pwned";

    static Path folder(String name) {
        try {
            return Path.of(RuleVettingTest.class.getResource("/vetting/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> maliciousFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder("malicious"))) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted().toList().stream();
        }
    }

    private static Map<Integer, List<String>> markers(String drl) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.find()) {
                out.put(i + 1, List.of(m.group(1).strip().split(", ")));
            }
        }
        return out;
    }

    private static RuleSource source(Path file) {
        try {
            return new RuleSource(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maliciousFiles")
    void everyEscapeIsReportedAtItsLineWithItsToken(Path file) {
        RuleSource source = source(file);
        Map<Integer, List<String>> expected = markers(source.drl());
        assertFalse(expected.isEmpty(), "a malicious file marks what must be reported");
        List<Violation> violations =
                RuleVetter.of(VettingPolicy.defaults()).check(RulePack.of("evil", "1", List.of(source)));
        String report = violations.stream().map(Violation::toString).reduce("", (a, b) -> a + "\n  " + b);
        for (Violation v : violations) {
            assertEquals(source.name(), v.source());
            assertTrue(expected.containsKey(v.line()), () -> "reported on an unmarked line: " + v + report);
        }
        expected.forEach((line, tokens) -> {
            for (String token : tokens) {
                assertTrue(
                        violations.stream()
                                .anyMatch(v -> v.line() == line && v.token().equals(token)),
                        () -> "`" + token + "` at line " + line + " was not reported; reported:" + report);
            }
        });
    }

    @Test
    void eachTechniqueIsRealDrlThatCompilesWhenTrustedAndRunsCodeWhileCompiling() throws IOException {
        List<RuleSource> compiling = new ArrayList<>();
        for (Path file : maliciousFiles().toList()) {
            RuleSource s = source(file);
            if (s.drl().startsWith("// COMPILES")) {
                compiling.add(s);
            }
        }
        assertTrue(compiling.size() >= 15, "most techniques are checked to compile: " + compiling.size());
        System.clearProperty(PWNED);
        Advisor.Builder builder = Advisor.builder().withoutDefaultPacks();
        compiling.forEach(s -> builder.addRules(s.name(), s.drl()));
        try (Advisor advisor = builder.build()) {
            assertTrue(advisor.rules().size() >= compiling.size());
            assertEquals("yes", System.getProperty(PWNED), "compiling DRL ran the metadata's code: DRL is code");
        } finally {
            System.clearProperty(PWNED);
        }
    }

    @Test
    void vettingRejectsBeforeAnythingIsCompiled() {
        System.clearProperty(PWNED);
        RuleSource evil = source(folder("malicious").resolve("compile-time.drl"));
        RuleVettingException e = assertThrows(
                RuleVettingException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addUntrustedRules(evil.name(), evil.drl())
                        .build());
        assertNull(System.getProperty(PWNED), "the metadata's code did not run");
        assertTrue(e.getMessage().contains("compile-time.drl:8:"), e.getMessage());
        assertTrue(e.getMessage().contains("`System`") && e.getMessage().contains("`setProperty`"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was compiled"), e.getMessage());
    }

    @Test
    void theExceptionListsEveryViolationOfEveryFileInOrder() throws IOException {
        Advisor.Builder builder = Advisor.builder().withoutDefaultPacks();
        int marked = 0;
        for (Path file : maliciousFiles().toList()) {
            RuleSource s = source(file);
            builder.addUntrustedRules(s.name(), s.drl());
            marked += markers(s.drl()).values().stream().mapToInt(List::size).sum();
        }
        RuleVettingException e = assertThrows(RuleVettingException.class, builder::build);
        assertTrue(e.violations().size() >= marked, e.violations().size() + " < " + marked);
        List<Violation> sorted = new ArrayList<>(e.violations());
        sorted.sort(Violation.ORDER);
        assertEquals(sorted, e.violations());
        for (Violation v : e.violations()) {
            assertTrue(e.getMessage().contains(v.toString()), v::toString);
        }
    }

    @Test
    void aBenignUntrustedPackPassesVettingAndRuns() {
        Path file = folder("benign").resolve("team.drl");
        try (Advisor advisor =
                Advisor.builder().withoutDefaultPacks().addUntrustedRules(file).build()) {
            RecommendationGraph graph = advisor.advise(new Requirements(
                    "s",
                    null,
                    new Team(5, null, null),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            Guidance g = (Guidance) graph.node("guidance:benign-small-team").orElseThrow();
            assertTrue(g.rationale().contains("5 engineers"), g.rationale());
            assertTrue(g.rationale().contains("BENIGN-SMALL-TEAM"), g.rationale());
            assertEquals("BENIGN-SMALL-TEAM", graph.provenance(g).ruleId());
            assertTrue(
                    graph.node("guidance:benign-summary").isPresent(),
                    graph.nodes().toString());
        }
        assertEquals(
                List.of(),
                RuleVetter.of(VettingPolicy.defaults())
                        .check(RulePack.of("benign", "1", List.of(RuleSource.fromFile(file)))));
    }

    @Test
    void escapesInsideAMultiLineCommentAndALiteralAreReportedAtTheirOwnLineAndColumn() {
        String drl = "package acme.rules;\n"
                + "/* line two\n"
                + "   line three \\u0041 and\n"
                + "      \\u0042 on line four */\n"
                + "rule \"ACME-NOTE\"\n"
                + "when\n"
                + "then\n"
                + "    String s = \"a\\u0022\";\n"
                + "end\n";
        List<Violation> found = RuleVetter.of(VettingPolicy.defaults())
                .check(RulePack.of("acme", "1", List.of(new RuleSource("acme.drl", drl))));
        List<String> places = found.stream()
                .map(v -> v.line() + ":" + v.column() + " " + v.token())
                .toList();
        assertEquals(List.of("3:15 \\u0041", "4:7 \\u0042", "8:18 \\u0022"), places, found.toString());
    }

    @Test
    void aPolicyCanAllowAClassTheTeamHasReviewed() {
        String drl = """
                package acme.rules;
                import io.archadvisor.facts.*;
                import java.util.concurrent.TimeUnit;
                rule "ACME-TIMEOUTS"
                when
                    LatencyTargetMs($ms : value)
                then
                    long seconds = TimeUnit.MILLISECONDS.toSeconds($ms);
                end
                """;
        RulePack pack = RulePack.of("acme", "1", List.of(new RuleSource("acme.drl", drl)));
        List<Violation> strict = RuleVetter.of(VettingPolicy.defaults()).check(pack);
        assertEquals(1, strict.size(), strict.toString());
        assertEquals("java.util.concurrent.TimeUnit", strict.get(0).token());
        assertEquals("threads", strict.get(0).category());
        assertEquals(3, strict.get(0).line());
        VettingPolicy reviewed = VettingPolicy.defaults().allowClass("java.util.concurrent.TimeUnit");
        assertEquals(List.of(), RuleVetter.of(reviewed).check(pack));
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .vettingPolicy(reviewed)
                .addUntrustedPack(pack)
                .build()) {
            assertEquals(1, advisor.rules().size());
        }
    }

    @Test
    void mvelConsequencesAreRefusedUnlessThePolicyAllowsThem() {
        String drl = """
                package acme.rules;
                import io.archadvisor.facts.*;
                rule "ACME-MVEL"
                    dialect "mvel"
                when
                    $t : TeamSize()
                then
                    size = $t.value;
                end
                """;
        RulePack pack = RulePack.of("acme", "1", List.of(new RuleSource("acme.drl", drl)));
        List<Violation> strict = RuleVetter.of(VettingPolicy.defaults()).check(pack);
        assertEquals(
                List.of("dialect \"mvel\""),
                strict.stream().map(Violation::token).toList());
        assertEquals(4, strict.get(0).line());
        assertEquals(
                List.of(),
                RuleVetter.of(VettingPolicy.defaults().allowMvelConsequences()).check(pack));
    }

    @Test
    void anUntrustedFileThatDoesNotParseIsACompilationErrorWithItsPlace() {
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addUntrustedRules("broken.drl", """
                        package acme.rules;
                        rule "BROKEN"
                        when
                            TeamSize(value < )
                        then
                        end
                        """)
                        .build());
        assertEquals("broken.drl", e.errors().get(0).source());
        assertEquals(4, e.errors().get(0).line(), e.getMessage());
    }

    @Test
    void anUntrustedPackMayNotOverrideOtherPacksRules() {
        RulePack overriding = RulePack.builder("sneaky", "1")
                .add(new RuleSource("sneaky.drl", "package sneaky;\nrule \"PAT-MS-LARGE-TEAM\" when then end\n"))
                .overriding()
                .build();
        RuleLoadingException e = assertThrows(
                RuleLoadingException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addUntrustedPack(overriding)
                        .build());
        assertTrue(e.getMessage().contains("`sneaky`") && e.getMessage().contains("overriding"), e.getMessage());
    }

    @Test
    void trustedRulesAreNotVetted() {
        String drl = """
                package acme.rules;
                import io.archadvisor.facts.*;
                rule "ACME-LOG"
                when
                    TeamSize()
                then
                    System.getProperty("user.name");
                end
                """;
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addRules("acme.drl", drl)
                .build()) {
            assertEquals(1, advisor.rules().size());
        }
    }

    @Test
    void thePolicyIsAnImmutableValueWithValidatedNames() {
        VettingPolicy defaults = VettingPolicy.defaults();
        VettingPolicy wider = defaults.allowPackage("com.acme.facts");
        assertFalse(defaults.allowsPackage("com.acme.facts"));
        assertTrue(wider.allowsPackage("com.acme.facts"));
        assertTrue(wider.allowsClass("com.acme.facts.Broker"));
        assertFalse(wider.allowsClass("com.acme.facts.internal.Broker"), "subpackages are not included");
        assertFalse(defaults.allowsClass("java.util.ServiceLoader"), "denied inside an allowed package");
        assertTrue(defaults.allowClass("java.util.ServiceLoader").allowsClass("java.util.ServiceLoader"));
        assertEquals(defaults, VettingPolicy.defaults());
        assertThrows(InvalidValueException.class, () -> defaults.allowPackage("not a package"));
        assertThrows(NullPointerException.class, () -> defaults.allowClass(null));
    }

    @Test
    void aDrlFileOfTheSeedStyleWithEveryAllowedConstructPasses() {
        String drl = """
                package acme.rules;

                import io.archadvisor.facts.*;
                import io.archadvisor.graph.*;
                import io.archadvisor.model.Pattern;
                import io.archadvisor.facts.AdviceContext;
                import java.util.List;
                import java.time.LocalDate;

                rule "ACME-QUESTIONS"
                    @category("clarifying-questions") @seed("Workflow / 1. Gather context")
                    agenda-group "signals"
                when
                    $u : Unknown(dimension == Dimension.TEAM_SIZE)
                    $ctx : AdviceContext()
                    $open : List() from collect(Unknown())
                    eval(Math.max(1, $open.size()) > 0)
                then
                    insertLogical(new ClarifyingQuestion(Dimension.TEAM_SIZE, "How many?",
                        String.format("%d unknowns on %s", $open.size(), $ctx.date()), List.of("pattern-selection")));
                end
                """;
        List<Violation> v = RuleVetter.of(VettingPolicy.defaults())
                .check(RulePack.of("acme", "1", List.of(new RuleSource("acme.drl", drl))));
        if (!v.isEmpty()) {
            fail("allowed constructs were rejected: " + v);
        }
    }
}
