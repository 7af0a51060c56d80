package io.archadvisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles rule packs into one KieBase. Before compiling, every file is parsed to find its rules: duplicate ids are
 * reported with both places, overriding packs replace rules by id, and disabled or unselected rules are blanked out of
 * the text (keeping every line and column, so errors still point at the caller's file). Compile errors are mapped back
 * to the caller's file names with a hint.
 */
final class RuleCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern LINE_COLUMN = Pattern.compile("Line (\\d+):(\\d+)");
    /** The name of the pack that holds {@code Advisor.Builder.addRules} sources. */
    static final String CUSTOM_PACK = "custom";
    /** The name of the pack that holds {@code Advisor.Builder.replaceRule} sources. */
    static final String REPLACEMENTS_PACK = "replacements";

    record Compiled(KieContainer container, KieBase kieBase, List<RuleInfo> rules) {
    }

    /** One DRL file of one pack, its text as it will be compiled, and the rules it defines. */
    private static final class Unit {
        final RulePack pack;
        final RuleSource source;
        final StringBuilder text;
        final List<Decl> rules = new ArrayList<>();

        Unit(RulePack pack, RuleSource source) {
            this.pack = pack;
            this.source = source;
            this.text = new StringBuilder(source.drl());
        }
    }

    /** Where a rule is defined. */
    private record Decl(String id, Unit unit, int line, int column, int start, int end, int endLine) {
        String where() {
            return unit.source.name() + (line > 0 ? ":" + line : "") + " (pack " + unit.pack.name() + ")";
        }
    }

    private RuleCompiler() {
    }

    static Compiled compile(Advisor.Builder builder) {
        List<RulePack> packs = packs(builder);
        List<Unit> units = new ArrayList<>();
        for (RulePack pack : packs) {
            for (RuleSource source : pack.sources()) {
                Unit u = new Unit(pack, source);
                parse(u);
                units.add(u);
            }
        }
        Map<String, Decl> active = resolve(units, builder);
        Map<String, String> replaced = replacedRules(units, active);
        return build(units, active, replaced, builder.classLoader);
    }

    private static List<RulePack> packs(Advisor.Builder builder) {
        List<RulePack> packs = new ArrayList<>();
        if (builder.defaultPacks) {
            List<RulePack> found = new ArrayList<>();
            for (RulePack p : ServiceLoader.load(RulePack.class, builder.classLoader)) {
                found.add(p);
            }
            found.sort(Comparator.comparing(RulePack::name));
            packs.addAll(found);
        }
        packs.addAll(builder.packs);
        packs.addAll(UntrustedPacks.vetted(builder));
        if (!builder.extra.isEmpty()) {
            packs.add(RulePack.of(CUSTOM_PACK, "0", builder.extra));
        }
        if (!builder.replacements.isEmpty()) {
            packs.add(new Pack(REPLACEMENTS_PACK, "0", List.copyOf(builder.replacements.values()), true));
        }
        if (packs.isEmpty()) {
            throw new RuleLoadingException("No rule packs to load: add archadvisor-rules to the classpath, or add rules"
                    + " with Advisor.builder().addRules(...)", null);
        }
        Map<String, RulePack> byName = new LinkedHashMap<>();
        for (RulePack p : packs) {
            RulePack previous = byName.putIfAbsent(p.name(), p);
            if (previous != null) {
                throw new RuleLoadingException("Two rule packs are named `" + p.name() + "` (versions "
                        + previous.version() + " and " + p.version() + "). A default pack is loaded from the classpath"
                        + " already; give your pack its own name, or call withoutDefaultPacks().", null);
            }
        }
        return packs;
    }

    private static void parse(Unit u) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, u.source.drl());
        } catch (DroolsParserException | RuntimeException e) {
            return; // the compiler reports the syntax error with its place
        }
        if (descr == null || parser.hasErrors()) {
            return;
        }
        for (RuleDescr r : descr.getRules()) {
            u.rules.add(new Decl(r.getName(), u, Math.max(0, r.getLine()), Math.max(0, r.getColumn()) + 1,
                    r.getStartCharacter(), r.getEndCharacter(), r.getEndLine()));
        }
    }

    /** Applies overrides, replacements, disabled rules and the selection; returns the rules to compile, by id. */
    private static Map<String, Decl> resolve(List<Unit> units, Advisor.Builder builder) {
        Map<String, List<Decl>> byId = new LinkedHashMap<>();
        for (Unit u : units) {
            for (Decl d : u.rules) {
                byId.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d);
            }
        }
        checkReplacements(units, byId, builder.replacements);
        List<RuleError> errors = new ArrayList<>();
        Map<String, Decl> active = new LinkedHashMap<>();
        for (Map.Entry<String, List<Decl>> e : byId.entrySet()) {
            List<Decl> base = e.getValue().stream().filter(d -> !d.unit.pack.overrides()).toList();
            List<Decl> over = e.getValue().stream().filter(d -> d.unit.pack.overrides()).toList();
            duplicates(e.getKey(), base, "", errors);
            duplicates(e.getKey(), over, " by two overriding sources", errors);
            active.put(e.getKey(), over.isEmpty() ? base.get(0) : over.get(0));
        }
        if (!errors.isEmpty()) {
            errors.sort(ERROR_ORDER);
            throw new RuleCompilationException(errors);
        }
        Set<String> loaded = new TreeSet<>(active.keySet());
        for (String id : builder.disabled) {
            if (active.remove(id) == null) {
                throw new UnknownRuleException(id, "disable", Similarity.closest(id, loaded, 3), loaded.size());
            }
        }
        if (builder.onlyPacks != null) {
            Set<String> names = new LinkedHashSet<>();
            units.forEach(u -> names.add(u.pack.name()));
            for (String p : builder.onlyPacks) {
                if (!names.contains(p)) {
                    throw new RuleLoadingException("Cannot select the rule pack `" + p + "`: it is not loaded. Loaded"
                            + " packs: " + String.join(", ", names) + ".", null);
                }
            }
            active.values().removeIf(d -> !builder.onlyPacks.contains(d.unit.pack.name()));
        }
        if (builder.onlyRules != null) {
            for (String id : builder.onlyRules) {
                if (!loaded.contains(id)) {
                    throw new UnknownRuleException(id, "select", Similarity.closest(id, loaded, 3), loaded.size());
                }
            }
            active.keySet().retainAll(builder.onlyRules);
        }
        Set<Decl> keep = new HashSet<>(active.values());
        for (Unit u : units) {
            for (Decl d : u.rules) {
                if (!keep.contains(d)) {
                    blank(u.text, d);
                }
            }
        }
        return active;
    }

    private static void checkReplacements(List<Unit> units, Map<String, List<Decl>> byId,
            Map<String, RuleSource> replacements) {
        for (Map.Entry<String, RuleSource> r : replacements.entrySet()) {
            String id = r.getKey();
            Unit u = units.stream().filter(x -> x.source == r.getValue()).findFirst().orElseThrow();
            List<String> defined = u.rules.stream().map(Decl::id).toList();
            if (!defined.isEmpty() && !defined.equals(List.of(id))) {
                throw new RuleLoadingException("replaceRule(\"" + id + "\", drl): the DRL must define exactly one rule,"
                        + " named \"" + id + "\", but it defines " + defined + ".", null);
            }
            boolean exists = byId.getOrDefault(id, List.of()).stream().anyMatch(d -> d.unit != u);
            if (!exists) {
                Set<String> others = new TreeSet<>(byId.keySet());
                others.remove(id);
                throw new UnknownRuleException(id, "replace", Similarity.closest(id, others, 3), others.size());
            }
        }
    }

    private static void duplicates(String id, List<Decl> defs, String how, List<RuleError> errors) {
        for (int i = 1; i < defs.size(); i++) {
            Decl first = defs.get(0);
            Decl again = defs.get(i);
            errors.add(new RuleError(again.unit.source.name(), again.line(), again.column(), "Duplicate rule id `" + id
                    + "`" + how + ": also defined at " + first.where() + "; this one is in pack "
                    + again.unit.pack.name() + ".", "Rule ids must be unique across all packs: rename one of them,"
                    + " or, to replace a rule, put the new one in a pack built with RulePack.builder(...).overriding(),"
                    + " or use Advisor.builder().replaceRule(id, drl) or disableRule(id)."));
        }
    }

    /** Replaces a rule's text with spaces, keeping line breaks, so every other line and column stays where it was. */
    private static void blank(StringBuilder text, Decl d) {
        int start = d.start();
        int end = d.end();
        if (start < 0 || end < start) {
            return;
        }
        end = Math.min(end, text.length() - 1);
        int endToken = text.lastIndexOf("end", end);
        if (endToken >= start) {
            end = Math.min(end, endToken + 2);
        }
        for (int i = start; i <= end; i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static Map<String, String> replacedRules(List<Unit> units, Map<String, Decl> active) {
        Map<String, String> replaced = new LinkedHashMap<>();
        for (Unit u : units) {
            for (Decl d : u.rules) {
                Decl winner = active.get(d.id());
                if (winner != null && winner != d && winner.unit.pack.overrides() && !d.unit.pack.overrides()) {
                    replaced.put(d.id(), d.where());
                }
            }
        }
        return replaced;
    }

    private static Compiled build(List<Unit> units, Map<String, Decl> active, Map<String, String> replaced,
            ClassLoader loader) {
        KieServices ks = KieServices.Factory.get();
        List<RuleError> errors = new ArrayList<>();
        List<Unit> pass = units;
        while (true) {
            Attempt attempt = attempt(ks, pass, loader);
            if (attempt.errors().isEmpty()) {
                if (pass == units) {
                    KieBase kieBase = kieBase(ks, attempt.container());
                    return new Compiled(attempt.container(), kieBase, rules(kieBase, active, replaced));
                }
                attempt.container().dispose();
                break;
            }
            errors.addAll(attempt.errors());
            // Drools stops before compiling consequences once a file has errors: compile the others again, so that
            // every error of every file is reported in one go.
            Set<String> failed = new HashSet<>();
            attempt.errors().forEach(e -> failed.add(e.source()));
            List<Unit> rest = pass.stream().filter(u -> !failed.contains(u.source.name())).toList();
            if (rest.isEmpty() || rest.size() == pass.size()) {
                break;
            }
            pass = rest;
        }
        errors.sort(ERROR_ORDER);
        throw new RuleCompilationException(List.copyOf(new LinkedHashSet<>(errors)));
    }

    private record Attempt(KieContainer container, List<RuleError> errors) {
    }

    /**
     * The KieBase sessions run on, with beta-node sharing off: with sharing, Drools 10.2 can miss the update of an
     * {@code accumulate}/{@code collect} that several rules share when facts change in a long-lived session, so a
     * what-if session would keep a conclusion that a fresh advice no longer draws (or miss one it draws). Turning it
     * off costs no measurable time on 10,000-service proposals.
     *
     * <p>It is also immutable: the advisor never changes its rules after the build, and an immutable KieBase lets each
     * session keep its facts in one identity map instead of one store per fact class, which a reused session otherwise
     * rebuilds on every advice (quadratic in the number of fact classes; 28 % of a typical advice's CPU before). An
     * immutable KieBase also drops from working memory every fact that no rule pattern can match, which includes most
     * nodes: the graph is therefore read from the {@link ProvenanceRecorder}, which follows every insertion, update and
     * deletion, never from working memory ({@code KieSession.getObjects} and {@code getFactHandle} miss those facts).
     */
    private static KieBase kieBase(KieServices ks, KieContainer container) {
        org.kie.api.KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setProperty("drools.shareBetaNodes", "false");
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        return container.newKieBase(conf);
    }

    private static Attempt attempt(KieServices ks, List<Unit> units, ClassLoader loader) {
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("io.archadvisor.generated", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, Unit> byPath = new LinkedHashMap<>();
        int i = 0;
        for (Unit u : units) {
            String path = "archadvisor/r" + (i++) + ".drl";
            byPath.put(path, u);
            kfs.write(RESOURCES + path, u.text.toString());
        }
        KieBuilder kb = ks.newKieBuilder(kfs, loader);
        try {
            kb.buildAll();
            List<RuleError> errors = new ArrayList<>();
            for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
                errors.add(toError(m, byPath));
            }
            errors.removeIf(err -> err.message().contains("Parser returned a null Package")
                    && errors.stream().anyMatch(o -> o != err && o.source().equals(err.source())));
            if (!errors.isEmpty()) {
                return new Attempt(null, errors);
            }
            return new Attempt(ks.newKieContainer(releaseId, loader), List.of());
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static final Comparator<RuleError> ERROR_ORDER = Comparator.comparing(RuleError::source)
            .thenComparingInt(RuleError::line)
            .thenComparingInt(RuleError::column)
            .thenComparing(RuleError::message);

    private static RuleError toError(Message m, Map<String, Unit> byPath) {
        String path = m.getPath();
        Unit u = lookup(byPath, path);
        String source = u != null ? u.source.name() : (path == null ? "<rules>" : path);
        String text = m.getText() == null ? "" : m.getText().trim();
        int line = Math.max(0, m.getLine());
        int column = Math.max(0, m.getColumn());
        Matcher at = LINE_COLUMN.matcher(text);
        if (at.find()) {
            line = line > 0 ? line : Integer.parseInt(at.group(1));
            column = column > 0 ? column : Integer.parseInt(at.group(2)) + 1;
        }
        RuleHints.Hint hint = RuleHints.analyse(text);
        if (u != null && column == 0 && line > 0 && hint.token() != null) {
            int[] found = locate(u, line, hint.token());
            if (found != null) {
                line = found[0];
                column = found[1];
            }
        }
        return new RuleError(source, line, column, text, hint.text());
    }

    /** Finds a token as a whole word from {@code line} to the end of the rule holding it; {line, column} or null. */
    private static int[] locate(Unit u, int line, String token) {
        int last = line;
        for (Decl d : u.rules) {
            if (d.line() <= line && d.endLine() >= line) {
                last = d.endLine();
            }
        }
        String[] lines = u.text.toString().split("\n", -1);
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w$])");
        for (int l = line; l <= Math.min(last, lines.length); l++) {
            Matcher m = word.matcher(lines[l - 1]);
            if (m.find()) {
                return new int[] {l, m.start() + 1};
            }
        }
        return null;
    }

    private static Unit lookup(Map<String, Unit> byPath, String path) {
        if (path == null) {
            return null;
        }
        return byPath.get(path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path);
    }

    /** Drools files {@code @description} under its annotation class name; the key is the name as written. */
    private static String metaKey(String key) {
        int dot = key.lastIndexOf('.');
        if (dot < 0) {
            return key;
        }
        String simple = key.substring(dot + 1);
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static List<RuleInfo> rules(KieBase kieBase, Map<String, Decl> active, Map<String, String> replaced) {
        List<RuleInfo> out = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Decl d = active.get(rule.getName());
                Map<String, String> meta = new LinkedHashMap<>();
                rule.getMetaData().forEach((k, v) -> meta.put(metaKey(k), String.valueOf(v).replaceAll("^\"|\"$", "")));
                out.add(new RuleInfo(rule.getName(), d == null ? "unknown" : d.unit.pack.name(),
                        d == null ? pkg.getName() : d.unit.source.name(), meta.get("category"), meta.get("severity"),
                        meta.get("description"), meta.get("seed"), meta, d == null ? 0 : d.line(),
                        replaced.get(rule.getName())));
            }
        }
        out.sort(Comparator.comparing(RuleInfo::id));
        return List.copyOf(out);
    }
}
