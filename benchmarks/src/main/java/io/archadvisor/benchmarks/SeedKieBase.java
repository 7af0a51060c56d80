package io.archadvisor.benchmarks;

import io.archadvisor.pack.RuleSource;
import io.archadvisor.rules.SeedRulePack;
import java.util.List;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;

/** Compiles the seed rule pack into a plain {@link KieContainer} with default options, outside the advisor. */
final class SeedKieBase {

    private SeedKieBase() {}

    /** A new container holding the seed pack's rules; dispose of it when done. */
    static KieContainer container() {
        List<RuleSource> sources = new SeedRulePack().sources();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("io.archadvisor.benchmarks", "seed-" + System.nanoTime(), "1.0.0");
        kfs.generateAndWritePomXML(id);
        for (int i = 0; i < sources.size(); i++) {
            kfs.write(
                    "src/main/resources/benchmarks/r" + i + ".drl",
                    sources.get(i).drl());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The seed rule pack does not compile: " + errors);
        }
        try {
            return ks.newKieContainer(id);
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    /** A pool of sessions of {@code container}, one per core. */
    static KieContainerSessionsPool pool(KieContainer container) {
        return container.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }
}
