package io.archadvisor.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.Advisor;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.model.Pattern;
import io.archadvisor.whatif.GraphDelta;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfWalkthroughTest {

    @Test
    void aGrowingStartupShiftsFromAModularMonolithToMicroservices() {
        try (Advisor advisor = Advisor.builder().build()) {
            List<GraphDelta> steps = WhatIfWalkthrough.walk(advisor);
            assertEquals(3, steps.size());
            assertEquals(Pattern.MODULAR_MONOLITH, primary(steps.get(0).before()));
            assertEquals(Pattern.MICROSERVICES, primary(steps.get(2).after()));
            assertTrue(steps.stream().anyMatch(GraphDelta::primaryPatternChanged));
            for (GraphDelta step : steps) {
                assertFalse(step.isEmpty());
                assertEquals(advisor.advise(stepRequirements(steps.indexOf(step))), step.after());
            }
        }
    }

    private static io.archadvisor.model.Requirements stepRequirements(int index) {
        return List.copyOf(WhatIfWalkthrough.growth().values()).get(index);
    }

    private static Pattern primary(io.archadvisor.graph.RecommendationGraph graph) {
        return graph.primaryPattern().map(PatternAssessment::pattern).orElseThrow();
    }
}
