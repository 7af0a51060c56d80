package io.archadvisor.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags every advising command shares: configuration, rules, catalog, limits, date and verbosity. */
public final class CommonFlags {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Read settings from FILE instead of the nearest " + Config.FILE_NAME + " above the input.")
    Path config;

    @Option(names = "--no-config", description = "Ignore every " + Config.FILE_NAME + " file.")
    boolean noConfig;

    @Option(
            names = "--rules",
            paramLabel = "PATH",
            description = "Add the DRL file, or every *.drl under the folder, to the built-in rules (repeatable).")
    List<Path> rules;

    @Option(
            names = "--untrusted-rules",
            paramLabel = "PATH",
            description = "Add DRL from a source you do not trust: vetted against the fact and node API before it is"
                    + " compiled (repeatable).")
    List<Path> untrustedRules;

    @Option(
            names = "--disable-rule",
            paramLabel = "RULE-ID",
            split = ",",
            description = "Leave out the rule with this id (repeatable, or comma-separated).")
    List<String> disabledRules;

    @Option(
            names = "--catalog",
            paramLabel = "PATH",
            description = "Layer this technology catalog file over the built-in one, or read the built-in one with"
                    + " the release lines and advisories `catalog update` cached in this folder.")
    Path catalog;

    @Option(
            names = "--max-firings",
            paramLabel = "N",
            description = "Stop an advice after N rule firings" + " (default 100000).")
    Integer maxFirings;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            description = "Stop an advice after this long, such as 10s" + " or 500ms (default 10s).")
    String timeout;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The advice date for end-of-life and support decisions (default: today), for reproducible"
                    + " runs.")
    String date;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing but the requested outputs and errors.")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            description = "Log what the advisor does (timings, rules) to standard error.")
    boolean verbose;

    /**
     * The configuration that applies: none with {@code --no-config}, {@code --config FILE}, else the nearest
     * {@value Config#FILE_NAME} above the first input (in it, for a folder to import; the working folder for
     * standard input).
     */
    ConfigFile configFile(String firstInput) {
        if (noConfig) {
            return ConfigFile.NONE;
        }
        if (config != null) {
            return ConfigFile.read(config);
        }
        return ConfigFile.nearest(firstInput);
    }

    /** The advisor options: each flag given, else its configuration key, else the default. */
    AdvisorOptions advisorOptions(ConfigFile file) {
        return settings(null, null, null, null, null).advisorOptions(file);
    }

    /** These flags with those of {@code check} (each {@code null} when not given), to resolve over a configuration. */
    CheckSettings settings(
            List<String> outputs, FailLevel failOn, Boolean failOnChecklist, Path waivers, Path baseline) {
        return new CheckSettings(
                outputs,
                failOn,
                failOnChecklist,
                waivers,
                baseline,
                rules,
                untrustedRules,
                disabledRules,
                catalog,
                maxFirings,
                timeout == null ? null : AdvisorOptions.parseDuration(timeout, "--timeout"),
                date == null ? null : AdvisorOptions.parseDate(date, "--date"));
    }

    /** The outputs: those given as flags, else the configuration's (paths relative to its folder). */
    static List<OutputTarget> outputs(List<String> flags, ConfigFile file) {
        return new CheckSettings(flags, null, null, null, null, null, null, null, null, null, null, null).outputs(file);
    }
}
