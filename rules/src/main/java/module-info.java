/**
 * The built-in rule packs of archadvisor and its embedded technology catalog, found by the core library as services.
 */
module io.archadvisor.rules {
    requires transitive io.archadvisor.core;
    requires static transitive org.jspecify;

    exports io.archadvisor.rules;
    exports io.archadvisor.rules.catalog;
    exports io.archadvisor.rules.support;

    // the DRL files, read by the core library's rule loader through the class loader
    opens io.archadvisor.rules;

    provides io.archadvisor.pack.RulePack with
            io.archadvisor.rules.SeedRulePack;
    provides io.archadvisor.catalog.TechnologyCatalog with
            io.archadvisor.rules.EmbeddedCatalog;
}
