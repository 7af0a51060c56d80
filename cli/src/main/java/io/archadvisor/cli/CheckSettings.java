package io.archadvisor.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of an {@code advise} or {@code check} run as a host gives them — command-line flags, a build plugin's
 * parameters — each {@code null} when not given, resolved over an {@code .archadvisor.yaml} the way the command
 * resolves its flags: a given setting wins over the file's key, which wins over the default; a given list replaces the
 * file's list. Paths from the file are relative to its folder; given paths are taken as they are.
 *
 * @param outputs {@code FORMAT=PATH} specifications, or {@code null}
 * @param failOn the lowest severity that fails, or {@code null}
 * @param failOnChecklist whether a failed checklist item fails, or {@code null}
 * @param waivers the waivers file, or {@code null}
 * @param baseline the baseline file, or {@code null}
 * @param rules DRL files or folders added to the built-in packs, or {@code null}
 * @param untrustedRules DRL files or folders vetted before they are compiled, or {@code null}
 * @param disabledRules rule ids left out, or {@code null}
 * @param catalog a catalog overlay file, or {@code null}
 * @param maxFirings the most rule firings per advice, or {@code null}
 * @param timeout the longest one advice may take, or {@code null}
 * @param date the advice date, or {@code null}
 */
public record CheckSettings(
        List<String> outputs,
        FailLevel failOn,
        Boolean failOnChecklist,
        Path waivers,
        Path baseline,
        List<Path> rules,
        List<Path> untrustedRules,
        List<String> disabledRules,
        Path catalog,
        Integer maxFirings,
        Duration timeout,
        LocalDate date) {

    /** Nothing given: everything comes from the configuration or the defaults. */
    public static final CheckSettings NONE =
            new CheckSettings(null, null, null, null, null, null, null, null, null, null, null, null);

    /** Copies the lists that are given. */
    public CheckSettings {
        outputs = outputs == null ? null : List.copyOf(outputs);
        rules = rules == null ? null : List.copyOf(rules);
        untrustedRules = untrustedRules == null ? null : List.copyOf(untrustedRules);
        disabledRules = disabledRules == null ? null : List.copyOf(disabledRules);
    }

    /**
     * The advisor options: each given setting, else the configuration's key, else the default.
     *
     * @throws CliException when a key of the configuration has a value the command rejects
     */
    public AdvisorOptions advisorOptions(ConfigFile file) {
        Config c = file.config();
        return new AdvisorOptions(
                or(rules, file.resolveAll(c.rules())),
                or(untrustedRules, file.resolveAll(c.untrustedRules())),
                or(disabledRules, c.disabledRules()),
                catalog != null ? catalog : c.catalog() == null ? null : file.resolve(c.catalog()),
                maxFirings != null ? maxFirings : c.maxFirings(),
                timeout != null
                        ? timeout
                        : c.timeout() == null ? null : AdvisorOptions.parseDuration(c.timeout(), "timeout"),
                date != null ? date : c.date() == null ? null : AdvisorOptions.parseDate(c.date(), "date"));
    }

    /**
     * The options of a run on these inputs: each given setting, else the configuration's key, else the default of
     * {@code check} (fail on high, and on failed checklist items).
     *
     * @throws CliException when an output or a key of the configuration is invalid, or the inputs and outputs do not
     *     fit together
     */
    public CheckOptions resolve(List<String> inputs, ConfigFile file, boolean quiet) {
        return resolve(inputs, List.of(), file, quiet);
    }

    /**
     * The options of a run on files imported with {@code --from} ({@code from}) and an optional overlay
     * ({@code inputs}), as {@link #resolve(List, ConfigFile, boolean)}.
     */
    public CheckOptions resolve(List<String> inputs, List<Path> from, ConfigFile file, boolean quiet) {
        Config c = file.config();
        FailLevel level = failOn != null ? failOn : c.failOn() != null ? c.failOn() : CheckOptions.DEFAULT_FAIL_ON;
        boolean checklist =
                failOnChecklist != null ? failOnChecklist : c.failOnChecklist() == null || c.failOnChecklist();
        Path w = waivers != null ? waivers : c.waivers() == null ? null : file.resolve(c.waivers());
        Path b = baseline != null ? baseline : c.baseline() == null ? null : file.resolve(c.baseline());
        return new CheckOptions(inputs, outputs(file), level, checklist, advisorOptions(file), w, b, quiet, from);
    }

    /** The outputs: those given, else the configuration's (paths relative to its folder). */
    List<OutputTarget> outputs(ConfigFile file) {
        List<OutputTarget> out = new ArrayList<>();
        if (outputs != null && !outputs.isEmpty()) {
            outputs.forEach(f -> out.add(OutputTarget.parse(f)));
        } else if (file.config().outputs() != null) {
            for (String spec : file.config().outputs()) {
                OutputTarget t = OutputTarget.parse(spec);
                out.add(
                        t.isStdout()
                                ? t
                                : new OutputTarget(
                                        t.format(), file.resolve(t.path()).toString()));
            }
        }
        return out;
    }

    private static <T> List<T> or(List<T> given, List<T> config) {
        if (given != null) {
            return given;
        }
        return config == null ? List.of() : config;
    }
}
