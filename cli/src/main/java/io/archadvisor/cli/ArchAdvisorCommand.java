package io.archadvisor.cli;

import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code archadvisor} command: backend architecture advice from a requirements file. */
@Command(
        name = "archadvisor",
        mixinStandardHelpOptions = true,
        versionProvider = ArchAdvisorCommand.VersionProvider.class,
        description = "Backend architecture advice from a requirements file, or from the compose, Kubernetes,"
                + " Backstage, Terraform, OpenAPI, AsyncAPI and Structurizr files a team already has: a report, a CI"
                + " gate, explanations, what-if analysis and Architecture Decision Records.",
        synopsisSubcommandLabel = "COMMAND",
        // the subcommands are COMMANDS, registered by Main: all of them, or only the one a run names
        footer = {
            "",
            "Exit status: 0 success; 1 check found what --fail-on names; 2 usage, input or rule error;"
                    + " 3 the rules could not be evaluated.",
            "Settings: the nearest " + Config.FILE_NAME + " above the input file; flags override it."
        })
public final class ArchAdvisorCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. {@link Main#commandLine(Streams, AdvisorFactory)} registers them
     * all; a run that names one of them registers only that one (building the model of every command costs a fresh
     * JVM about 200 ms).
     */
    static final List<Class<?>> COMMANDS = List.of(
            AdviseCommand.class,
            CheckCommand.class,
            ExplainCommand.class,
            WhatIfCommand.class,
            DiffCommand.class,
            ValidateCommand.class,
            ImportCommand.class,
            AdrCommand.class,
            RulesCommand.class,
            CatalogCommand.class,
            SchemaCommand.class,
            InitCommand.class,
            AutoComplete.GenerateCompletion.class);

    @Spec
    CommandSpec spec;

    final Streams streams;
    final AdvisorFactory advisors;

    /** The command on the process's own streams (the constructor completion generation uses). */
    public ArchAdvisorCommand() {
        this(Streams.system(), AdvisorFactory.BUILD);
    }

    /** The command reading and writing these streams, with advisors from the factory. */
    public ArchAdvisorCommand(Streams streams, AdvisorFactory advisors) {
        this.streams = streams;
        this.advisors = advisors;
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "no command given: choose one of "
                        + String.join(
                                ", ",
                                spec.subcommands().keySet().stream()
                                        .filter(n -> !spec.subcommands()
                                                .get(n)
                                                .getCommandSpec()
                                                .usageMessage()
                                                .hidden())
                                        .toList()));
    }

    /** The version line of {@code --version}. */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "archadvisor " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}
