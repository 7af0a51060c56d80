package io.archadvisor.cli;

import io.archadvisor.Advisor;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import io.archadvisor.model.Requirements;
import io.archadvisor.pack.RuleInfo;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.GraphDelta;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out one advisor per distinct {@link AdvisorOptions} for the whole test run, so that the rules compile once
 * instead of once per command; the runs' {@code close()} leaves it open.
 */
final class SharedAdvisors implements AdvisorFactory {

    static final SharedAdvisors INSTANCE = new SharedAdvisors();

    private final Map<AdvisorOptions, Advisor> advisors = new ConcurrentHashMap<>();

    @Override
    public Advisor open(AdvisorOptions options) {
        Advisor shared = advisors.get(options);
        if (shared == null) {
            shared = options.build(); // outside computeIfAbsent: a build that fails must not be cached
            advisors.put(options, shared);
        }
        return new Unclosed(shared);
    }

    /** An advisor whose close does nothing. */
    private record Unclosed(Advisor delegate) implements Advisor {
        @Override
        public RecommendationGraph advise(Requirements requirements) {
            return delegate.advise(requirements);
        }

        @Override
        public RecommendationGraph advise(Requirements requirements, List<Waiver> waivers) {
            return delegate.advise(requirements, waivers);
        }

        @Override
        public AdvisorSession openSession(Requirements requirements) {
            return delegate.openSession(requirements);
        }

        @Override
        public GraphDelta compare(Requirements before, Requirements after) {
            return delegate.compare(before, after);
        }

        @Override
        public List<RuleInfo> rules() {
            return delegate.rules();
        }

        @Override
        public void close() {
            // shared for the test run
        }
    }
}
