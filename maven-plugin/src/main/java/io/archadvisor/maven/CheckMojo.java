package io.archadvisor.maven;

import io.archadvisor.cli.AdvisorFactory;
import io.archadvisor.cli.AdvisorOptions;
import io.archadvisor.cli.CheckOptions;
import io.archadvisor.cli.CheckResult;
import io.archadvisor.cli.CheckRun;
import io.archadvisor.cli.CheckSettings;
import io.archadvisor.cli.ConfigFile;
import io.archadvisor.cli.Errors;
import io.archadvisor.cli.ExitCode;
import io.archadvisor.cli.FailLevel;
import io.archadvisor.cli.InputResult;
import io.archadvisor.cli.Inputs;
import io.archadvisor.cli.OutputTarget;
import io.archadvisor.cli.Streams;
import io.archadvisor.graph.Node;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code archadvisor:check}: the CI gate of the {@code archadvisor check} command in a Maven build, bound to
 * {@code verify} by default. It advises on each requirements file and fails the build ({@link MojoFailureException})
 * when a finding at or above {@code failOn}, or a failed checklist item, remains after waivers and the baseline;
 * invalid requirements, rules that do not load and evaluation failures are errors ({@link MojoExecutionException})
 * whose message starts with {@code file:line:column:} where there is a location. The run itself is the command's
 * ({@link CheckRun}); relative paths are resolved against the project's folder. The nearest {@code .archadvisor.yaml}
 * above the first requirements file supplies what no parameter sets ({@link CheckSettings}), as for the command.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** The project's folder, against which relative paths are resolved. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The requirements YAML files to check. */
    @Parameter(property = "archadvisor.files", required = true)
    List<File> files;

    /**
     * The lowest severity of an open finding that fails the build: info, low, medium, high, critical or none (default:
     * the configuration's {@code failOn}, else high).
     */
    @Parameter(property = "archadvisor.failOn")
    String failOn;

    /** Whether a failed pre-response checklist item fails the build (default: the configuration's, else true). */
    @Parameter(property = "archadvisor.failOnChecklist")
    Boolean failOnChecklist;

    /**
     * The {@code .archadvisor.yaml} to read; by default the nearest one above the first requirements file (up to the
     * root of the git work tree), as the command finds it. Every parameter given here overrides its key.
     */
    @Parameter(property = "archadvisor.config")
    File config;

    /** Ignores every {@code .archadvisor.yaml}: only the parameters and the defaults apply. */
    @Parameter(property = "archadvisor.noConfig", defaultValue = "false")
    boolean noConfig;

    /**
     * Reports to write, each {@code FORMAT=PATH} such as {@code sarif=target/archadvisor.sarif} (any format the library
     * knows: markdown, mermaid, json, sarif, junit, github, html); {@code FORMAT=-} logs it. With several files put
     * {@code {name}} in the path.
     */
    @Parameter(property = "archadvisor.outputs")
    List<String> outputs;

    /** DRL files, or folders of them, added to the built-in rules. */
    @Parameter(property = "archadvisor.rules")
    List<File> rules;

    /** DRL files or folders from a source you do not trust: vetted before they are compiled. */
    @Parameter(property = "archadvisor.untrustedRules")
    List<File> untrustedRules;

    /** Ids of rules to leave out. */
    @Parameter(property = "archadvisor.disabledRules")
    List<String> disabledRules;

    /** A technology catalog file layered over the built-in one, or the folder {@code catalog update} cached data in. */
    @Parameter(property = "archadvisor.catalog")
    File catalog;

    /** The waivers file (default: {@code waivers.yaml} next to each requirements file). */
    @Parameter(property = "archadvisor.waivers")
    File waivers;

    /** A JSON advice of an earlier run whose findings and failed checklist items do not fail the build. */
    @Parameter(property = "archadvisor.baseline")
    File baseline;

    /** The most rule firings one advice may take (default 100000). */
    @Parameter(property = "archadvisor.maxFirings")
    Integer maxFirings;

    /** The longest one advice may take, such as {@code 10s}, {@code 500ms} or {@code 2m} (default 10s). */
    @Parameter(property = "archadvisor.timeout")
    String timeout;

    /** The advice date, {@code YYYY-MM-DD}, for end-of-life decisions (default: today); pin it for reproducible builds. */
    @Parameter(property = "archadvisor.date")
    String date;

    /** Skips the check. */
    @Parameter(property = "archadvisor.skip", defaultValue = "false")
    boolean skip;

    /** How the advisor is made; tests substitute one that shares compiled rules. */
    AdvisorFactory advisors = AdvisorFactory.BUILD;

    /** Creates the goal; Maven sets its parameters. */
    public CheckMojo() {}

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("archadvisor check skipped");
            return;
        }
        CheckOptions options = options();
        // read every file before the rules are compiled: an invalid file fails fast, with all its problems
        List<String> invalid = new ArrayList<>();
        for (String input : options.inputs()) {
            try {
                Inputs.read(input, InputStream.nullInputStream());
            } catch (RuntimeException e) {
                invalid.add(Errors.message(e));
            }
        }
        if (!invalid.isEmpty()) {
            throw new MojoExecutionException(String.join("\n", invalid));
        }
        if (!getLog().isDebugEnabled()) {
            quietRuleEngine();
        }
        CheckResult result;
        try (PrintStream out = new PrintStream(new LogLines(getLog()::info), true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(new LogLines(getLog()::debug), true, StandardCharsets.UTF_8)) {
            result = CheckRun.run(options, advisors, new Streams(InputStream.nullInputStream(), out, err));
        }
        judge(result, options);
    }

    /**
     * The command's options for these parameters, relative paths resolved against the project's folder.
     *
     * @throws MojoExecutionException when a parameter has a value the command rejects
     */
    CheckOptions options() throws MojoExecutionException {
        if (files == null || files.isEmpty()) {
            throw new MojoExecutionException("archadvisor:check has no requirements file: name one or more in"
                    + " <files><file>src/main/architecture/system.yaml</file></files>, or -Darchadvisor.files=...");
        }
        try {
            List<String> inputs =
                    files.stream().map(f -> display(resolve(f.toPath()))).toList();
            List<String> targets = null;
            if (outputs != null) {
                targets = new ArrayList<>();
                for (String spec : outputs) {
                    OutputTarget t = OutputTarget.parse(spec);
                    targets.add(t.isStdout() ? t.toString() : t.format().id() + "=" + resolve(Path.of(t.path())));
                }
            }
            CheckSettings settings = new CheckSettings(
                    targets,
                    failOn == null ? null : FailLevel.parse(failOn),
                    failOnChecklist,
                    path(waivers),
                    path(baseline),
                    rules == null ? null : paths(rules),
                    untrustedRules == null ? null : paths(untrustedRules),
                    disabledRules,
                    path(catalog),
                    maxFirings,
                    timeout == null ? null : AdvisorOptions.parseDuration(timeout, "<timeout>"),
                    date == null ? null : AdvisorOptions.parseDate(date, "<date>"));
            ConfigFile configFile = noConfig
                    ? ConfigFile.NONE
                    : config != null ? ConfigFile.read(resolve(config.toPath())) : ConfigFile.nearest(inputs.get(0));
            if (configFile.file() != null) {
                getLog().debug("settings from " + configFile.file());
            }
            return settings.resolve(inputs, configFile, false);
        } catch (RuntimeException e) {
            // Maven names the goal; the message starts with file:line:column: when the mistake is in a file
            throw new MojoExecutionException(Errors.message(e), e);
        }
    }

    private void judge(CheckResult result, CheckOptions options) throws MojoExecutionException, MojoFailureException {
        if (result.error() != null) {
            throw new MojoExecutionException(result.error());
        }
        List<String> errors = new ArrayList<>();
        for (InputResult r : result.inputs()) {
            if (r.error() != null) {
                errors.add(options.inputs().size() > 1 ? Inputs.display(r.input()) + ": " + r.error() : r.error());
            }
            for (Node n : r.failing()) {
                getLog().error((options.inputs().size() > 1 ? Inputs.display(r.input()) + ": " : "")
                        + CheckRun.describe(n));
            }
        }
        String rule = " (failOn " + options.failOn() + (options.failOnChecklist() ? ", checklist" : "") + ")";
        switch (result.exitCode()) {
            case ExitCode.OK -> getLog().info(result.summary() + " · PASS" + rule);
            case ExitCode.FINDINGS -> throw new MojoFailureException(result.summary() + " · FAIL" + rule);
            default -> throw new MojoExecutionException(String.join("\n", errors));
        }
    }

    /**
     * Keeps the rule engine's own start-up messages (and its remarks on the built-in rules) out of the build log unless
     * Maven runs with {@code -X}: Maven's SLF4J binding reads a logger's level from these system properties when the
     * logger is made, which for the rule engine is during the first check. A level the user set is kept.
     */
    static void quietRuleEngine() {
        for (String logger : List.of("org.drools", "org.kie")) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "error");
            }
        }
    }

    /**
     * A requirements file as the reports and messages name it: relative to the folder Maven runs in (the repository
     * root in CI) when it lies below it, so that SARIF locations and annotations match the repository's paths, else
     * absolute.
     */
    static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private List<Path> paths(List<File> list) {
        return list == null
                ? List.of()
                : list.stream().map(f -> resolve(f.toPath())).toList();
    }

    private Path path(File file) {
        return file == null ? null : resolve(file.toPath());
    }

    private Path resolve(Path p) {
        return basedir == null ? p : basedir.toPath().resolve(p).normalize();
    }
}
