package io.archadvisor.cli;

import io.archadvisor.Advisor;
import io.archadvisor.pack.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to build the {@link Advisor} of a run: extra rules, vetted untrusted rules, disabled rules, a catalog overlay,
 * the limits and the advice date. Independent of any command-line parser.
 *
 * @param rules DRL files or folders added to the built-in packs
 * @param untrustedRules DRL files or folders vetted before they are compiled
 * @param disabledRules rule ids left out
 * @param catalog a catalog file layered over the built-in catalog, or a folder {@code catalog update} wrote (the
 *     built-in catalog with its cached data), or {@code null}
 * @param maxFirings the most rule firings per advice, or {@code null} for the default
 * @param timeout the longest an advice may take, or {@code null} for the default
 * @param date the advice date (for end-of-life decisions), or {@code null} for today
 */
public record AdvisorOptions(
        List<Path> rules,
        List<Path> untrustedRules,
        List<String> disabledRules,
        Path catalog,
        Integer maxFirings,
        Duration timeout,
        LocalDate date) {

    /** The longest advice the command waits for; longer values would overflow the engine's clock arithmetic. */
    static final Duration MAX_TIMEOUT = Duration.ofHours(24);

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min)?");

    /** The defaults: the built-in packs, catalog and limits, dated today. */
    public static final AdvisorOptions DEFAULTS =
            new AdvisorOptions(List.of(), List.of(), List.of(), null, null, null, null);

    /** Validates and copies. */
    public AdvisorOptions {
        rules = List.copyOf(rules);
        untrustedRules = List.copyOf(untrustedRules);
        disabledRules = List.copyOf(disabledRules);
        if (maxFirings != null && maxFirings < 1) {
            throw new CliException("--max-firings must be at least 1, got " + maxFirings);
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new CliException("--timeout must be positive, got " + timeout);
        }
        if (timeout != null && timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new CliException("--timeout must be at most 24h, got " + timeout.toHours() + "h");
        }
    }

    /**
     * Builds the advisor: compiles the built-in and added rules.
     *
     * @throws CliException when a rules or catalog file is missing
     * @throws io.archadvisor.base.ArchAdvisorException when rules do not compile or fail vetting, or the catalog is invalid
     */
    public Advisor build() {
        Advisor.Builder b = Advisor.builder();
        for (Path r : rules) {
            b.addRules(existing(r, "--rules", "a DRL file or a folder of them"));
        }
        if (!untrustedRules.isEmpty()) {
            RulePack.Builder pack = RulePack.builder("untrusted", "0");
            for (Path r : untrustedRules) {
                pack.addPath(existing(r, "--untrusted-rules", "a DRL file or a folder of them"));
            }
            b.addUntrustedPack(pack.build());
        }
        if (!disabledRules.isEmpty()) {
            b.disableRule(disabledRules.toArray(String[]::new));
        }
        if (catalog != null) {
            b.catalog(CatalogOption.load(catalog, "--catalog"));
        }
        if (maxFirings != null) {
            b.maxRuleFirings(maxFirings);
        }
        if (timeout != null) {
            b.timeout(timeout);
        }
        if (date != null) {
            b.clock(Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        }
        return b.build();
    }

    private static Path existing(Path p, String option, String what) {
        if (!Files.exists(p)) {
            throw new CliException(option + " " + p + ": no such file or folder; give " + what);
        }
        if (!Files.isReadable(p)) {
            throw new CliException(option + " " + p + ": cannot be read; check its permissions");
        }
        return p;
    }

    /**
     * A duration such as {@code 10s}, {@code 500ms}, {@code 2m} or {@code PT10S}; a plain number is seconds.
     *
     * @throws CliException naming the accepted forms
     */
    public static Duration parseDuration(String text, String option) {
        Objects.requireNonNull(text, "text");
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            Matcher m = DURATION.matcher(t);
            if (m.matches()) {
                double n = Double.parseDouble(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                double millis = switch (unit) {
                    case "ms" -> n;
                    case "m", "min" -> n * 60_000;
                    default -> n * 1_000;
                };
                return Duration.ofMillis(Math.round(millis));
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            // reported below
        }
        throw new CliException(option + " `" + text + "` is not a duration: write it as 10s, 500ms or 2m");
    }

    /**
     * A date written {@code YYYY-MM-DD}.
     *
     * @throws CliException naming the form
     */
    public static LocalDate parseDate(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliException(
                    option + " `" + text + "` is not a date: write it as YYYY-MM-DD, such as 2026-08-22");
        }
    }
}
