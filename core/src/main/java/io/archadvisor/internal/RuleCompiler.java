package io.archadvisor.internal;

import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.pack.RuleError;
import io.archadvisor.pack.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles the selected rules into the KieBase sessions run on, and maps Drools' compile errors back to the caller's
 * file names, lines and columns, with a hint. {@link RuleSelection} decides which rules that is.
 */
final class RuleCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern LINE_COLUMN = Pattern.compile("Line (\\d+):(\\d+)");
    /** A leading or trailing double quote of a metadata value (compiled once: every build reads every rule's). */
    private static final Pattern QUOTES = Pattern.compile("^\"|\"$");

    /**
     * The compiled rules.
     *
     * @param container the KIE container the rules were compiled into, or {@code null} when the KieBase was built from
     *     precompiled packs
     * @param precompiled whether the KieBase was built from precompiled packs
     */
    record Compiled(@Nullable KieContainer container, KieBase kieBase, List<RuleInfo> rules, boolean precompiled) {}

    /**
     * The system property that, set to {@code false}, makes every build compile every pack from its DRL, ignoring the
     * packs' precompiled executable models.
     */
    static final String PRECOMPILED_PROPERTY = "archadvisor.precompiledPacks";

    private RuleCompiler() {}

    /** Selects and compiles the rules the settings ask for. */
    static Compiled compile(AdvisorSettings settings) {
        return compile(settings, precompiledByDefault());
    }

    /** Whether precompiled packs are loaded from their executable models unless told otherwise. */
    static boolean precompiledByDefault() {
        return !"false".equalsIgnoreCase(System.getProperty(PRECOMPILED_PROPERTY));
    }

    /**
     * Selects and compiles the rules the settings ask for. With {@code precompiled}, packs that ship an executable
     * model compiled when they were built ({@link PrecompiledPack}) are loaded from it, and every other source is
     * compiled from DRL into the same KieBase; should that fail (a compile error, say), everything is compiled from
     * DRL, so that errors and results are those of the classic build.
     */
    static Compiled compile(AdvisorSettings settings, boolean precompiled) {
        RuleSelection.Selected selected = RuleSelection.select(settings, precompiled);
        if (selected.units().stream().anyMatch(u -> u.precompiled != null)) {
            Compiled fast = PrecompiledBase.build(selected, settings.classLoader());
            if (fast != null) {
                return fast;
            }
            selected = RuleSelection.select(settings, false);
        }
        return build(selected.units(), selected.active(), selected.replaced(), settings.classLoader());
    }

    /** The path a unit is compiled under in the KIE file system, by its position; the precompiler uses the same. */
    static String unitPath(int index) {
        return "archadvisor/r" + index + ".drl";
    }

    /** The resource root of the KIE file system. */
    static String resources() {
        return RESOURCES;
    }

    /**
     * Compiles the units in one go. When that fails, the errors are blamed only where they belong:
     * <ul>
     *   <li>a file that does not parse is never compiled; its first syntax error, located by the parser, is its one
     *       error (later ones are mostly the parser recovering from the first); with built-in packs loaded, syntax
     *       errors are reported alone, at once, before anything is compiled;</li>
     *   <li>the built-in packs (loaded from the class path by default) are never blamed for a caller's broken pack:
     *       when a caller's file has errors, errors Drools reports in built-in files are its consequences and dropped;
     *       </li>
     *   <li>the built-in packs are never compiled a second time: only when no built-in pack is loaded are the other
     *       files compiled again without the failed ones, so that every error of every file shows in one go (Drools
     *       stops before compiling consequences once a file has errors).</li>
     * </ul>
     * Errors come pack by pack, file by file in the pack's order, the first error of each file first.
     */
    private static Compiled build(
            List<RuleSelection.Unit> units,
            Map<String, RuleSelection.Decl> active,
            Map<String, String> replaced,
            ClassLoader loader) {
        KieServices ks = KieServices.Factory.get();
        List<RuleError> errors = new ArrayList<>();
        for (RuleSelection.Unit u : units) {
            if (u.syntaxError != null) {
                errors.add(syntaxError(u));
            }
        }
        List<RuleSelection.Unit> pass =
                units.stream().filter(u -> u.syntaxError == null).toList();
        if (!errors.isEmpty() && units.stream().anyMatch(u -> u.builtIn)) {
            pass = List.of(); // report the syntax errors at once, without compiling the built-in packs for nothing
        }
        while (!(pass.isEmpty() && !errors.isEmpty())) {
            Attempt attempt = attempt(ks, pass, loader);
            if (attempt.errors().isEmpty()) {
                if (pass.size() == units.size()) {
                    KieBase kieBase = kieBase(ks, attempt.container());
                    List<RuleInfo> infos;
                    try {
                        infos = rules(kieBase, active, replaced);
                    } catch (RuleCompilationException e) {
                        attempt.container().dispose();
                        throw e;
                    }
                    return new Compiled(attempt.container(), kieBase, infos, false);
                }
                attempt.container().dispose();
                break;
            }
            errors.addAll(attempt.errors());
            Set<String> failed = new HashSet<>();
            attempt.errors().forEach(e -> failed.add(e.source()));
            List<RuleSelection.Unit> rest =
                    pass.stream().filter(u -> !failed.contains(u.source.name())).toList();
            if (rest.isEmpty() || rest.size() == pass.size() || rest.stream().anyMatch(u -> u.builtIn)) {
                break; // the built-in packs compile once, whatever the outcome
            }
            pass = rest;
        }
        Set<String> callers = new HashSet<>();
        Set<String> builtIns = new HashSet<>();
        for (RuleSelection.Unit u : units) {
            (u.builtIn ? builtIns : callers).add(u.source.name());
        }
        if (errors.stream().anyMatch(e -> callers.contains(e.source()))) {
            errors.removeIf(e -> builtIns.contains(e.source()) && !callers.contains(e.source()));
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            order.putIfAbsent(units.get(i).source.name(), i);
        }
        errors.sort(Comparator.comparingInt((RuleError e) -> order.getOrDefault(e.source(), Integer.MAX_VALUE))
                .thenComparing(ERROR_ORDER));
        throw new RuleCompilationException(List.copyOf(new LinkedHashSet<>(errors)));
    }

    /** The parser's first error in a file that does not parse, at its line and column, with a hint. */
    private static RuleError syntaxError(RuleSelection.Unit u) {
        org.drools.drl.parser.DroolsError error = u.syntaxError;
        String text = error.getMessage() == null ? "" : error.getMessage().trim();
        int line = 0;
        int column = 0;
        if (error instanceof org.drools.drl.parser.ParserError p) {
            line = Math.max(0, p.getRow());
            column = p.getCol() >= 0 ? p.getCol() + 1 : 0;
        }
        Matcher at = LINE_COLUMN.matcher(text);
        if (at.find()) {
            line = line > 0 ? line : Integer.parseInt(at.group(1));
            column = column > 0 ? column : Integer.parseInt(at.group(2)) + 1;
        }
        return new RuleError(
                u.source.name(), line, column, text, RuleHints.analyse(text).text());
    }

    private record Attempt(KieContainer container, List<RuleError> errors) {}

    /**
     * The KieBase sessions run on, with beta-node sharing off: with sharing, Drools 10.2 can miss the update of an
     * {@code accumulate}/{@code collect} that several rules share when facts change in a long-lived session, so a
     * what-if session would keep a conclusion that a fresh advice no longer draws (or miss one it draws). Turning it
     * off costs no measurable time on 10,000-service proposals.
     *
     * <p>It stays mutable, the default, although the advisor never changes its rules: an immutable KieBase keeps a
     * session's facts in one identity map instead of one store per fact class (which a reset session rebuilds on every
     * advice, quadratic in the number of fact classes), but it also drops from working memory every fact no rule can
     * match, most nodes among them, so the graph could no longer be read from working memory. With the full rule
     * packs it saved about 1 % of an advice (it saved 28 % with only the first two packs), not worth that trap.
     */
    private static KieBase kieBase(KieServices ks, KieContainer container) {
        return container.newKieBase(kieBaseConfiguration(ks));
    }

    /** The KieBase options every build uses (see {@link #kieBase}). */
    static org.kie.api.KieBaseConfiguration kieBaseConfiguration(KieServices ks) {
        org.kie.api.KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setProperty("drools.shareBetaNodes", "false");
        return conf;
    }

    @SuppressWarnings("ReferenceEquality") // a null-package error is dropped when another error of its file exists
    private static Attempt attempt(KieServices ks, List<RuleSelection.Unit> units, ClassLoader loader) {
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("io.archadvisor.generated", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleSelection.Unit> byPath = new LinkedHashMap<>();
        int i = 0;
        for (RuleSelection.Unit u : units) {
            String path = unitPath(i++);
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

    /** The agenda groups the advisor runs, in order ({@code MAIN} is a rule without one). */
    private static final List<String> PHASE_GROUPS =
            Phase.inOrder().stream().map(Phase::agendaGroup).toList();

    /** The severities {@code @severity} may name, most severe first. */
    private static final List<String> SEVERITIES = severities();

    private static List<String> severities() {
        List<String> names = new ArrayList<>();
        for (io.archadvisor.graph.Severity s : io.archadvisor.graph.Severity.values()) {
            names.add(0, s.name());
        }
        return List.copyOf(names);
    }

    static final Comparator<RuleError> ERROR_ORDER = Comparator.comparing(RuleError::source)
            .thenComparingInt(RuleError::line)
            .thenComparingInt(RuleError::column)
            .thenComparing(RuleError::message);

    private static RuleError toError(Message m, Map<String, RuleSelection.Unit> byPath) {
        String path = m.getPath();
        RuleSelection.Unit u = lookup(byPath, path);
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
        if (u != null && column == 0 && hint.token() != null) {
            // without a line (Drools gives none for some expressions, such as an unknown enum constant), the first
            // place the token is written in the file
            int[] found = line > 0 ? locate(u, line, hint.token()) : locateAnywhere(u, hint.token());
            if (found != null) {
                line = found[0];
                column = found[1];
            }
        }
        return new RuleError(source, line, column, text, hint.text());
    }

    /** Finds a token as a whole word outside comments anywhere in the unit; {line, column} or null. */
    private static int[] locateAnywhere(RuleSelection.Unit u, String token) {
        return find(u, 1, Integer.MAX_VALUE, token, true);
    }

    /** Finds a token as a whole word from {@code line} to the end of the rule holding it; {line, column} or null. */
    private static int[] locate(RuleSelection.Unit u, int line, String token) {
        int last = line;
        for (RuleSelection.Decl d : u.rules) {
            if (d.line() <= line && d.endLine() >= line) {
                last = d.endLine();
            }
        }
        return find(u, line, last, token, false);
    }

    /** The first whole-word {@code token} on lines {@code from..to}, optionally outside line comments; or null. */
    private static int[] find(RuleSelection.Unit u, int from, int to, String token, boolean skipComments) {
        String[] lines = u.text.toString().split("\n", -1);
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w$])");
        for (int l = from; l <= Math.min(to, lines.length); l++) {
            String text = lines[l - 1];
            int comment = skipComments ? text.indexOf("//") : -1;
            Matcher m = word.matcher(comment < 0 ? text : text.substring(0, comment));
            if (m.find()) {
                return new int[] {l, m.start() + 1};
            }
        }
        return null;
    }

    static RuleSelection.Unit lookup(Map<String, RuleSelection.Unit> byPath, String path) {
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

    /** An error in a rule's attributes or annotations, at {@code token} within the rule when it is written there. */
    private static RuleError metadataError(
            KiePackage pkg, RuleSelection.@Nullable Decl d, String token, String message, String hint) {
        if (d == null) {
            return new RuleError(pkg.getName(), 0, 0, message, hint);
        }
        int[] at = locate(d.unit(), d.line(), token);
        return new RuleError(
                d.unit().source.name(), at != null ? at[0] : d.line(), at != null ? at[1] : 0, message, hint);
    }

    /**
     * The loaded rules with their metadata, sorted by id.
     *
     * @throws RuleCompilationException when a rule's {@code @severity} names no severity, or its agenda group is no
     *     phase's
     */
    static List<RuleInfo> rules(KieBase kieBase, Map<String, RuleSelection.Decl> active, Map<String, String> replaced) {
        List<RuleInfo> out = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleSelection.Decl d = active.get(rule.getName());
                Map<String, String> meta = new LinkedHashMap<>();
                rule.getMetaData()
                        .forEach((k, v) -> meta.put(
                                metaKey(k), QUOTES.matcher(String.valueOf(v)).replaceAll("")));
                if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl
                        && !PHASE_GROUPS.contains(impl.getAgendaGroup())) {
                    errors.add(metadataError(
                            pkg,
                            d,
                            "agenda-group",
                            "Rule `" + rule.getName() + "` is in agenda-group \"" + impl.getAgendaGroup()
                                    + "\", which no phase runs, so it would never fire.",
                            "Use one of the phases' groups, " + String.join(", ", PHASE_GROUPS.subList(0, 3)) + " or "
                                    + PHASE_GROUPS.get(4) + ", or leave agenda-group out: the rule then runs after"
                                    + " advise."));
                }
                String severity = meta.get("severity");
                if (severity != null && !SEVERITIES.contains(severity.strip().toUpperCase(java.util.Locale.ROOT))) {
                    errors.add(metadataError(
                            pkg,
                            d,
                            "@severity",
                            "Rule `" + rule.getName() + "` has @severity(\"" + severity + "\"), which is not a"
                                    + " severity.",
                            "Write one of " + String.join(", ", SEVERITIES) + "; a finding's severity is the one its"
                                    + " consequence gives, @severity is what `archadvisor rules` and SARIF show."));
                }
                out.add(new RuleInfo(
                        rule.getName(),
                        d == null ? "unknown" : d.unit().pack.name(),
                        d == null ? pkg.getName() : d.unit().source.name(),
                        meta.get("category"),
                        meta.get("severity"),
                        meta.get("description"),
                        meta.get("seed"),
                        meta,
                        d == null ? 0 : d.line(),
                        replaced.get(rule.getName())));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(ERROR_ORDER);
            throw new RuleCompilationException(errors);
        }
        out.sort(Comparator.comparing(RuleInfo::id));
        return List.copyOf(out);
    }
}
