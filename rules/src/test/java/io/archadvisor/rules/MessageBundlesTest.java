package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.rules.support.Frameworks;
import io.archadvisor.rules.support.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * gives; every text of a bundle is used by a rule; a converted pack builds no prose for its nodes itself. Read
 * statically from the DRL, so a text that only a rare input reaches is checked too.
 */
class MessageBundlesTest {

    /** The DRL files whose words live in a bundle of the same name. */
    static final List<String> CONVERTED = List.of(
            "outdated-patterns",
            "gitops",
            "edge",
            "api",
            "reliability",
            "antipatterns",
            "roadmap",
            "security",
            "data",
            "compliance",
            "technology",
            "architecture",
            "principles",
            "patterns",
            "questions",
            "design",
            "catalog",
            "checklist-design");

    /**
     * Packs whose findings take their evidence and migration path from the technology catalog's review of a
     * version (written by the catalog, not by the rule), so the rule builds the finding itself and only its own
     * words come from the bundle.
     */
    static final Set<String> FINDINGS_FROM_THE_CATALOG = Set.of("catalog");

    private static final Pattern START = Pattern.compile("Messages\\.(finding|guidance|text)\\(");
    private static final Pattern PARAM = Pattern.compile("(?:with|and)\\(\\s*\"([A-Za-z][A-Za-z0-9]*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    /** One use of messages: the bundle, the keys it needs and the parameter names it gives. */
    record Use(String bundle, List<String> keys, Set<String> params) {}

    static Stream<String> converted() {
        return CONVERTED.stream();
    }

    /** Bundles whose texts only Java support classes use (the DRL of the same name asks for none). */
    static final List<String> JAVA_ONLY_BUNDLES = List.of("checklist-catalog");

    static Stream<String> bundles() {
        return Stream.concat(CONVERTED.stream(), JAVA_ONLY_BUNDLES.stream());
    }

    static List<Use> uses(String file) {
        return usesIn(read(RuleCases.BASE + file + ".drl"));
    }

    /**
     * The uses of messages in a DRL or Java source. A use whose code is not a literal (a code read from a data
     * table, such as a framework's {@code framework.NAME}) is left to the test of that table.
     */
    static List<Use> usesIn(String drl) {
        List<Use> out = new ArrayList<>();
        Matcher m = START.matcher(drl);
        while (m.find()) {
            int close = closing(drl, m.end() - 1);
            List<String> args = split(drl.substring(m.end(), close));
            if (m.group(1).equals("text") && !isLiteral(args.get(1))) {
                continue;
            }
            String bundle = unquote(args.get(0));
            List<String> keys = new ArrayList<>();
            String paramsArg;
            switch (m.group(1)) {
                case "finding" -> {
                    String textKey = unquote(args.get(args.size() == 6 ? 2 : 1));
                    keys.add(textKey + ".evidence");
                    keys.add(textKey + ".remediation");
                    if (Messages.bundle(bundle).containsKey(textKey + ".migrationPath")) {
                        keys.add(textKey + ".migrationPath");
                    }
                    paramsArg = args.get(args.size() - 1);
                }
                case "guidance" -> {
                    String textKey = unquote(args.get(args.size() == 5 ? 3 : 2));
                    keys.add(textKey + ".advice");
                    keys.add(textKey + ".rationale");
                    paramsArg = args.get(args.size() - 1);
                }
                default -> {
                    Matcher l = LITERAL.matcher(args.get(2));
                    while (l.find()) {
                        keys.add(unquote(args.get(1)) + "." + l.group(1));
                    }
                    paramsArg = args.get(3);
                }
            }
            Set<String> params = new LinkedHashSet<>();
            Matcher p = PARAM.matcher(paramsArg);
            while (p.find()) {
                params.add(p.group(1));
            }
            out.add(new Use(bundle, keys, params));
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
            for (String key : u.keys()) {
                String text = bundle.get(key);
                if (text == null) {
                    problems.add(key + " is missing from " + u.bundle() + ".properties");
                    continue;
                }
                for (String placeholder : Messages.placeholders(text)) {
                    if (!u.params().contains(placeholder)) {
                        problems.add(key + " has {" + placeholder + "}, which the rule does not give (it gives "
                                + u.params() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyTextOfTheBundleIsUsedByARule(String file) {
        Set<String> used = new TreeSet<>();
        uses(file).forEach(u -> used.addAll(u.keys()));
        for (Path java : javaSources()) {
            usesIn(readFile(java)).stream().filter(u -> u.bundle().equals(file)).forEach(u -> used.addAll(u.keys()));
        }
        if (file.equals("technology")) {
            Frameworks.all().stream()
                    .filter(Frameworks.Framework::recommended)
                    .forEach(f -> used.add(f.textCode() + ".rationale"));
        }
        Set<String> unused = new TreeSet<>(Messages.bundle(file).keySet());
        unused.removeAll(used);
        assertEquals(Set.of(), unused);
    }

    /** The Java sources of the rules module that take texts from the bundles. */
    static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(JAVA)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("Messages.java"))
                    .filter(p -> readFile(p).contains("Messages.text("))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The support classes whose words live in bundles: they may build no sentence themselves (a string literal with
     * two words in a row, outside comments and exception messages).
     */
    static final List<String> CONVERTED_JAVA = List.of(
            "support/Estate.java",
            "support/Review.java",
            "support/Delivery.java",
            "support/Recovery.java",
            "support/Platform.java",
            "support/Design.java",
            "catalog/CatalogChecklist.java");

    static Stream<String> convertedJava() {
        return CONVERTED_JAVA.stream();
    }

    private static final Path JAVA = Path.of("src/main/java/io/archadvisor/rules");
    private static final Pattern PROSE = Pattern.compile("\"[^\"\\n]*[A-Za-z]+ [A-Za-z]+[^\"\\n]*\"");

    @Test
    void everyTextAJavaClassAsksForExistsAndEveryPlaceholderIsFilled() {
        List<Path> sources = javaSources();
        assertTrue(sources.size() >= CONVERTED_JAVA.size(), sources.toString());
        List<String> problems = new ArrayList<>();
        for (Path java : sources) {
            for (Use u : usesIn(readFile(java))) {
                Map<String, String> bundle = Messages.bundle(u.bundle());
                for (String key : u.keys()) {
                    String text = bundle.get(key);
                    if (text == null) {
                        problems.add(
                                java.getFileName() + ": " + key + " is missing from " + u.bundle() + ".properties");
                        continue;
                    }
                    for (String placeholder : Messages.placeholders(text)) {
                        if (!u.params().contains(placeholder)) {
                            problems.add(java.getFileName() + ": " + key + " has {" + placeholder + "}, which the"
                                    + " class does not give (it gives " + u.params() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("convertedJava")
    void aConvertedSupportClassBuildsNoSentenceItself(String file) {
        List<String> prose = new ArrayList<>();
        boolean comment = false;
        boolean thrown = false;
        for (String line : readFile(JAVA.resolve(file)).lines().toList()) {
            String l = line.strip();
            if (l.startsWith("/*")) {
                comment = true;
            }
            thrown |= l.contains("throw new ");
            boolean skip = comment || thrown || l.startsWith("//") || l.startsWith("*");
            if (l.endsWith("*/")) {
                comment = false;
            }
            if (l.endsWith(";")) {
                thrown = false;
            }
            if (!skip && PROSE.matcher(l).find()) {
                prose.add(l);
            }
        }
        assertEquals(List.of(), prose, file + " writes words that belong in a message bundle");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converted")
    void theRulesOfAConvertedPackBuildNoProseThemselves(String file) {
        String drl = read(RuleCases.BASE + file + ".drl");
        if (!FINDINGS_FROM_THE_CATALOG.contains(file)) {
            assertFalse(drl.contains("new AntiPatternFinding("), file + ".drl builds a finding's words itself");
        }
        assertFalse(drl.contains("new Guidance("), file + ".drl builds guidance's words itself");
    }

    @Test
    void aMissingTextOrAnUnfilledPlaceholderIsAnErrorNotAHalfSentence() {
        IllegalStateException missing = assertThrows(
                IllegalStateException.class,
                () -> Messages.text("outdated-patterns", "NO-SUCH-CODE", "evidence", Messages.none()));
        assertTrue(missing.getMessage().contains("NO-SUCH-CODE.evidence"), missing.getMessage());
        IllegalStateException unfilled = assertThrows(
                IllegalStateException.class,
                () -> Messages.text(
                        "outdated-patterns",
                        "AP-OUTDATED-PATTERN-POLLING",
                        "evidence",
                        Messages.with("service", "sync")));
        assertTrue(unfilled.getMessage().contains("{fact}"), unfilled.getMessage());
    }

    @Test
    void aTextIsItsTemplateWithEveryPlaceholderFilledAndAParameterGivenTwiceTakesItsLastValue() {
        String text = Messages.text(
                "outdated-patterns",
                "AP-OUTDATED-PATTERN-POLLING",
                "evidence",
                Messages.with("service", "first")
                        .and("fact", "services.orders.polling = true")
                        .and("events", "Kafka → “orders”")
                        .and("service", "orders"));
        assertEquals(
                "orders polls for changes (services.orders.polling = true) although the system already carries events"
                        + " (Kafka → “orders”): polling adds load on the polled side and up to one interval of delay",
                text);
        assertEquals(
                List.of("service", "fact", "events"),
                List.copyOf(Messages.with("service", "a")
                        .and("fact", "b")
                        .and("events", "c")
                        .and("service", "d")
                        .values()
                        .keySet()));
    }

    @Test
    void aDoubledBraceIsALiteralBrace() {
        String text = Messages.text(
                "reliability",
                "rel-async-long-running",
                "advice",
                Messages.with("jDescribe", "workload.longRunningJobs = true"));
        assertTrue(text.contains("/v1/jobs/{id}"), text);
    }

    private static int closing(String s, int open) {
        int depth = 0;
        boolean string = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced call at " + open);
    }

    private static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean string = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (string) {
                cur.append(c);
                if (c == '\\') {
                    cur.append(args.charAt(++i));
                } else if (c == '"') {
                    string = false;
                }
                continue;
            }
            if (c == '"') {
                string = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString().strip());
        return out;
    }

    private static boolean isLiteral(String arg) {
        String s = arg.strip();
        return s.length() >= 2
                && s.charAt(0) == '"'
                && s.charAt(s.length() - 1) == '"'
                && s.indexOf('"', 1) == s.length() - 1;
    }

    private static String unquote(String literal) {
        String s = literal.strip();
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            throw new IllegalStateException("expected a string literal, found " + literal);
        }
        return s.substring(1, s.length() - 1);
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
