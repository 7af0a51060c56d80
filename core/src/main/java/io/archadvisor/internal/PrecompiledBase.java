package io.archadvisor.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Builds the KieBase from the executable models of the precompiled packs, removes the rules the selection leaves out
 * (disabled, replaced, overridden, not selected), and compiles the other sources from DRL into the same KieBase.
 */
final class PrecompiledBase {

    private PrecompiledBase() {}

    /**
     * The compiled rules, or {@code null} when this selection cannot be built this way (a precompiled pack after a
     * source that is not, a model that does not load, a source that does not compile): the caller then compiles every
     * source from DRL, which reports errors as the classic build always has.
     */
    static RuleCompiler.@Nullable Compiled build(RuleSelection.Selected selected, ClassLoader loader) {
        List<RuleSelection.Unit> units = selected.units();
        List<RuleSelection.Unit> compiled = new ArrayList<>();
        List<PrecompiledPack> packs = new ArrayList<>();
        Map<PrecompiledPack, ClassLoader> loaders = new LinkedHashMap<>();
        for (RuleSelection.Unit u : units) {
            if (u.precompiled == null) {
                compiled.add(u);
            } else if (!compiled.isEmpty()) {
                return null; // keep the classic load order: precompiled packs must come first
            } else if (!loaders.containsKey(u.precompiled)) {
                packs.add(u.precompiled);
                loaders.put(u.precompiled, u.pack.getClass().getClassLoader());
            }
        }
        try {
            List<Model> models = new ArrayList<>();
            for (PrecompiledPack p : packs) {
                for (String name : p.models()) {
                    models.add(Class.forName(name, true, loaders.get(p))
                            .asSubclass(Model.class)
                            .getConstructor()
                            .newInstance());
                }
            }
            KieServices ks = KieServices.Factory.get();
            InternalKnowledgeBase kieBase =
                    KieBaseBuilder.createKieBaseFromModel(models, RuleCompiler.kieBaseConfiguration(ks));
            removeUnselected(kieBase, units, selected.active());
            if (!compiled.isEmpty() && !addCompiled(kieBase, compiled, loader)) {
                return null;
            }
            return new RuleCompiler.Compiled(
                    null, kieBase, RuleCompiler.rules(kieBase, selected.active(), selected.replaced()), true);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // a model built for another Drools, or a damaged jar: compile the DRL instead
        }
    }

    /** Removes every precompiled rule that is not the selected definition of its id. */
    private static void removeUnselected(
            InternalKnowledgeBase kieBase, List<RuleSelection.Unit> units, Map<String, RuleSelection.Decl> active) {
        Set<String> drop = new HashSet<>();
        for (RuleSelection.Unit u : units) {
            if (u.precompiled != null) {
                for (RuleSelection.Decl d : u.rules) {
                    if (!d.equals(active.get(d.id()))) {
                        drop.add(d.id());
                    }
                }
            }
        }
        if (drop.isEmpty()) {
            return;
        }
        List<String[]> found = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (drop.contains(r.getName())) {
                    found.add(new String[] {p.getName(), r.getName()});
                }
            }
        }
        for (String[] r : found) {
            kieBase.removeRule(r[0], r[1]);
        }
    }

    /** Compiles {@code units} from DRL into {@code kieBase}; false when they do not compile. */
    private static boolean addCompiled(
            InternalKnowledgeBase kieBase, List<RuleSelection.Unit> units, ClassLoader loader) {
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase, conf);
        CompositeKnowledgeBuilder batch = builder.batch();
        int i = 0;
        for (RuleSelection.Unit u : units) {
            Resource r = ResourceFactory.newByteArrayResource(u.text.toString().getBytes(StandardCharsets.UTF_8));
            r.setSourcePath(RuleCompiler.resources() + RuleCompiler.unitPath(i++));
            r.setResourceType(ResourceType.DRL);
            batch.add(r, ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            return false;
        }
        kieBase.addPackages(builder.getKnowledgePackages());
        return true;
    }
}
