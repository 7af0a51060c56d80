package io.archadvisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.archadvisor.pack.RuleSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A precompiled index is used only for the sources it was made from: the fingerprint tells any edit. */
class PrecompiledPackTest {

    private static final List<RuleSource> SOURCES = List.of(
            new RuleSource("a.drl", "rule \"A\" when then end\n"),
            new RuleSource("b.drl", "rule \"B\" when then end\n"));

    @Test
    void theSameSourcesGiveTheSameFingerprint() {
        assertEquals(
                PrecompiledPack.fingerprint(SOURCES),
                PrecompiledPack.fingerprint(List.of(
                        new RuleSource("a.drl", "rule \"A\" when then end\n"),
                        new RuleSource("b.drl", "rule \"B\" when then end\n"))));
    }

    @Test
    void anEditedRenamedReorderedAddedOrRemovedSourceChangesTheFingerprint() {
        String original = PrecompiledPack.fingerprint(SOURCES);
        List<List<RuleSource>> edited = List.of(
                List.of(SOURCES.get(0), new RuleSource("b.drl", "rule \"B\" when then end \n")),
                List.of(SOURCES.get(0), new RuleSource("c.drl", SOURCES.get(1).drl())),
                List.of(SOURCES.get(1), SOURCES.get(0)),
                List.of(SOURCES.get(0)),
                List.of(SOURCES.get(0), SOURCES.get(1), new RuleSource("c.drl", "")),
                List.of(new RuleSource("a.drlr", "ule \"A\" when then end\n"), SOURCES.get(1)),
                List.of(SOURCES.get(0), new RuleSource("b.drl", "rule \"B\" when then end\u00e9")));
        for (List<RuleSource> e : edited) {
            assertNotEquals(original, PrecompiledPack.fingerprint(e), e.toString());
        }
    }

    @Test
    void theIndexKeepsItsFingerprint() throws java.io.IOException {
        PrecompiledPack index = new PrecompiledPack(
                "p",
                PrecompiledPack.fingerprint(SOURCES),
                List.of("x.Rules"),
                List.of(new PrecompiledPack.Rule(0, "A", 1, 1, 1)));
        PrecompiledPack read = PrecompiledPack.read(
                new java.io.ByteArrayInputStream(index.write().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(index, read);
    }
}
