package io.archadvisor.cli;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.RequirementsDocument;
import io.archadvisor.waiver.WaiverReader;
import java.util.List;

/** The steps the one-input commands share: settings, the advisor, the requirements, the advice. */
final class Advising {

    private Advising() {}

    /** The advisor the flags and the configuration found from {@code input} describe. */
    static Advisor advisor(ArchAdvisorCommand parent, CommonFlags common, String input) {
        return parent.advisors.open(common.advisorOptions(common.configFile(input)));
    }

    /** The advice on one input, with the waivers next to it; every fact located at the line it was written on. */
    static RecommendationGraph advise(Advisor advisor, String input, Streams streams) {
        RequirementsDocument doc = Inputs.readDocument(input, streams.in());
        return advisor.advise(
                doc.requirements(),
                doc.sources(),
                Inputs.file(input).map(WaiverReader::readNextTo).orElse(List.of()));
    }
}
