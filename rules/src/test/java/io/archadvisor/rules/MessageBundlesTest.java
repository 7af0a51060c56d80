package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.rules.support.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message a rule asks for exists in its pack's bundle, with each placeholder filled by a parameter the rule
 * gives; every text of a bundle is used by a rule. Read statically from the DRL, so a text that only a rare input
 * reaches is checked too.
 */
class MessageBundlesTest {

    /** The DRL files whose words live in a bundle of the same name. */
    static final List<String> CONVERTED = List.of("outdated-patterns");

    private static final Pattern CALL = Pattern.compile(
            "Messages\\.(finding|text)\\(\"([a-z0-9-]+)\",\\s*\"([A-Za-z0-9:-]+)\"(?:,\\s*\"([a-zA-Z]+)\")?(.*?)\\);\\s*$",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern PARAM = Pattern.compile("(?:with|and)\\(\"([A-Za-z][A-Za-z0-9]*)\"");

    /** One use of a message: the bundle, the code, the parts it needs and the parameter names it gives. */
    record Use(String bundle, String code, List<String> parts, Set<String> params) {
    }

    static Stream<String> converted() {
        return CONVERTED.stream();
    }

    static List<Use> uses(String file) {
        String drl = read(RuleCases.BASE + file + ".drl");
        List<Use> out = new ArrayList<>();
        for (String statement : drl.split("(?m)^\\s*insertLogical\\(")) {
            Matcher m = CALL.matcher(statement);
            while (m.find()) {
                Set<String> params = new LinkedHashSet<>();
                Matcher p = PARAM.matcher(m.group(5));
                while (p.find()) {
                    params.add(p.group(1));
                }
                List<String> parts = m.group(1).equals("finding") ? List.of("evidence", "remediation")
                        : List.of(m.group(4));
                out.add(new Use(m.group(2), m.group(3), parts, params));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converted")
    void everyTextARuleAsksForExistsAndEveryPlaceholderIsFilled(String file) {
        List<Use> uses = uses(file);
        assertFalse(uses.isEmpty(), file + ".drl asks for no message");
        List<String> problems = new ArrayList<>();
        for (Use u : uses) {
            Map<String, String> bundle = Messages.bundle(u.bundle());
            List<String> parts = new ArrayList<>(u.parts());
            if (bundle.containsKey(u.code() + ".migrationPath")) {
                parts.add("migrationPath");
            }
            for (String part : parts) {
                String text = bundle.get(u.code() + "." + part);
                if (text == null) {
                    problems.add(u.code() + "." + part + " is missing from " + u.bundle() + ".properties");
                    continue;
                }
                for (String placeholder : Messages.placeholders(text)) {
                    if (!u.params().contains(placeholder)) {
                        problems.add(u.code() + "." + part + " has {" + placeholder + "}, which the rule does not"
                                + " give (it gives " + u.params() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converted")
    void everyTextOfTheBundleIsUsedByARule(String file) {
        Set<String> codes = new TreeSet<>();
        uses(file).forEach(u -> codes.add(u.code()));
        Set<String> unused = new TreeSet<>();
        for (String key : Messages.bundle(file).keySet()) {
            if (!codes.contains(key.substring(0, key.lastIndexOf('.')))) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converted")
    void theRulesOfAConvertedPackBuildNoProseThemselves(String file) {
        String drl = read(RuleCases.BASE + file + ".drl");
        assertFalse(drl.contains("new AntiPatternFinding("), file + ".drl builds a finding's words itself");
    }

    @Test
    void aMissingTextOrAnUnfilledPlaceholderIsAnErrorNotAHalfSentence() {
        IllegalStateException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Messages.text("outdated-patterns", "NO-SUCH-CODE", "evidence", Messages.none()));
        assertTrue(missing.getMessage().contains("NO-SUCH-CODE.evidence"), missing.getMessage());
        IllegalStateException unfilled = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Messages.text("outdated-patterns", "AP-OUTDATED-PATTERN-POLLING", "evidence",
                        Messages.with("service", "sync")));
        assertTrue(unfilled.getMessage().contains("{fact}"), unfilled.getMessage());
    }

    private static String read(String resource) {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
