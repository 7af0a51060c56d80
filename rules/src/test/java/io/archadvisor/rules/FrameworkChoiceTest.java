package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.TechnologyChoice;
import io.archadvisor.rules.support.Frameworks;
import io.archadvisor.rules.support.Messages;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.junit5.RuleTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The framework table (data/frameworks.txt) read by TECH-FW-FROM-LANGUAGE: each language gets the framework its rows
 * say, the rationale is the framework's text with its facts, and the table is complete and well formed.
 */
@RuleTest
class FrameworkChoiceTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{team: {expertise: [kotlin]}}                  | spring-boot",
                "{team: {expertise: [java, python]}}            | spring-boot",
                "{team: {expertise: [java, typescript]}}        | spring-boot",
                "{team: {expertise: [python]}}                  | fastapi",
                "{team: {expertise: [python, java]}}            | fastapi",
                "{team: {expertise: [golang]}}                  | gin",
                "{team: {expertise: [go, python]}}              | gin",
                "{team: {expertise: [typescript]}}              | nestjs",
                "{team: {size: 12, expertise: [node]}}          | nestjs",
                "{team: {size: 10, expertise: [javascript]}}    | nestjs",
                "{team: {expertise: [javascript, typescript]}}  | nestjs",
                "{team: {size: 4, expertise: [javascript]}}     | fastify",
                "{team: {size: 9, expertise: [node]}}           | fastify",
                "{team: {expertise: [node]}}                    | fastify",
                "{team: {expertise: [rust]}}                    | none",
                "{}                                             | none",
            })
    void eachLanguageGetsTheFrameworkItsRowsName(String yaml, String expected, RuleVerifier verify) {
        Optional<TechnologyChoice> framework =
                verify.givenYaml(yaml, "team.yaml").graph().nodes(TechnologyChoice.class).stream()
                        .filter(c -> c.role().equals("framework"))
                        .findFirst();
        String display = Frameworks.all().stream()
                .filter(f -> f.name().equals(expected))
                .map(Frameworks.Framework::display)
                .findFirst()
                .orElse("none");
        assertEquals(display, framework.map(TechnologyChoice::technology).orElse("none"));
    }

    @Test
    void aNestJsRationaleNamesTheSkillAndTheTeamSizeThatChoseIt(RuleVerifier verify) {
        TechnologyChoice nest = verify
                .givenYaml("{team: {size: 12, expertise: [typescript]}}", "team.yaml")
                .graph()
                .nodes(TechnologyChoice.class)
                .stream()
                .filter(c -> c.role().equals("framework"))
                .findFirst()
                .orElseThrow();
        String expected = Messages.text(
                "technology",
                "framework.nestjs",
                "rationale",
                Messages.with("conditions", "team.expertise[0] = typescript, team.size = 12"));
        assertTrue(nest.rationale().startsWith(expected), nest.rationale());
    }

    @Test
    void everyRecommendableFrameworkHasItsRationaleAndEveryRationaleItsFramework() {
        Set<String> texts = Messages.bundle("technology").keySet().stream()
                .filter(k -> k.startsWith("framework."))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = Frameworks.all().stream()
                .filter(Frameworks.Framework::recommended)
                .map(f -> f.textCode() + ".rationale")
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, texts);
        for (String key : texts) {
            Set<String> placeholders = new TreeSet<>(
                    Messages.placeholders(Messages.bundle("technology").get(key)));
            placeholders.removeAll(Set.of("language", "because", "conditions"));
            assertEquals(Set.of(), placeholders, key + " has placeholders TECH-FW-FROM-LANGUAGE does not give");
        }
    }

    @Test
    void everyFrameworkTheSeedListsIsInTheTableAndEveryLanguageItListsGetsOne() {
        Set<String> names =
                Frameworks.all().stream().map(Frameworks.Framework::name).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String seedFramework : List.of("express", "fastify", "nestjs", "fastapi", "gin", "spring-boot")) {
            if (!names.contains(seedFramework)) {
                missing.add(seedFramework);
            }
        }
        for (String language : List.of("java", "python", "go", "nodejs")) {
            if (Frameworks.choose(language, List.of(), List.of()).isEmpty()) {
                missing.add("a framework for " + language);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("nodejs", Frameworks.languageOf("Express.js"));
        assertEquals("java", Frameworks.languageOf("Spring"));
    }

    @Test
    void aMalformedRowIsReportedWithItsLine() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Frameworks.parse("# comment\nnestjs nodejs expertise=ts,teamSize>=x NestJS\n", "t.txt"));
        String message = e.getMessage();
        assertTrue(message.startsWith("t.txt:2: "), message);
        assertTrue(message.contains("teamSize>=x"), message);
    }
}
