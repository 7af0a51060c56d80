package io.archadvisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/** Compiles rule packs into one KieBase, mapping errors back to the caller's file names. */
final class RuleCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String RESOURCES = "src/main/resources/";
    private static final java.util.regex.Pattern LINE_COLUMN = java.util.regex.Pattern.compile("Line (\\d+):(\\d+)");

    record Compiled(KieContainer container, KieBase kieBase, List<RuleInfo> rules) {
    }

    private record Entry(RulePack pack, RuleSource source) {
    }

    private RuleCompiler() {
    }

    static Compiled compile(Advisor.Builder builder) {
        List<RulePack> packs = new ArrayList<>();
        if (builder.defaultPacks) {
            for (RulePack p : ServiceLoader.load(RulePack.class, builder.classLoader)) {
                packs.add(p);
            }
            packs.sort(Comparator.comparing(RulePack::name));
        }
        packs.addAll(builder.packs);
        packs.addAll(UntrustedPacks.vetted(builder));
        if (!builder.extra.isEmpty()) {
            packs.add(RulePack.of("custom", "0", builder.extra));
        }
        if (packs.isEmpty()) {
            throw new RuleLoadingException("No rule packs to load: add archadvisor-rules to the classpath, or add rules"
                    + " with Advisor.builder().addRules(...)", null);
        }

        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("io.archadvisor.generated", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, Entry> byPath = new LinkedHashMap<>();
        int i = 0;
        for (RulePack pack : packs) {
            for (RuleSource source : pack.sources()) {
                String path = "archadvisor/r" + (i++) + ".drl";
                byPath.put(path, new Entry(pack, source));
                kfs.write(RESOURCES + path, source.drl());
            }
        }
        KieBuilder kb = ks.newKieBuilder(kfs);
        try {
            kb.buildAll();
            List<RuleError> errors = new ArrayList<>();
            for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
                errors.add(toError(m, byPath));
            }
            errors.removeIf(err -> err.message().contains("Parser returned a null Package")
                    && errors.stream().anyMatch(o -> o != err && o.source().equals(err.source())));
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing(RuleError::source).thenComparingInt(RuleError::line));
                throw new RuleCompilationException(errors);
            }
            KieContainer container = ks.newKieContainer(releaseId);
            KieBase kieBase = container.getKieBase();
            return new Compiled(container, kieBase, rules(kieBase, byPath));
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static RuleError toError(Message m, Map<String, Entry> byPath) {
        String path = m.getPath();
        Entry e = lookup(byPath, path);
        String source = e != null ? e.source().name() : (path == null ? "<rules>" : path);
        String text = m.getText() == null ? "" : m.getText().trim();
        int line = Math.max(0, m.getLine());
        int column = Math.max(0, m.getColumn());
        java.util.regex.Matcher at = LINE_COLUMN.matcher(text);
        if (at.find()) {
            line = line > 0 ? line : Integer.parseInt(at.group(1));
            column = column > 0 ? column : Integer.parseInt(at.group(2)) + 1;
        }
        return new RuleError(source, line, column, text, RuleHints.hint(text));
    }

    private static Entry lookup(Map<String, Entry> byPath, String path) {
        if (path == null) {
            return null;
        }
        return byPath.get(path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path);
    }

    private static List<RuleInfo> rules(KieBase kieBase, Map<String, Entry> byPath) {
        List<RuleInfo> out = new ArrayList<>();
        Map<String, RuleInfo> seen = new HashMap<>();
        List<RuleError> duplicates = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String path = rule instanceof RuleImpl impl && impl.getResource() != null
                        ? impl.getResource().getSourcePath() : null;
                Entry e = lookup(byPath, path);
                Map<String, String> meta = new LinkedHashMap<>();
                rule.getMetaData().forEach((k, v) -> meta.put(k, String.valueOf(v).replaceAll("^\"|\"$", "")));
                RuleInfo info = new RuleInfo(rule.getName(), e == null ? "unknown" : e.pack().name(),
                        e == null ? String.valueOf(path) : e.source().name(), meta.get("category"), meta.get("severity"),
                        meta.get("description"), meta.get("seed"), meta);
                RuleInfo previous = seen.putIfAbsent(info.id(), info);
                if (previous != null) {
                    duplicates.add(new RuleError(info.source(), 0, 0, "Duplicate rule id `" + info.id()
                            + "`: also defined in " + previous.source() + " (pack " + previous.pack() + ")",
                            "Rule ids must be unique across all packs; rename one of them."));
                }
                out.add(info);
            }
        }
        if (!duplicates.isEmpty()) {
            throw new RuleCompilationException(duplicates);
        }
        out.sort(Comparator.comparing(RuleInfo::id));
        return List.copyOf(out);
    }
}
