package io.archadvisor.graph;

import java.util.Objects;

/**
 * An anti-pattern from the seed's list, found in the requirements or the proposal.
 *
 * @param code the anti-pattern's stable id, such as {@code AP-DISTRIBUTED-MONOLITH}
 * @param subject what it was found in: a component name, or {@code system}
 * @param severity how much it matters
 * @param evidence what was found, naming the facts
 * @param remediation what to do about it
 * @param migrationPath how to get from here to there, or {@code null} when the remediation says it all
 */
public record AntiPatternFinding(
        String code, String subject, Severity severity, String evidence, String remediation, String migrationPath)
        implements Node, Finding {

    /** Validates the node. */
    public AntiPatternFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(remediation, "remediation");
    }

    @Override
    public String id() {
        return "anti-pattern:" + code + ":" + subject;
    }

    @Override
    public String summary() {
        return code + " (" + severity + ") in " + subject + ": " + evidence;
    }
}
