package io.archadvisor.samples.company;

import io.archadvisor.graph.CustomNode;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Severity;
import java.util.Objects;

/**
 * A node type of the ACME company pack: a breach of a company policy. It is a {@link CustomNode}, so rules of any pack
 * can insert and match it, and a {@link Finding}, so a waiver can accept it.
 *
 * @param code the policy's stable id, such as {@code ACME-BROKER-NOT-APPROVED}
 * @param subject what breaches it: a service, a technology, or {@code system}
 * @param severity how much it matters
 * @param evidence what was found, naming the facts
 * @param remediation what to do about it
 */
public record PolicyViolation(String code, String subject, Severity severity, String evidence, String remediation)
        implements CustomNode, Finding {

    /** Validates the node. */
    public PolicyViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(remediation, "remediation");
    }

    @Override
    public String id() {
        return "policy:" + code + ":" + subject;
    }

    @Override
    public String summary() {
        return code + " (" + severity + ") in " + subject + ": " + evidence;
    }
}
