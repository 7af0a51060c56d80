package io.archadvisor.samples;

import io.archadvisor.Advisor;
import io.archadvisor.model.Clarity;
import io.archadvisor.model.Domain;
import io.archadvisor.model.Edits;
import io.archadvisor.model.Level;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.Stage;
import io.archadvisor.model.Team;
import io.archadvisor.model.Timeline;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.DeltaReport;
import io.archadvisor.whatif.GraphDelta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A what-if walkthrough: a startup grows from 5 to 80 engineers in three steps, and the advice shifts from a modular
 * monolith to microservices, with the warnings that appear and disappear on the way.
 */
public final class WhatIfWalkthrough {

    private WhatIfWalkthrough() {}

    /** The startup as it is today. */
    public static Requirements today() {
        return new Requirements(
                "shopfloor",
                null,
                new Team(5, List.of("java"), Level.LOW),
                null,
                new Timeline(4, Stage.MVP),
                null,
                null,
                null,
                null,
                new Domain(Clarity.UNCLEAR, null, false),
                null,
                null,
                null,
                null);
    }

    /** The three growth steps, each a title and the requirements after it. */
    public static Map<String, Requirements> growth() {
        Map<String, Requirements> steps = new LinkedHashMap<>();
        Requirements year1 = Edits.set(Edits.set(today(), "team.size", 15), "domain.clarity", "emerging");
        steps.put("Year 1: 15 engineers, the domain is emerging", year1);
        Requirements year2 = Edits.set(
                Edits.set(Edits.set(year1, "team.size", 35), "timeline.stage", "growth"), "domain.clarity", "clear");
        steps.put("Year 2: 35 engineers, product-market fit, clear domains", year2);
        Requirements year3 = Edits.set(Edits.set(year2, "team.size", 80), "domain.independentScaling", true);
        steps.put("Year 3: 80 engineers, parts must scale independently", year3);
        return steps;
    }

    /** Walks the growth steps in one session and returns the delta of each. */
    public static List<GraphDelta> walk(Advisor advisor) {
        List<GraphDelta> deltas = new ArrayList<>();
        try (AdvisorSession session = advisor.openSession(today())) {
            for (Requirements next : growth().values()) {
                deltas.add(session.update(next));
            }
        }
        return deltas;
    }

    /** Prints the advice today and the delta of each growth step as Markdown. */
    public static void main(String[] args) {
        try (Advisor advisor = Advisor.builder().build()) {
            List<GraphDelta> deltas = walk(advisor);
            System.out.println("# What if shopfloor grows?\n");
            System.out.println("Today (5 engineers, MVP, unclear domain): "
                    + deltas.get(0)
                            .before()
                            .primaryPattern()
                            .map(p -> p.summary())
                            .orElse("no primary pattern") + "\n");
            int i = 0;
            for (String title : growth().keySet()) {
                System.out.println(DeltaReport.markdown(title, deltas.get(i++)));
            }
        }
    }
}
