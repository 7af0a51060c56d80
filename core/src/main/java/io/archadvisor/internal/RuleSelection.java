package io.archadvisor.internal;

import io.archadvisor.base.Suggestions;
import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.pack.RuleError;
import io.archadvisor.pack.RuleLoadingException;
import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import io.archadvisor.pack.UnknownRuleException;
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
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.jspecify.annotations.Nullable;

/**
 * Which rules of which packs get compiled: loads the packs (defaults from the class path, added, vetted untrusted,
 * custom, replacements), finds each rule's declaration, reports duplicate ids with both places, applies overriding
 * packs, replacements, disabled rules and the selection, and blanks every rule left out of the text (keeping every
 * line and column, so compile errors still point at the caller's file).
 */
final class RuleSelection {

    /** The name of the pack that holds {@code Advisor.Builder.addRules} sources. */
    static final String CUSTOM_PACK = "custom";
    /** The name of the pack that holds {@code Advisor.Builder.replaceRule} sources. */
    static final String REPLACEMENTS_PACK = "replacements";

    /** The selected rules: every unit with its text as it will be compiled, the rules to compile by id, and the
     * base rules that overriding packs replaced (id → where the replaced one was). */
    record Selected(List<Unit> units, Map<String, Decl> active, Map<String, String> replaced) {}

    /**
     * One DRL file of one pack, its text as it will be compiled, and the rules it defines. The rules of a unit of a
     * {@linkplain PrecompiledPack precompiled} pack come from the pack's index, and its text is never compiled: the
     * rules left out are removed from the precompiled KieBase instead of blanked.
     */
    static final class Unit {
        final RulePack pack;
        final RuleSource source;
        final StringBuilder text;
        final List<Decl> rules = new ArrayList<>();
        /** Whether the pack was loaded from the class path by default (a built-in pack), not given by the caller. */
        final boolean builtIn;
        /** The parser's first error in this file, or {@code null}: a file that does not parse is never compiled. */
        org.drools.drl.parser.DroolsError syntaxError;
        /** The pack's precompiled index, or {@code null} when the unit is compiled from its DRL. */
        final @Nullable PrecompiledPack precompiled;

        Unit(RulePack pack, RuleSource source, boolean builtIn) {
            this(pack, source, builtIn, null);
        }

        Unit(RulePack pack, RuleSource source, boolean builtIn, @Nullable PrecompiledPack precompiled) {
            this.pack = pack;
            this.source = source;
            this.text = new StringBuilder(source.drl());
            this.builtIn = builtIn;
            this.precompiled = precompiled;
        }
    }

    /** Where a rule is defined. */
    record Decl(String id, Unit unit, int line, int column, int start, int end, int endLine) {
        String where() {
            return unit.source.name() + (line > 0 ? ":" + line : "") + " (pack " + unit.pack.name() + ")";
        }
    }

    private RuleSelection() {}

    /**
     * Selects the rules the settings ask for; with {@code precompiled}, the rules of packs that ship a matching
     * {@linkplain PrecompiledPack precompiled index} are taken from it instead of parsing their DRL.
     */
    static Selected select(AdvisorSettings settings, boolean precompiled) {
        Set<RulePack> builtIn = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<RulePack> packs = packs(settings, builtIn);
        List<Unit> units = new ArrayList<>();
        for (RulePack pack : packs) {
            PrecompiledPack index = precompiled ? PrecompiledPack.of(pack).orElse(null) : null;
            List<RuleSource> sources = pack.sources();
            for (int i = 0; i < sources.size(); i++) {
                Unit u = new Unit(pack, sources.get(i), builtIn.contains(pack), index);
                if (index == null) {
                    parse(u);
                } else {
                    for (PrecompiledPack.Rule r : index.rules()) {
                        if (r.source() == i) {
                            u.rules.add(new Decl(r.id(), u, r.line(), r.column(), -1, -1, r.endLine()));
                        }
                    }
                }
                units.add(u);
            }
        }
        Map<String, Decl> active = resolve(units, settings);
        return new Selected(units, active, replacedRules(units, active));
    }

    private static List<RulePack> packs(AdvisorSettings settings, Set<RulePack> builtIn) {
        List<RulePack> packs = new ArrayList<>();
        if (settings.defaultPacks()) {
            List<RulePack> found = new ArrayList<>();
            for (RulePack p : ServiceLoader.load(RulePack.class, settings.classLoader())) {
                found.add(p);
            }
            found.sort(Comparator.comparing(RulePack::name));
            packs.addAll(found);
            builtIn.addAll(found);
        }
        packs.addAll(settings.packs());
        packs.addAll(UntrustedPacks.vetted(settings));
        if (!settings.extra().isEmpty()) {
            packs.add(RulePack.of(CUSTOM_PACK, "0", settings.extra()));
        }
        if (!settings.replacements().isEmpty()) {
            RulePack.Builder replaced = RulePack.builder(REPLACEMENTS_PACK, "0").overriding();
            settings.replacements().values().forEach(replaced::add);
            packs.add(replaced.build());
        }
        if (packs.isEmpty()) {
            throw new RuleLoadingException(
                    "No rule packs to load: add archadvisor-rules to the classpath, or add rules"
                            + " with Advisor.builder().addRules(...)",
                    null);
        }
        Map<String, RulePack> byName = new LinkedHashMap<>();
        for (RulePack p : packs) {
            RulePack previous = byName.putIfAbsent(p.name(), p);
            if (previous != null) {
                boolean clash = builtIn.contains(previous) || builtIn.contains(p);
                throw new RuleLoadingException(
                        "Two rule packs are named `" + p.name() + "` (versions "
                                + previous.version() + " and " + p.version() + ")"
                                + (clash
                                        ? ". A default pack is loaded"
                                                + " from the classpath already; give your pack its own name, or call withoutDefaultPacks()."
                                        : "; give each pack its own name."),
                        null);
            }
        }
        return packs;
    }

    /** Finds the rules a unit's DRL defines, and where; a unit that does not parse is left without rules. */
    static void parse(Unit u) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, u.source.drl());
        } catch (DroolsParserException | RuntimeException e) {
            return; // the compiler reports the syntax error with its place
        }
        if (parser.hasErrors()) {
            u.syntaxError = parser.getErrors().get(0); // later ones are mostly the parser recovering from the first
            return;
        }
        if (descr == null) {
            return;
        }
        for (RuleDescr r : descr.getRules()) {
            u.rules.add(new Decl(
                    r.getName(),
                    u,
                    Math.max(0, r.getLine()),
                    Math.max(0, r.getColumn()) + 1,
                    r.getStartCharacter(),
                    r.getEndCharacter(),
                    r.getEndLine()));
        }
    }

    /** Applies overrides, replacements, disabled rules and the selection; returns the rules to compile, by id. */
    private static Map<String, Decl> resolve(List<Unit> units, AdvisorSettings settings) {
        Map<String, List<Decl>> byId = new LinkedHashMap<>();
        for (Unit u : units) {
            for (Decl d : u.rules) {
                byId.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d);
            }
        }
        checkReplacements(units, byId, settings.replacements());
        List<RuleError> errors = new ArrayList<>();
        Map<String, Decl> active = new LinkedHashMap<>();
        for (Map.Entry<String, List<Decl>> e : byId.entrySet()) {
            List<Decl> base =
                    e.getValue().stream().filter(d -> !d.unit.pack.overrides()).toList();
            List<Decl> over =
                    e.getValue().stream().filter(d -> d.unit.pack.overrides()).toList();
            duplicates(e.getKey(), base, "", errors);
            duplicates(e.getKey(), over, " by two overriding sources", errors);
            active.put(e.getKey(), over.isEmpty() ? base.get(0) : over.get(0));
        }
        if (!errors.isEmpty()) {
            errors.sort(RuleCompiler.ERROR_ORDER);
            throw new RuleCompilationException(errors);
        }
        Set<String> loaded = new TreeSet<>(active.keySet());
        for (String id : settings.disabled()) {
            if (active.remove(id) == null) {
                throw new UnknownRuleException(id, "disable", Suggestions.closest(id, loaded, 3), loaded.size());
            }
        }
        if (settings.onlyPacks() != null) {
            Set<String> names = new LinkedHashSet<>();
            units.forEach(u -> names.add(u.pack.name()));
            for (String p : settings.onlyPacks()) {
                if (!names.contains(p)) {
                    throw new RuleLoadingException(
                            "Cannot select the rule pack `" + p + "`: it is not loaded. Loaded" + " packs: "
                                    + String.join(", ", names) + ".",
                            null);
                }
            }
            active.values().removeIf(d -> !settings.onlyPacks().contains(d.unit.pack.name()));
        }
        if (settings.onlyRules() != null) {
            for (String id : settings.onlyRules()) {
                if (!loaded.contains(id)) {
                    throw new UnknownRuleException(id, "select", Suggestions.closest(id, loaded, 3), loaded.size());
                }
            }
            active.keySet().retainAll(settings.onlyRules());
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

    @SuppressWarnings("ReferenceEquality") // a replacement is found by the identity of its source
    private static void checkReplacements(
            List<Unit> units, Map<String, List<Decl>> byId, Map<String, RuleSource> replacements) {
        for (Map.Entry<String, RuleSource> r : replacements.entrySet()) {
            String id = r.getKey();
            Unit u = units.stream()
                    .filter(x -> x.source == r.getValue())
                    .findFirst()
                    .orElseThrow();
            List<String> defined = u.rules.stream().map(Decl::id).toList();
            if (!defined.isEmpty() && !defined.equals(List.of(id))) {
                throw new RuleLoadingException(
                        "replaceRule(\"" + id + "\", drl): the DRL must define exactly one rule," + " named \"" + id
                                + "\", but it defines " + defined + ".",
                        null);
            }
            boolean exists = byId.getOrDefault(id, List.of()).stream().anyMatch(d -> d.unit != u);
            if (!exists) {
                Set<String> others = new TreeSet<>(byId.keySet());
                others.remove(id);
                throw new UnknownRuleException(id, "replace", Suggestions.closest(id, others, 3), others.size());
            }
        }
    }

    private static void duplicates(String id, List<Decl> defs, String how, List<RuleError> errors) {
        for (int i = 1; i < defs.size(); i++) {
            Decl first = defs.get(0);
            Decl again = defs.get(i);
            errors.add(new RuleError(
                    again.unit.source.name(),
                    again.line(),
                    again.column(),
                    "Duplicate rule id `" + id
                            + "`" + how + ": also defined at " + first.where() + "; this one is in pack "
                            + again.unit.pack.name() + ".",
                    "Rule ids must be unique across all packs: rename one of them. To replace a rule, put the new"
                            + " one in a pack built with RulePack.builder(...).overriding(), or use"
                            + " Advisor.builder().replaceRule(id, drl); on the command line, give the new rule its own"
                            + " id and leave the old one out with --disable-rule " + id + "."));
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

    @SuppressWarnings("ReferenceEquality") // a declaration is replaced by another declaration of the same id
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
}
