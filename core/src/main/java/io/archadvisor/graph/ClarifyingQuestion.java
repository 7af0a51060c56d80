package io.archadvisor.graph;

import io.archadvisor.facts.Dimension;
import java.util.List;
import java.util.Objects;

/**
 * A question to ask before the advice can be final.
 *
 * @param dimension the unknown dimension it asks about
 * @param question the question
 * @param whyItMatters why the answer changes the advice
 * @param blocks what the answer decides, such as {@code pattern selection}
 */
public record ClarifyingQuestion(Dimension dimension, String question, String whyItMatters, List<String> blocks)
        implements Node {

    /** Validates the node. */
    public ClarifyingQuestion {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(whyItMatters, "whyItMatters");
        Objects.requireNonNull(blocks, "blocks");
        blocks = List.copyOf(blocks);
    }

    @Override
    public String id() {
        return "question:" + dimension.path();
    }

    @Override
    public String summary() {
        return question;
    }
}
