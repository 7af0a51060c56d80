package io.archadvisor.cli;

import io.archadvisor.Advisor;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code archadvisor explain FILE NODE-ID...}: why a node is in the advice. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Explain nodes of the advice: the rule that derived each, the input facts it matched, and"
                    + " recursively the nodes it rests on.",
            "NODE-ID as printed in the JSON or Markdown output (anti-pattern:AP-SPOF:payments, pattern:MICROSERVICES),"
                    + " or a finding code or rule id (AP-SPOF)."
        })
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Parameters(
            index = "0",
            paramLabel = "FILE|-",
            description = "The requirements YAML file, or - for standard" + " input.")
    String input;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "NODE-ID", description = "The nodes to explain.")
    List<String> ids;

    @Mixin
    CommonFlags common;

    @Override
    public Integer call() {
        try (Advisor advisor = Advising.advisor(parent, common, input)) {
            RecommendationGraph graph = Advising.advise(advisor, input, parent.streams);
            PrintStream out = parent.streams.out();
            boolean first = true;
            for (String id : ids) {
                for (Node n : NodeIds.resolve(graph, id, input)) {
                    if (!first) {
                        out.println();
                    }
                    first = false;
                    out.println(Terminal.oneLine(n.id()));
                    graph.waiverOf(n)
                            .ifPresent(w ->
                                    out.println(Terminal.oneLine("  waived: " + w.reason() + " (" + w.owner() + ")")));
                    out.print(Terminal.clean(indent(graph.explain(n).toString())));
                }
            }
            out.flush();
        }
        return ExitCode.OK;
    }

    private static String indent(String text) {
        return text.lines().map(l -> "  " + l + "\n").reduce("", String::concat);
    }
}
