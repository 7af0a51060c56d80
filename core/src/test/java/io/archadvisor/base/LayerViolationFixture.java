package io.archadvisor.base;

import io.archadvisor.graph.RecommendationGraph;

/** Fixture: a leaf-package type that uses a higher layer, for the test of the layer rule itself. */
public class LayerViolationFixture {
    RecommendationGraph graph;
}
