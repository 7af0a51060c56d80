package io.archadvisor.render;

import org.kie.api.runtime.KieSession;

/** Fixture: an API type exposing an engine type, for the test of the engine rules themselves. */
public class EngineLeakFixture {
    /** Leaks the session. */
    public KieSession session() {
        return null;
    }
}
