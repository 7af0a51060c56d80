package io.archadvisor.graph;

/**
 * A node of the recommendation graph. Rules insert nodes; the engine records which rule inserted each one and which
 * facts that rule matched, so every node can be explained.
 */
public sealed interface Node
        permits PatternSignal,
                PatternAssessment,
                AntiPatternFinding,
                ChecklistResult,
                ClarifyingQuestion,
                TechnologyChoice,
                TradeOff,
                Risk,
                Mitigation,
                ScalingStep,
                DeploymentStrategy,
                Component,
                Flow,
                Guidance,
                CustomNode {

    /** The node's identity within a graph, stable across runs, such as {@code pattern:MICROSERVICES}. */
    String id();

    /** The node in one line, for people. */
    String summary();
}
