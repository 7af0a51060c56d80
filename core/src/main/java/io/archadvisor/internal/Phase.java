package io.archadvisor.internal;

import java.util.List;

/**
 * The phases rules run in, as DRL agenda groups, so that each phase sees the finished output of the ones before.
 * A rule without an {@code agenda-group} runs in {@link #MAIN}, after {@link #ADVISE} and before {@link #REVIEW}.
 */
public enum Phase {
    /** Reads the facts into signals: arguments for or against patterns, derived traits. */
    SIGNALS("signals"),
    /** Weighs signals into verdicts: pattern assessments, the primary recommendation, open questions. */
    ASSESS("assess"),
    /** Advises on the chosen design: anti-patterns, responsibilities, technologies, risks, roadmap. */
    ADVISE("advise"),
    /** Rules without an agenda group, such as most custom rules. */
    MAIN("MAIN"),
    /** Reviews the finished graph: the pre-response checklist. */
    REVIEW("review");

    private final String agendaGroup;

    Phase(String agendaGroup) {
        this.agendaGroup = agendaGroup;
    }

    /** The DRL {@code agenda-group} name of this phase. */
    public String agendaGroup() {
        return agendaGroup;
    }

    /** The phases in the order they run. */
    public static List<Phase> inOrder() {
        return List.of(values());
    }
}
