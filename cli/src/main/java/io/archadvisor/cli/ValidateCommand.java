package io.archadvisor.cli;

import io.archadvisor.model.Requirements;
import io.archadvisor.waiver.WaiverReader;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code archadvisor validate FILE...}: read strictly, report every problem, advise on nothing. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Check that requirements files (and the waivers.yaml and " + Config.FILE_NAME + " that apply)"
                + " are valid, without advising; every problem with its file, line and column.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Requirements YAML files; - for standard input.")
    List<String> inputs;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only the problems.")
    boolean quiet;

    @Option(names = "--no-config", description = "Do not validate the " + Config.FILE_NAME + " that applies.")
    boolean noConfig;

    @Override
    public Integer call() {
        int exit = ExitCode.OK;
        if (!noConfig) {
            CommonFlags flags = new CommonFlags();
            try {
                ConfigFile c = flags.configFile(inputs.get(0));
                if (c.file() != null && !quiet) {
                    parent.streams.out().println(c.file() + ": valid");
                }
            } catch (CliException e) {
                parent.streams.err().println("archadvisor: " + e.getMessage());
                exit = ExitCode.USAGE;
            }
        }
        for (String input : inputs) {
            try {
                Requirements r = Inputs.read(input, parent.streams.in());
                int waivers = Inputs.file(input)
                        .map(WaiverReader::readNextTo)
                        .map(List::size)
                        .orElse(0);
                if (!quiet) {
                    parent.streams
                            .out()
                            .println(Terminal.oneLine(Inputs.display(input) + ": valid"
                                    + (r.system() == null ? "" : " (system `" + r.system() + "`)")
                                    + (waivers == 0 ? "" : ", " + waivers + (waivers == 1 ? " waiver" : " waivers"))));
                }
            } catch (RuntimeException e) {
                parent.streams.err().println("archadvisor: " + Errors.message(e));
                exit = ExitCode.worst(exit, Errors.exitCode(e));
            }
        }
        parent.streams.out().flush();
        return exit;
    }
}
