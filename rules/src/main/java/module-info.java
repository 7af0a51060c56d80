/**
 * The built-in rule packs of archadvisor and its embedded technology catalog, found by the core library as services.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Drools 10.2.0: automatic modules
module io.archadvisor.rules {
    requires transitive io.archadvisor.core;
    // the accumulate function the rules use, and the executable model the packs are precompiled to
    requires transitive org.kie.api;
    requires org.drools.base;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires static transitive org.jspecify;

    exports io.archadvisor.rules;
    exports io.archadvisor.rules.catalog;
    exports io.archadvisor.rules.support;

    // the DRL files, read by the core library's rule loader through the class loader
    opens io.archadvisor.rules;

    // each DRL file's package: the types it declares and its precompiled model are generated into it when the pack
    // is built, and the rule classes Drools defines at run time (outside this module) use them
    exports io.archadvisor.rules.antipatterns;

    opens io.archadvisor.rules.antipatterns;

    exports io.archadvisor.rules.api;

    opens io.archadvisor.rules.api;

    exports io.archadvisor.rules.architecture;

    opens io.archadvisor.rules.architecture;

    exports io.archadvisor.rules.checklistcatalog;

    opens io.archadvisor.rules.checklistcatalog;

    exports io.archadvisor.rules.checklistdesign;

    opens io.archadvisor.rules.checklistdesign;

    exports io.archadvisor.rules.compliance;

    opens io.archadvisor.rules.compliance;

    exports io.archadvisor.rules.data;

    opens io.archadvisor.rules.data;

    exports io.archadvisor.rules.design;

    opens io.archadvisor.rules.design;

    exports io.archadvisor.rules.edge;

    opens io.archadvisor.rules.edge;

    exports io.archadvisor.rules.gitops;

    opens io.archadvisor.rules.gitops;

    exports io.archadvisor.rules.outdated;

    opens io.archadvisor.rules.outdated;

    exports io.archadvisor.rules.patterns;

    opens io.archadvisor.rules.patterns;

    exports io.archadvisor.rules.principles;

    opens io.archadvisor.rules.principles;

    exports io.archadvisor.rules.questions;

    opens io.archadvisor.rules.questions;

    exports io.archadvisor.rules.reliability;

    opens io.archadvisor.rules.reliability;

    exports io.archadvisor.rules.roadmap;

    opens io.archadvisor.rules.roadmap;

    exports io.archadvisor.rules.security;

    opens io.archadvisor.rules.security;

    exports io.archadvisor.rules.technology;

    opens io.archadvisor.rules.technology;
    opens io.archadvisor.rules.catalog;

    provides io.archadvisor.pack.RulePack with
            io.archadvisor.rules.SeedRulePack;
    provides io.archadvisor.catalog.TechnologyCatalog with
            io.archadvisor.rules.EmbeddedCatalog;
}
