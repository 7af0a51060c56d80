package io.archadvisor.cli;

import io.archadvisor.Advisor;
import io.archadvisor.pack.RuleInfo;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code archadvisor rules}: every loaded rule with its metadata. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "List every loaded rule (built-in, --rules, --untrusted-rules, less --disable-rule): id, pack,"
                + " severity, category and description.")
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Option(names = "--pack", paramLabel = "NAME", description = "Only the rules of this pack.")
    String pack;

    @Option(names = "--category", paramLabel = "NAME", description = "Only the rules of this category.")
    String category;

    @Option(names = "--ids", description = "Print the rule ids only, one a line.")
    boolean idsOnly;

    @Mixin
    CommonFlags common;

    @Override
    public Integer call() {
        try (Advisor advisor = Advising.advisor(parent, common, null)) {
            List<RuleInfo> rules = advisor.rules().stream()
                    .filter(r -> pack == null || r.pack().equals(pack))
                    .filter(r -> category == null || category.equalsIgnoreCase(r.category()))
                    .toList();
            if (rules.isEmpty()) {
                throw new CliException("no rule matches" + (pack == null ? "" : " --pack " + pack)
                        + (category == null ? "" : " --category " + category) + "; the packs are "
                        + String.join(
                                ", ",
                                advisor.rules().stream()
                                        .map(RuleInfo::pack)
                                        .distinct()
                                        .toList()));
            }
            PrintStream out = parent.streams.out();
            for (RuleInfo r : rules) {
                if (idsOnly) {
                    out.println(r.id());
                } else {
                    out.println(r.id() + "\t" + r.pack() + "\t" + lower(r.severity()) + "\t" + lower(r.category())
                            + "\t" + (r.description() == null ? "" : r.description()));
                }
            }
            if (!idsOnly && !common.quiet) {
                parent.streams.err().println(rules.size() + (rules.size() == 1 ? " rule" : " rules"));
            }
            out.flush();
        }
        return ExitCode.OK;
    }

    private static String lower(String s) {
        return s == null ? "-" : s.toLowerCase(Locale.ROOT);
    }
}
