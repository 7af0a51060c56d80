package io.archadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.pack.RuleError;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.pack.RuleLoadingException;
import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import io.archadvisor.pack.UnknownRuleException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePacksTest {

    static final Path PACKS = Path.of("src", "test", "resources", "packs");
    static final Path BASE = PACKS.resolve("base");
    static final Path FOLDER = PACKS.resolve("folder");
    static final Path OVERRIDE = PACKS.resolve("override");

    static RulePack base() {
        return RulePack.builder("test-base", "2.1.0").addPath(BASE).build();
    }

    @Test
    void aPackLoadedFromAFolderReadsEveryDrlFileRecursivelyInPathOrder() {
        RulePack pack =
                RulePack.builder("acme-policies", "1.4.0").addPath(FOLDER).build();
        assertEquals(
                List.of(
                        FOLDER.resolve("broker.drl").toString(),
                        FOLDER.resolve("nested").resolve("pentest.drl").toString()),
                pack.sources().stream().map(RuleSource::name).toList());
        try (Advisor advisor =
                Advisor.builder().withoutDefaultPacks().addPack(pack).build()) {
            RecommendationGraph graph = advisor.advise(TestRequirements.pciShop(5, List.of("RabbitMQ")));
            assertEquals(List.of("FOLDER-BROKER", "FOLDER-PCI-PENTEST"), graph.firedRules());
            RuleInfo broker = advisor.rules().get(0);
            assertEquals(
                    new RuleInfo(
                            "FOLDER-BROKER",
                            "acme-policies",
                            FOLDER.resolve("broker.drl").toString(),
                            "company-policy",
                            "MEDIUM",
                            "Only Kafka is approved as a message broker.",
                            "Company / Approved broker",
                            broker.metadata(),
                            6,
                            null),
                    broker);
            assertEquals(FOLDER.resolve("broker.drl") + ":6", broker.location());
        }
    }

    @Test
    void theBuilderAddsAFolderOfRulesToTheCustomPack() {
        try (Advisor advisor =
                Advisor.builder().withoutDefaultPacks().addRules(FOLDER).build()) {
            assertEquals(
                    List.of("custom", "custom"),
                    advisor.rules().stream().map(RuleInfo::pack).toList());
        }
    }

    @Test
    void aFileNamedAgainOrInsideAFolderAlreadyAddedIsLoadedOnce() {
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addRules(FOLDER)
                .addRules(FOLDER.resolve("broker.drl"))
                .addRules(FOLDER.resolve("nested").resolve("..").resolve("broker.drl"))
                .build()) {
            assertEquals(2, advisor.rules().size(), "no duplicate rule id for the same file");
        }
    }

    @Test
    void aClasspathFolderIsScannedInDirectories() {
        List<RuleSource> sources =
                RuleSource.fromClasspathFolder("packs/folder", getClass().getClassLoader());
        assertEquals(
                List.of("classpath:packs/folder/broker.drl", "classpath:packs/folder/nested/pentest.drl"),
                sources.stream().map(RuleSource::name).toList());
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addClasspathFolder("/packs/folder/")
                .build()) {
            assertEquals(2, advisor.rules().size());
        }
    }

    @Test
    void aClasspathFolderIsScannedInJars(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "jarred/rules/z-last.drl", Files.readString(FOLDER.resolve("broker.drl")));
            put(out, "jarred/rules/a/first.drl", Files.readString(FOLDER.resolve("nested/pentest.drl")));
            put(out, "jarred/other/ignored.drl", "not even DRL");
        }
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertEquals(
                    List.of("classpath:jarred/rules/a/first.drl", "classpath:jarred/rules/z-last.drl"),
                    RuleSource.fromClasspathFolder("jarred/rules", loader).stream()
                            .map(RuleSource::name)
                            .toList());
            try (Advisor advisor = Advisor.builder()
                    .withoutDefaultPacks()
                    .classLoader(loader)
                    .addClasspathFolder("jarred/rules")
                    .build()) {
                assertEquals(
                        List.of("FOLDER-BROKER", "FOLDER-PCI-PENTEST"),
                        advisor.rules().stream().map(RuleInfo::id).toList());
            }
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void aMissingFolderOrAnEmptyClasspathFolderIsATypedErrorNamingIt(@TempDir Path dir) {
        RuleLoadingException missing =
                assertThrows(RuleLoadingException.class, () -> Advisor.builder().addRules(dir.resolve("nope")));
        assertTrue(missing.getMessage().contains("nope"), missing.getMessage());
        RuleLoadingException empty = assertThrows(RuleLoadingException.class, () -> RuleSource.fromDirectory(dir));
        assertTrue(empty.getMessage().contains("holds no .drl file"), empty.getMessage());
        RuleLoadingException none =
                assertThrows(RuleLoadingException.class, () -> Advisor.builder().addClasspathFolder("no/such/rules"));
        assertTrue(none.getMessage().contains("`no/such/rules`"), none.getMessage());
    }

    @Test
    void severalPacksLoadSideBySideWithTheirNames() {
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addPack(base())
                .addPack(
                        RulePack.builder("acme-policies", "1.0").addPath(FOLDER).build())
                .addRules("inline.drl", "package x; rule \"INLINE\" when then end")
                .build()) {
            assertEquals(
                    List.of(
                            "BASE-LARGE-TEAM:test-base",
                            "BASE-SMALL-TEAM:test-base",
                            "BASE-SPOF:test-base",
                            "FOLDER-BROKER:acme-policies",
                            "FOLDER-PCI-PENTEST:acme-policies",
                            "INLINE:custom"),
                    advisor.rules().stream().map(r -> r.id() + ":" + r.pack()).toList());
        }
    }

    @Test
    void twoPacksWithOneNameAreRejected() {
        RuleLoadingException e = assertThrows(
                RuleLoadingException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addPack(base())
                        .addPack(RulePack.builder("test-base", "9")
                                .addPath(FOLDER)
                                .build())
                        .build());
        assertTrue(
                e.getMessage().contains("Two rule packs are named `test-base` (versions 2.1.0 and 9)"), e.getMessage());
    }

    @Test
    void anOverridingPackReplacesARuleByIdAndAddsItsNewRules() {
        RulePack overrides = RulePack.builder("company-overrides", "1.0")
                .addPath(OVERRIDE)
                .overriding()
                .build();
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addPack(base())
                .addPack(overrides)
                .build()) {
            assertTrue(
                    advisor.advise(TestRequirements.team(25))
                            .node("guidance:large-team")
                            .isEmpty(),
                    "the replaced rule fired from 20 engineers, the override from 30");
            RecommendationGraph graph = advisor.advise(TestRequirements.team(30));
            assertEquals(
                    "a team of 30 engineers (>= 30)",
                    ((io.archadvisor.graph.Guidance)
                                    graph.node("guidance:large-team").orElseThrow())
                            .rationale());
            RuleInfo large = rule(advisor, "BASE-LARGE-TEAM");
            assertEquals("company-overrides", large.pack());
            assertEquals(OVERRIDE.resolve("large-team.drl") + ":7", large.location());
            assertEquals(BASE.resolve("team.drl") + ":17 (pack test-base)", large.replaces());
            assertNull(rule(advisor, "OVERRIDE-NEW-RULE").replaces());
            assertEquals(4, advisor.rules().size());
        }
    }

    @Test
    void aDuplicateIdWithoutOverrideIsAnErrorNamingBothFilesAndLines() {
        RulePack notMarked =
                RulePack.builder("company", "1.0").addPath(OVERRIDE).build();
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addPack(base())
                        .addPack(notMarked)
                        .build());
        assertEquals(1, e.errors().size(), e.getMessage());
        RuleError error = e.errors().get(0);
        assertEquals(OVERRIDE.resolve("large-team.drl").toString(), error.source());
        assertEquals(7, error.line());
        assertEquals(1, error.column());
        assertTrue(
                error.message()
                        .contains("Duplicate rule id `BASE-LARGE-TEAM`: also defined at " + BASE.resolve("team.drl")
                                + ":17 (pack test-base); this one is in pack company."),
                error.message());
        assertTrue(error.hint().contains("overriding()"), error.hint());
    }

    @Test
    void twoOverridesOfOneRuleAreAnError() {
        RulePack one =
                RulePack.builder("o1", "1").addPath(OVERRIDE).overriding().build();
        RulePack two = RulePack.builder("o2", "1")
                .addDrl("two.drl", "package y;\nrule \"BASE-LARGE-TEAM\" when then end")
                .overriding()
                .build();
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addPack(base())
                        .addPack(one)
                        .addPack(two)
                        .build());
        assertTrue(
                e.getMessage().contains("two.drl:2:1: Duplicate rule id `BASE-LARGE-TEAM` by two overriding sources"),
                e.getMessage());
    }

    @Test
    void aRuleDisabledByIdIsNeitherLoadedNorFired() {
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addPack(base())
                .disableRule("BASE-SMALL-TEAM")
                .build()) {
            assertFalse(advisor.rules().stream().anyMatch(r -> r.id().equals("BASE-SMALL-TEAM")));
            RecommendationGraph graph = advisor.advise(TestRequirements.team(5));
            assertTrue(graph.firedRules().isEmpty(), graph.firedRules().toString());
        }
    }

    @Test
    void disablingAnUnknownIdIsATypedErrorNamingTheClosestIds() {
        UnknownRuleException e = assertThrows(
                UnknownRuleException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addPack(base())
                        .disableRule("BASE-SMALL-TAEM")
                        .build());
        assertEquals("BASE-SMALL-TAEM", e.ruleId());
        assertEquals("BASE-SMALL-TEAM", e.suggestions().get(0));
        assertTrue(
                e.getMessage()
                        .contains("Cannot disable rule `BASE-SMALL-TAEM`: no loaded pack defines it (3 rules"
                                + " loaded). Did you mean `BASE-SMALL-TEAM`"),
                e.getMessage());
    }

    @Test
    void aRuleIsReplacedByIdWithDrlText() {
        String drl = """
                package mine;
                import io.archadvisor.facts.*;
                import io.archadvisor.graph.*;
                rule "BASE-SMALL-TEAM"
                    agenda-group "advise"
                when
                    $t : TeamSize(value < 8)
                then
                    insertLogical(new Guidance(GuidanceArea.ARCHITECTURE, "small-team", "Keep one deployable.", "tiny"));
                end
                """;
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addPack(base())
                .replaceRule("BASE-SMALL-TEAM", drl)
                .build()) {
            assertTrue(advisor.advise(TestRequirements.team(10)).firedRules().isEmpty());
            assertEquals(
                    List.of("BASE-SMALL-TEAM"),
                    advisor.advise(TestRequirements.team(5)).firedRules());
            RuleInfo info = rule(advisor, "BASE-SMALL-TEAM");
            assertEquals("replacements", info.pack());
            assertEquals("replaceRule:BASE-SMALL-TEAM", info.source());
            assertEquals(BASE.resolve("team.drl") + ":6 (pack test-base)", info.replaces());
        }
    }

    @Test
    void replacingAnUnknownIdOrWithTheWrongRuleIsATypedError() {
        UnknownRuleException unknown = assertThrows(
                UnknownRuleException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addPack(base())
                        .replaceRule("BASE-SPOFF", "rule \"BASE-SPOFF\" when then end")
                        .build());
        assertEquals(List.of("BASE-SPOF"), unknown.suggestions());
        RuleLoadingException wrong = assertThrows(
                RuleLoadingException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addPack(base())
                        .replaceRule("BASE-SPOF", "rule \"OTHER\" when then end")
                        .build());
        assertTrue(
                wrong.getMessage()
                        .contains("must define exactly one rule, named \"BASE-SPOF\", but it defines [OTHER]"),
                wrong.getMessage());
    }

    @Test
    void onlySelectedRulesOrPacksAreCompiled() {
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addPack(base())
                .addPack(RulePack.builder("acme", "1").addPath(FOLDER).build())
                .onlyRules("BASE-SPOF", "FOLDER-BROKER")
                .build()) {
            assertEquals(
                    List.of("BASE-SPOF", "FOLDER-BROKER"),
                    advisor.rules().stream().map(RuleInfo::id).toList());
        }
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addPack(base())
                .addPack(RulePack.builder("acme", "1").addPath(FOLDER).build())
                .onlyPacks("acme")
                .build()) {
            assertEquals(
                    List.of("FOLDER-BROKER", "FOLDER-PCI-PENTEST"),
                    advisor.rules().stream().map(RuleInfo::id).toList());
        }
        assertThrows(
                UnknownRuleException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addPack(base())
                        .onlyRules("BASE-SPOT")
                        .build());
        RuleLoadingException pack = assertThrows(
                RuleLoadingException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addPack(base())
                        .onlyPacks("acme")
                        .build());
        assertTrue(pack.getMessage().contains("Loaded packs: test-base."), pack.getMessage());
    }

    @Test
    void aDisabledRuleThatDoesNotCompileIsLeftOutOfTheBuild() {
        String drl = """
                package z;
                import io.archadvisor.facts.*;
                rule "GOOD" when TeamSize(value > 1) then end
                rule "BAD"
                when
                    TeamSize(nonsense > 1)
                then
                end
                """;
        try (Advisor advisor = Advisor.builder()
                .withoutDefaultPacks()
                .addRules("z.drl", drl)
                .disableRule("BAD")
                .build()) {
            assertEquals(
                    List.of("GOOD"), advisor.rules().stream().map(RuleInfo::id).toList());
        }
    }

    @Test
    void aCopiedBuilderIsIndependent() {
        Advisor.Builder original = Advisor.builder().withoutDefaultPacks().addPack(base());
        Advisor.Builder copy = original.copy().disableRule("BASE-SPOF");
        try (Advisor a = original.build();
                Advisor b = copy.build()) {
            assertEquals(3, a.rules().size());
            assertEquals(2, b.rules().size());
        }
    }

    @Test
    void findingsOfCustomPacksAreAntiPatternFindingsWithTheirSubject() {
        try (Advisor advisor =
                Advisor.builder().withoutDefaultPacks().addPack(base()).build()) {
            RecommendationGraph graph = advisor.advise(TestRequirements.pciShop(5, List.of(), "orders", 1, "cart", 2));
            assertEquals(
                    List.of("orders"),
                    graph.nodes(AntiPatternFinding.class).stream()
                            .map(AntiPatternFinding::subject)
                            .toList());
        }
    }

    static RuleInfo rule(Advisor advisor, String id) {
        return advisor.rules().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aRuleLeftOutKeepsTheLinesAndColumnsOfTheErrorsAfterIt() {
        String drl = """
                package z;
                import io.archadvisor.facts.*;
                rule "LEFT-OUT"
                when
                    TeamSize(value > 1)
                then
                end
                rule "BROKEN"
                when
                    TeamSize(vaule > 1)
                then
                end
                """;
        RuleCompilationException e = assertThrows(
                RuleCompilationException.class,
                () -> Advisor.builder()
                        .withoutDefaultPacks()
                        .addRules("z.drl", drl)
                        .disableRule("LEFT-OUT")
                        .build());
        assertEquals(
                List.of("z.drl:10:14"),
                e.errors().stream()
                        .map(r -> r.source() + ":" + r.line() + ":" + r.column())
                        .toList(),
                e.getMessage());
    }
}
