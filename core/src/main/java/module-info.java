/**
 * The archadvisor library: requirements in, an immutable recommendation graph out. Every package is exported except
 * {@code io.archadvisor.internal}, the Drools engine behind the {@link io.archadvisor.Advisor} facade.
 */
@SuppressWarnings("requires-automatic") // Drools 10.2.0 ships automatic modules only
module io.archadvisor.core {
    requires java.net.http;
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.base;
    requires org.drools.core;
    requires org.drools.compiler;
    requires org.drools.drl.ast;
    requires org.drools.drl.parser;
    requires org.drools.kiesession;
    requires org.drools.mvel;
    requires org.drools.tms;
    requires org.drools.xml.support;
    requires tools.jackson.core;
    requires transitive tools.jackson.databind; // catalog source data is handed over as JSON trees
    requires org.snakeyaml.engine;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports io.archadvisor;
    exports io.archadvisor.adr;
    exports io.archadvisor.base;
    exports io.archadvisor.catalog;
    exports io.archadvisor.facts;
    exports io.archadvisor.graph;
    exports io.archadvisor.model;
    exports io.archadvisor.pack;
    exports io.archadvisor.policy;
    exports io.archadvisor.render;
    exports io.archadvisor.testkit;
    exports io.archadvisor.vetting;
    exports io.archadvisor.waiver;
    exports io.archadvisor.whatif;
    exports io.archadvisor.yaml;

    uses io.archadvisor.pack.RulePack;
    uses io.archadvisor.catalog.TechnologyCatalog;
}
