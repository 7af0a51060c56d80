package io.archadvisor.rules.support;

import io.archadvisor.model.Pattern;

/** The question that breaks a tie between two structural patterns, when no open question already would. */
public final class PatternTies {

    private PatternTies() {}

    /** The question to ask the team when {@code a} and {@code b} score the same. */
    public static String question(Pattern a, Pattern b) {
        boolean mm = a == Pattern.MODULAR_MONOLITH || b == Pattern.MODULAR_MONOLITH;
        boolean ms = a == Pattern.MICROSERVICES || b == Pattern.MICROSERVICES;
        boolean sl = a == Pattern.SERVERLESS || b == Pattern.SERVERLESS;
        if (mm && ms) {
            return "Within the next 12 months, will separately owned parts of the system have to be released or"
                    + " scaled independently (separate teams, or load that differs by an order of magnitude between"
                    + " parts)? Yes favours microservices; no favours the modular monolith.";
        }
        if (mm && sl) {
            return "Is the load spiky or idle most of the time, with every operation finishing within seconds? Yes"
                    + " favours serverless; steady load, long-running work or a tight latency budget favours the"
                    + " modular monolith.";
        }
        if (ms && sl) {
            return "Is the work mostly short, event-triggered tasks with spiky load? Yes favours serverless"
                    + " functions; long-running services with steady load, owned by separate teams, favour"
                    + " microservices.";
        }
        return "Which of the requirements that argue for " + a.label() + " or for " + b.label()
                + " matters most to the business?";
    }
}
