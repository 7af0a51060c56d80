package io.archadvisor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run of {@code advise} or {@code check} needs, independent of any command-line parser: build it from
 * flags, a configuration file, a build plugin's parameters or an action's inputs, then hand it to {@link CheckRun}.
 *
 * @param inputs requirements files, {@code -} for standard input; with {@code from}, at most one overlay file
 * @param outputs what to write where; empty writes nothing but the summary
 * @param failOn the lowest severity of an open finding that fails the run
 * @param failOnChecklist whether a failed checklist item fails the run
 * @param advisor how to build the advisor
 * @param waivers the waivers file, or {@code null} for {@code waivers.yaml} next to each input
 * @param baseline a JSON advice whose findings and failed checklist items do not fail the run, or {@code null}
 * @param quiet print nothing but errors
 * @param from files and folders to import requirements from (compose, Kubernetes, Backstage, Terraform plans,
 *     OpenAPI, AsyncAPI, Structurizr), advised on as one system with the overlay {@code inputs} names, if any; empty
 *     to advise on each requirements file of {@code inputs}
 */
public record CheckOptions(
        List<String> inputs,
        List<OutputTarget> outputs,
        FailLevel failOn,
        boolean failOnChecklist,
        AdvisorOptions advisor,
        Path waivers,
        Path baseline,
        boolean quiet,
        List<Path> from) {

    /** The default threshold of {@code check}. */
    public static final FailLevel DEFAULT_FAIL_ON = FailLevel.HIGH;

    /** Validates and copies. */
    public CheckOptions {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        from = List.copyOf(from);
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(advisor, "advisor");
        if (!from.isEmpty()) {
            if (inputs.size() > 1) {
                throw new CliException("--from takes at most one overlay requirements file, but " + inputs.size()
                        + " were given (" + String.join(", ", inputs) + "): merge them into one overlay, or pass"
                        + " the files to import after --from");
            }
            if (inputs.stream().anyMatch(Inputs::isStdin)) {
                throw new CliException("the overlay of --from cannot be standard input (-): save it to a file and"
                        + " name that file");
            }
        } else if (inputs.isEmpty()) {
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
            if (outputs.stream().anyMatch(o -> !o.isStdout() && o.perInput())) {
                // {name} is the file name without its extension: two inputs of one name would write one report
                java.util.Map<String, String> byName = new java.util.LinkedHashMap<>();
                for (String input : inputs) {
                    String previous = byName.putIfAbsent(Inputs.baseName(input), input);
                    if (previous != null) {
                        throw new CliException("{name} in --output is `" + Inputs.baseName(input) + "` for both "
                                + previous + " and " + input + ", so one report would overwrite the other: give"
                                + " the files distinct names, or run check once per folder");
                    }
                }
            }
        }
    }

    /** Options for requirements files only (nothing imported). */
    public CheckOptions(
            List<String> inputs,
            List<OutputTarget> outputs,
            FailLevel failOn,
            boolean failOnChecklist,
            AdvisorOptions advisor,
            Path waivers,
            Path baseline,
            boolean quiet) {
        this(inputs, outputs, failOn, failOnChecklist, advisor, waivers, baseline, quiet, List.of());
    }

    /** Whether the run advises on imported files rather than on requirements files. */
    public boolean imports() {
        return !from.isEmpty();
    }

    /** The overlay requirements file of an import, if one was given. */
    public Optional<Path> overlay() {
        return imports() && !inputs.isEmpty()
                ? java.util.Optional.of(Path.of(inputs.get(0)))
                : java.util.Optional.empty();
    }

    /** Options for the given inputs with the defaults of {@code check}: fail on high, and on failed checklist items. */
    public static CheckOptions defaults(List<String> inputs) {
        return new CheckOptions(inputs, List.of(), DEFAULT_FAIL_ON, true, AdvisorOptions.DEFAULTS, null, null, false);
    }

    /** The same options with other outputs. */
    public CheckOptions withOutputs(List<OutputTarget> newOutputs) {
        return new CheckOptions(inputs, newOutputs, failOn, failOnChecklist, advisor, waivers, baseline, quiet, from);
    }
}
