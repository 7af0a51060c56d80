package io.archadvisor.model;

/** A regulatory or certification regime the system must satisfy. */
public enum ComplianceRegime {
    GDPR,
    HIPAA,
    PCI_DSS,
    SOC2,
    ISO27001,
    CCPA,
    FEDRAMP
}
