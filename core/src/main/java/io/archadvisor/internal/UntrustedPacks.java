package io.archadvisor.internal;

import io.archadvisor.pack.RuleLoadingException;
import io.archadvisor.pack.RulePack;
import io.archadvisor.vetting.RuleVetter;
import java.util.ArrayList;
import java.util.List;

/** Gathers the packs added as untrusted and vets them, all together, before anything is compiled. */
final class UntrustedPacks {

    /** The name of the pack that holds {@code Advisor.Builder.addUntrustedRules} sources. */
    static final String UNTRUSTED_PACK = "untrusted";

    private UntrustedPacks() {}

    /**
     * The untrusted packs of the builder, once vetted.
     *
     * @throws RuleVettingException listing every violation
     * @throws RuleCompilationException when an untrusted file does not parse
     */
    static List<RulePack> vetted(AdvisorSettings settings) {
        List<RulePack> packs = new ArrayList<>(settings.untrustedPacks());
        for (RulePack p : packs) {
            if (p.overrides()) {
                throw new RuleLoadingException(
                        "The untrusted rule pack `" + p.name() + "` is marked as overriding: it"
                                + " would replace other packs' rules by id, silently dropping their findings. Untrusted packs"
                                + " may only add rules; review the pack and add it with addPack(...) if it must override.",
                        null);
            }
        }
        if (!settings.untrustedSources().isEmpty()) {
            packs.add(RulePack.of(UNTRUSTED_PACK, "0", settings.untrustedSources()));
        }
        if (!packs.isEmpty()) {
            RuleVetter.of(settings.vettingPolicy(), settings.classLoader()).vet(packs);
        }
        return packs;
    }
}
