package io.archadvisor.testkit;

import io.archadvisor.Advisor;
import io.archadvisor.pack.RulePack;
import java.nio.file.Path;
import java.util.Set;

/** The rules the kit's own tests run: a base pack and a company pack read from folders of test resources. */
public class TestPacks implements RuleSetup {

    static final Path PACKS = Path.of("src", "test", "resources", "packs");

    @Override
    public Advisor.Builder advisor() {
        return Advisor.builder()
                .withoutDefaultPacks()
                .addPack(RulePack.builder("test-base", "1")
                        .addPath(PACKS.resolve("base"))
                        .build())
                .addPack(RulePack.builder("acme", "1")
                        .addPath(PACKS.resolve("folder"))
                        .build());
    }

    @Override
    public Set<String> coveredPacks() {
        return Set.of("test-base", "acme");
    }
}
