package io.archadvisor.cli;

import io.archadvisor.base.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of an {@code .archadvisor.yaml} file, the command-line flags' defaults for a project. Every key is
 * optional; a flag given on the command line overrides its key. Paths are relative to the file's folder. Its JSON
 * Schema is {@code io/archadvisor/schema/config.schema.json}.
 *
 * @param failOn the lowest severity that fails {@code check} (default {@code high})
 * @param failOnChecklist whether a failed checklist item fails {@code check} (default true)
 * @param outputs the outputs written by {@code advise} and {@code check}, as {@code FORMAT=PATH}
 * @param rules DRL files or folders added to the built-in packs
 * @param untrustedRules DRL files or folders vetted before they are compiled
 * @param disabledRules rule ids left out
 * @param catalog a catalog file layered over the built-in catalog
 * @param waivers the waivers file (default: {@code waivers.yaml} next to each requirements file)
 * @param baseline a JSON advice whose findings do not fail {@code check}
 * @param maxFirings the most rule firings per advice
 * @param timeout the longest one advice may take, such as {@code 10s}
 * @param date the advice date, {@code YYYY-MM-DD}, for reproducible runs
 */
public record Config(
        FailLevel failOn,
        Boolean failOnChecklist,
        List<String> outputs,
        List<String> rules,
        List<String> untrustedRules,
        List<String> disabledRules,
        String catalog,
        String waivers,
        String baseline,
        Integer maxFirings,
        String timeout,
        String date) {

    /** The conventional file name, looked for from the input's folder upwards. */
    public static final String FILE_NAME = ".archadvisor.yaml";

    /** No settings. */
    public static final Config EMPTY =
            new Config(null, null, null, null, null, null, null, null, null, null, null, null);

    /** Validates every given value; {@code null} means not set. */
    public Config {
        outputs = copy(outputs);
        rules = copy(rules);
        untrustedRules = copy(untrustedRules);
        disabledRules = copy(disabledRules);
        List<Problem> problems = new ArrayList<>();
        if (maxFirings != null && maxFirings < 1) {
            problems.add(Problem.of("config.maxFirings", maxFirings, "must be ≥ 1"));
        }
        String t = timeout;
        check(problems, "timeout", t, () -> AdvisorOptions.parseDuration(t, "timeout"));
        if (t != null && problems.stream().noneMatch(p -> p.path().equals("config.timeout"))) {
            java.time.Duration d = AdvisorOptions.parseDuration(t, "timeout");
            if (d.isNegative() || d.isZero() || d.compareTo(AdvisorOptions.MAX_TIMEOUT) > 0) {
                problems.add(Problem.of("config.timeout", t, "must be positive and at most 24h"));
            }
        }
        String d = date;
        check(problems, "date", d, () -> AdvisorOptions.parseDate(d, "date"));
        if (outputs != null) {
            for (int i = 0; i < outputs.size(); i++) {
                String spec = outputs.get(i);
                check(problems, "outputs[" + i + "]", spec, () -> OutputTarget.parse(spec));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    private static List<String> copy(List<String> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** Records a problem when {@code parse} rejects a value that is given. */
    private static void check(List<Problem> problems, String key, String value, Runnable parse) {
        if (value == null) {
            return;
        }
        try {
            parse.run();
        } catch (CliException e) {
            String m = e.getMessage();
            int colon = m.indexOf(": ");
            problems.add(Problem.of("config." + key, value, "is invalid: " + (colon < 0 ? m : m.substring(colon + 2))));
        }
    }
}
