package io.archadvisor.rules.support;

import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words of a rule pack, kept apart from its logic: rules insert a code and named parameters, and the texts come
 * from the pack's message bundle (io/archadvisor/rules/messages/BUNDLE.properties, keys CODE.PART, placeholders
 * written as a name in braces, a literal opening brace written twice), resolved when the node is built. A missing
 * text or a placeholder without a parameter is an error naming the bundle, the key and the parameters given, never
 * a half-filled sentence; MessageBundlesTest checks every bundle against the rules that use it.
 */
public final class Messages {

    /** Where the bundles live on the class path. */
    public static final String FOLDER = "io/archadvisor/rules/messages/";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();
    /** Parsed templates by bundle, code and part. */
    private static final Map<String, Map<String, Map<String, String[]>>> PARSED = new ConcurrentHashMap<>();
    /** What {@link #PARSED} holds for a text the bundle does not have. */
    private static final String[] ABSENT = {};

    private Messages() {}

    /** Named parameters for a message, built in order: {@code Messages.with("service", s).and("fact", f)}. */
    public static final class Params {
        // a handful of parameters a message: two parallel arrays searched in order cost less than a map
        private String[] names = new String[4];
        private String[] values = new String[4];
        private int size;

        private Params() {}

        /** This and one more parameter; a name given again keeps its place and takes the new value. */
        public Params and(String name, Object value) {
            Objects.requireNonNull(name, "name");
            String text = String.valueOf(value);
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = text;
                    return this;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = text;
            return this;
        }

        /** The value of a parameter, or {@code null}. */
        @Nullable
        String get(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }

        /** The parameters by name, in the order they were given. */
        public Map<String, String> values() {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                out.put(names[i], values[i]);
            }
            return Collections.unmodifiableMap(out);
        }
    }

    /** Parameters starting with this one. */
    public static Params with(String name, Object value) {
        return new Params().and(name, value);
    }

    /** No parameters. */
    public static Params none() {
        return new Params();
    }

    /**
     * The text of {@code code.part} in the bundle with the parameters filled in.
     *
     * @throws IllegalStateException when the bundle has no such text or a placeholder has no parameter
     */
    public static String text(String bundle, String code, String part, Params params) {
        String[] segments = segments(bundle, code, part);
        if (segments == null) {
            throw new IllegalStateException("The message bundle " + FOLDER + bundle + ".properties has no text `" + code
                    + "." + part + "`; add it");
        }
        if (segments.length == 1) {
            return segments[0];
        }
        // the pieces joined once: the result is allocated at its exact length, with no builder to grow and copy
        String[] pieces = new String[segments.length];
        for (int i = 0; i < segments.length; i++) {
            if (i % 2 == 0) {
                pieces[i] = segments[i];
                continue;
            }
            String value = params.get(segments[i]);
            if (value == null) {
                throw new IllegalStateException("The text `" + code + "." + part + "` of " + FOLDER + bundle
                        + ".properties has the placeholder {" + segments[i] + "}, but the rule gives only "
                        + params.values().keySet());
            }
            pieces[i] = value;
        }
        return String.join("", pieces);
    }

    /**
     * The parsed template of {@code code.part}, or {@code null} when the bundle has no such text; looked up by code and
     * part without building the key each time.
     */
    private static String @Nullable [] segments(String bundle, String code, String part) {
        Map<String, Map<String, String[]>> byCode = PARSED.computeIfAbsent(bundle, b -> new ConcurrentHashMap<>());
        Map<String, String[]> byPart = byCode.get(code);
        String[] segments = byPart == null ? null : byPart.get(part);
        if (segments == null) {
            // a bundle does not change once read: remember a text it lacks too (a finding's optional migration path)
            String template = bundle(bundle).get(code + "." + part);
            segments = template == null ? ABSENT : parse(template);
            byCode.computeIfAbsent(code, c -> new ConcurrentHashMap<>()).put(part, segments);
        }
        return segments == ABSENT ? null : segments;
    }

    /**
     * A template split once into literal text and placeholder names, alternating and starting with literal text
     * (a doubled opening brace already turned into one), so filling it needs no regular expression per call.
     */
    private static String[] parse(String template) {
        java.util.List<String> segments = new java.util.ArrayList<>();
        StringBuilder literal = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            literal.append(template, at, m.start());
            at = m.end();
            if (m.group(1) == null) {
                literal.append('{');
            } else {
                segments.add(literal.toString());
                segments.add(m.group(1));
                literal.setLength(0);
            }
        }
        literal.append(template, at, template.length());
        segments.add(literal.toString());
        return segments.toArray(new String[0]);
    }

    /**
     * An anti-pattern finding whose evidence, remediation and migration path ({@code code.evidence},
     * {@code code.remediation}, {@code code.migrationPath}, the last optional) come from the bundle.
     */
    public static AntiPatternFinding finding(
            String bundle, String code, String subject, Severity severity, Params params) {
        return finding(bundle, code, code, subject, severity, params);
    }

    /**
     * A finding with the code {@code code} whose words are the texts {@code textKey.evidence},
     * {@code textKey.remediation} and the optional {@code textKey.migrationPath}: for rules that report the same
     * finding in different situations.
     */
    public static AntiPatternFinding finding(
            String bundle, String code, String textKey, String subject, Severity severity, Params params) {
        String migration = segments(bundle, textKey, "migrationPath") != null
                ? text(bundle, textKey, "migrationPath", params)
                : null;
        return new AntiPatternFinding(
                code,
                subject,
                severity,
                text(bundle, textKey, "evidence", params),
                text(bundle, textKey, "remediation", params),
                migration);
    }

    /** Guidance whose advice and rationale ({@code code.advice}, {@code code.rationale}) come from the bundle. */
    public static io.archadvisor.graph.Guidance guidance(
            String bundle, io.archadvisor.graph.GuidanceArea area, String code, Params params) {
        return guidance(bundle, area, code, code, params);
    }

    /**
     * Guidance with the code {@code code} whose words are the texts {@code textKey.advice} and
     * {@code textKey.rationale}: for rules that derive the same guidance in different situations.
     */
    public static io.archadvisor.graph.Guidance guidance(
            String bundle, io.archadvisor.graph.GuidanceArea area, String code, String textKey, Params params) {
        return new io.archadvisor.graph.Guidance(
                area, code, text(bundle, textKey, "advice", params), text(bundle, textKey, "rationale", params));
    }

    /** Every text of a bundle by key, for tests. */
    public static Map<String, String> bundle(String bundle) {
        return BUNDLES.computeIfAbsent(bundle, Messages::load);
    }

    /** The placeholder names of a text, in order. */
    public static java.util.List<String> placeholders(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static Map<String, String> load(String bundle) {
        String resource = FOLDER + bundle + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("No message bundle " + resource + " on the class path");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new LinkedHashMap<>();
            for (String k : new java.util.TreeSet<>(p.stringPropertyNames())) {
                out.put(k, p.getProperty(k));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
