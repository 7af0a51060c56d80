package io.archadvisor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one run of {@code advise} or {@code check} needs, independent of any command-line parser: build it from
 * flags, a configuration file, a build plugin's parameters or an action's inputs, then hand it to {@link CheckRun}.
 *
 * @param inputs requirements files, {@code -} for standard input
 * @param outputs what to write where; empty writes nothing but the summary
 * @param failOn the lowest severity of an open finding that fails the run
 * @param failOnChecklist whether a failed checklist item fails the run
 * @param advisor how to build the advisor
 * @param waivers the waivers file, or {@code null} for {@code waivers.yaml} next to each input
 * @param baseline a JSON advice whose findings and failed checklist items do not fail the run, or {@code null}
 * @param quiet print nothing but errors
 */
public record CheckOptions(
        List<String> inputs,
        List<OutputTarget> outputs,
        FailLevel failOn,
        boolean failOnChecklist,
        AdvisorOptions advisor,
        Path waivers,
        Path baseline,
        boolean quiet) {

    /** The default threshold of {@code check}. */
    public static final FailLevel DEFAULT_FAIL_ON = FailLevel.HIGH;

    /** Validates and copies. */
    public CheckOptions {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(advisor, "advisor");
        if (inputs.isEmpty()) {
            throw new CliException("no requirements file given: name one or more YAML files, or - for standard input");
        }
        if (inputs.stream().filter(Inputs::isStdin).count() > 1) {
            throw new CliException("standard input (-) is named more than once: it can be read only once");
        }
        if (inputs.size() > 1) {
            for (OutputTarget o : outputs) {
                if (!o.isStdout() && !o.perInput()) {
                    throw new CliException("--output " + o + " names one file but " + inputs.size()
                            + " inputs were given: put {name} in the path, such as "
                            + o.format().id()
                            + "=build/{name}." + o.format().fileExtension());
                }
            }
        }
    }

    /** Options for the given inputs with the defaults of {@code check}: fail on high, and on failed checklist items. */
    public static CheckOptions defaults(List<String> inputs) {
        return new CheckOptions(inputs, List.of(), DEFAULT_FAIL_ON, true, AdvisorOptions.DEFAULTS, null, null, false);
    }

    /** The same options with other outputs. */
    public CheckOptions withOutputs(List<OutputTarget> newOutputs) {
        return new CheckOptions(inputs, newOutputs, failOn, failOnChecklist, advisor, waivers, baseline, quiet);
    }
}
