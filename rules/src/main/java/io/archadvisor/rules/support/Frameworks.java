package io.archadvisor.rules.support;

import io.archadvisor.facts.TeamExpertise;
import io.archadvisor.facts.TeamSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The web frameworks the rules know and which one a service language gets, read from the table
 * {@code io/archadvisor/rules/data/frameworks.txt}: a language gets the first framework of its language whose
 * condition holds ({@code always}, or any of {@code expertise=X} and {@code teamSize>=N}). The rule that chooses
 * matches only the facts that make a condition hold, so provenance names exactly what decided the choice.
 */
public final class Frameworks {

    /** Where the table lives on the class path. */
    public static final String RESOURCE = "io/archadvisor/rules/data/frameworks.txt";

    /**
     * One framework of the table.
     *
     * @param name its catalog name, such as {@code spring-boot}
     * @param language the catalog name of the language it is written for
     * @param recommended whether the rules ever recommend it (its condition is not {@code never})
     * @param always whether it holds for every team
     * @param skills skills of which any one makes it hold (lower case)
     * @param minTeamSize a known team size of at least this makes it hold, or 0 for none
     * @param display its display name
     */
    public record Framework(
            String name,
            String language,
            boolean recommended,
            boolean always,
            List<String> skills,
            int minTeamSize,
            String display) {

        /** Copies the skills. */
        public Framework {
            skills = List.copyOf(skills);
        }

        /** The message code of its rationale: {@code framework.NAME}. */
        public String textCode() {
            return "framework." + name;
        }

        /** Whether the skill or team size fact makes this framework's condition hold. */
        boolean holdsFor(Object fact) {
            if (fact instanceof TeamExpertise e) {
                return skills.contains(e.value().toLowerCase(Locale.ROOT));
            }
            return fact instanceof TeamSize s && minTeamSize > 0 && s.value() >= minTeamSize;
        }
    }

    private static final List<Framework> ALL = load();

    private Frameworks() {}

    /** Every framework of the table, in its order. */
    public static List<Framework> all() {
        return ALL;
    }

    /** The catalog name of the language a framework (as written) is written for, or {@code null} when not known. */
    public static String languageOf(String framework) {
        String name = Estate.catalogName(framework);
        return ALL.stream()
                .filter(f -> f.name().equals(name))
                .map(Framework::language)
                .findFirst()
                .orElse(null);
    }

    /** Whether the team listing this skill makes a recommendable framework of the language hold. */
    public static boolean decidesSkill(String language, String skill) {
        return conditional(language).anyMatch(f -> f.skills().contains(skill.toLowerCase(Locale.ROOT)));
    }

    /** Whether a team of this size makes a recommendable framework of the language hold. */
    public static boolean decidesTeamSize(String language, int size) {
        return conditional(language).anyMatch(f -> f.minTeamSize() > 0 && size >= f.minTeamSize());
    }

    private static java.util.stream.Stream<Framework> conditional(String language) {
        return ALL.stream()
                .filter(f -> f.recommended() && !f.always() && f.language().equals(language));
    }

    /**
     * The framework a service language gets, given the skills and team sizes that {@link #decidesSkill} and
     * {@link #decidesTeamSize} selected: the first recommendable framework of the language that holds always or
     * for one of them. Empty (a list, so a rule can match it with {@code from}) when the table recommends none.
     */
    public static List<Framework> choose(String language, Collection<?> skills, Collection<?> sizes) {
        Optional<Framework> chosen = ALL.stream()
                .filter(f -> f.recommended() && f.language().equals(language))
                .filter(f -> f.always()
                        || skills.stream().anyMatch(f::holdsFor)
                        || sizes.stream().anyMatch(f::holdsFor))
                .findFirst();
        return chosen.map(List::of).orElse(List.of());
    }

    /** The deciding facts in words, skills first: {@code team.expertise[0] = typescript, team.size = 12}. */
    public static String conditions(Collection<?> skills, Collection<?> sizes) {
        List<String> out = new ArrayList<>();
        for (Object o : skills) {
            out.add(describe(o));
        }
        for (Object o : sizes) {
            out.add(describe(o));
        }
        return String.join(", ", out);
    }

    private static String describe(Object o) {
        return o instanceof io.archadvisor.facts.InputFact f ? f.describe() : String.valueOf(o);
    }

    private static List<Framework> load() {
        try (InputStream in = Frameworks.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No framework table " + RESOURCE + " on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a framework table: {@code framework language when display...} per line, {@code #} comments.
     *
     * @throws IllegalStateException naming the line of a malformed row
     */
    public static List<Framework> parse(String text, String source) {
        List<Framework> out = new ArrayList<>();
        int line = 0;
        for (String row : text.split("\n", -1)) {
            line++;
            String r = row.strip();
            if (r.isEmpty() || r.startsWith("#")) {
                continue;
            }
            String[] cols = r.split("\\s+", 4);
            if (cols.length != 4) {
                throw malformed(source, line, r, "expected `framework language when display`");
            }
            String when = cols[2];
            List<String> skills = new ArrayList<>();
            int minTeamSize = 0;
            boolean always = when.equals("always");
            boolean never = when.equals("never");
            if (!always && !never) {
                for (String condition : when.split(",")) {
                    if (condition.startsWith("expertise=") && condition.length() > "expertise=".length()) {
                        skills.add(condition.substring("expertise=".length()).toLowerCase(Locale.ROOT));
                    } else if (condition.matches("teamSize>=[1-9][0-9]*") && minTeamSize == 0) {
                        minTeamSize = Integer.parseInt(condition.substring("teamSize>=".length()));
                    } else {
                        throw malformed(
                                source,
                                line,
                                r,
                                "the condition `" + condition + "` is none of always, never, expertise=SKILL,"
                                        + " teamSize>=N (once)");
                    }
                }
            }
            out.add(new Framework(cols[0], cols[1], !never, always, skills, minTeamSize, cols[3].strip()));
        }
        return List.copyOf(out);
    }

    private static IllegalStateException malformed(String source, int line, String row, String what) {
        return new IllegalStateException(source + ":" + line + ": " + what + ", found `" + row + "`");
    }
}
