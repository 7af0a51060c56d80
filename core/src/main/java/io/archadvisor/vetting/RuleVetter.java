package io.archadvisor.vetting;

import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.pack.RuleError;
import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import io.archadvisor.vetting.DrlLexer.Kind;
import io.archadvisor.vetting.DrlLexer.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.jspecify.annotations.Nullable;

/**
 * Vets rule packs from sources you do not trust, before they are compiled — compiling DRL already runs code: rule
 * metadata values are evaluated while the rules are built.
 *
 * <p>Each file is parsed with Drools' own DRL parser for its structure (package, imports, declared types, functions,
 * globals, rule attributes, dialects), and every token of the file — imports, annotations, attributes, conditions
 * including {@code eval}, {@code from} and {@code accumulate} code, consequences and functions — is checked against
 * the {@link VettingPolicy}: every class a token names must be allowed; members that reach reflection, class loading,
 * monitors, parallel execution, the process or the engine are rejected by name; the rule context ({@code drools},
 * {@code kcontext}) may only insert, update, delete and name its rule; timers and MVEL consequences are rejected.
 *
 * <p>This is static and best-effort: it is not a sandbox. See {@code docs/security.md} for what it does not protect
 * against (resource exhaustion through allowed API, what dynamic dispatch reaches at run time).
 */
public final class RuleVetter {

    /** Members rejected on any receiver, by what they reach. */
    private static final Map<String, String> DENIED_MEMBERS = deniedMembers();

    /** The only members the rule context may be used for. */
    private static final Set<String> CONTEXT_MEMBERS =
            Set.of("insert", "insertLogical", "update", "delete", "retract", "getRule");
    /** The only members of {@code drools.getRule()} rules may read. */
    private static final Set<String> RULE_MEMBERS = Set.of("getName", "getPackageName", "getMetaData", "getId");

    private static final Set<String> CONTEXTS = Set.of("drools", "kcontext");

    /** Rule attributes that schedule work outside the advisor's limits. */
    private static final Set<String> SCHEDULING_ATTRIBUTES = Set.of("timer", "duration", "calendars");

    /** DRL packages a pack may not put its rules and types in. */
    private static final List<String> DENIED_DRL_PACKAGES =
            List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools", "org.kie", "org.mvel2");

    private static final Set<String> PACKAGE_ROOTS = packageRoots();

    private final VettingPolicy policy;
    private final ClassLoader loader;
    private final Map<String, Boolean> exists = new HashMap<>();

    private RuleVetter(VettingPolicy policy, ClassLoader loader) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** A vetter for this policy that resolves class names with archadvisor's class loader. */
    public static RuleVetter of(VettingPolicy policy) {
        return new RuleVetter(policy, RuleVetter.class.getClassLoader());
    }

    /** A vetter for this policy that resolves class names with {@code loader}, as the rule compiler will. */
    public static RuleVetter of(VettingPolicy policy, ClassLoader loader) {
        return new RuleVetter(policy, loader);
    }

    /**
     * Every violation in the pack, in file, line and column order; empty when it passes.
     *
     * @throws RuleCompilationException when a file does not parse, so cannot be vetted
     */
    public List<Violation> check(RulePack pack) {
        return check(List.of(Objects.requireNonNull(pack, "pack")));
    }

    /**
     * Every violation in the packs, vetted together (a type one file declares may be used by another), in file, line
     * and column order; empty when they pass.
     *
     * @throws RuleCompilationException when a file does not parse, so cannot be vetted
     */
    public List<Violation> check(Collection<? extends RulePack> packs) {
        List<Unit> units = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        for (RulePack pack : packs) {
            for (RuleSource source : pack.sources()) {
                Unit u = parse(source, errors);
                if (u != null) {
                    units.add(u);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        Declared declared = declared(units);
        Set<Violation> out = new TreeSet<>(Violation.ORDER);
        for (Unit u : units) {
            new FileCheck(u, declared, out).run();
        }
        return List.copyOf(out);
    }

    /**
     * Vets the packs together.
     *
     * @throws RuleVettingException listing every violation, when there is one
     * @throws RuleCompilationException when a file does not parse, so cannot be vetted
     */
    public void vet(Collection<? extends RulePack> packs) {
        List<Violation> violations = check(packs);
        if (!violations.isEmpty()) {
            throw new RuleVettingException(violations);
        }
    }

    /** One parsed file. */
    private record Unit(RuleSource source, PackageDescr descr, String pkg) {}

    /** What the packs declare: new types by fully qualified name, their DRL packages, and function names. */
    private record Declared(Set<String> types, Set<String> packages, Set<String> functions) {}

    private static @Nullable Unit parse(RuleSource source, List<RuleError> errors) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, source.drl());
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            errors.add(new RuleError(
                    source.name(), 0, 0, "The rule file cannot be parsed, so it cannot be vetted: " + e, null));
            return null;
        }
        if (parser.hasErrors() || descr == null) {
            for (DroolsError e : parser.getErrors()) {
                int line = e instanceof ParserError p ? Math.max(0, p.getRow()) : 0;
                int column = e instanceof ParserError p ? Math.max(0, p.getCol()) + 1 : 0;
                errors.add(new RuleError(source.name(), line, line > 0 ? column : 0, e.getMessage(), null));
            }
            if (parser.getErrors().isEmpty()) {
                errors.add(new RuleError(source.name(), 0, 0, "The rule file cannot be parsed", null));
            }
            return null;
        }
        String pkg = descr.getName() == null ? "" : descr.getName();
        return new Unit(source, descr, pkg);
    }

    private Declared declared(List<Unit> units) {
        Set<String> types = new HashSet<>();
        Set<String> packages = new HashSet<>();
        Set<String> functions = new HashSet<>();
        for (Unit u : units) {
            packages.add(u.pkg());
            Scope scope = new Scope(u, null);
            List<String> names = new ArrayList<>();
            for (TypeDeclarationDescr t : u.descr().getTypeDeclarations()) {
                // a declaration without fields that names an existing class only annotates that class; one with
                // fields declares the type even when a class of that name exists (the pack's precompiled model)
                if (!t.getFields().isEmpty()) {
                    add(types, u, t.getTypeName());
                } else {
                    names.add(t.getTypeName());
                }
            }
            for (EnumDeclarationDescr e : u.descr().getEnumDeclarations()) {
                add(types, u, e.getTypeName());
            }
            for (String name : names) {
                if (name != null && scope.existing(name).isEmpty()) {
                    add(types, u, name);
                }
            }
            for (FunctionDescr f : u.descr().getFunctions()) {
                functions.add(f.getName());
            }
        }
        return new Declared(types, packages, functions);
    }

    private static void add(Set<String> types, Unit u, @Nullable String name) {
        if (name != null && !name.contains(".")) {
            types.add(u.pkg().isEmpty() ? name : u.pkg() + "." + name);
        }
    }

    /** How simple names resolve in one file, Java style: single-type imports, own package, on-demand imports. */
    private final class Scope {

        private final Unit unit;
        private final @Nullable Declared declared;
        private final Map<String, String> imports = new LinkedHashMap<>();
        private final List<String> wildcards = new ArrayList<>();

        Scope(Unit unit, @Nullable Declared declared) {
            this.unit = unit;
            this.declared = declared;
            for (ImportDescr i : unit.descr().getImports()) {
                String target = i.getTarget();
                if (target == null) {
                    continue;
                }
                if (target.endsWith(".*")) {
                    wildcards.add(target.substring(0, target.length() - 2));
                } else {
                    imports.put(target.substring(target.lastIndexOf('.') + 1), target);
                }
            }
        }

        /** The existing classes a simple name could denote in this file, by precedence. */
        List<String> existing(String name) {
            String imported = imports.get(name);
            if (imported != null) {
                return List.of(imported);
            }
            String own = unit.pkg().isEmpty() ? name : unit.pkg() + "." + name;
            if (exists(own)) {
                return List.of(own);
            }
            List<String> found = new ArrayList<>();
            for (String p : wildcards) {
                if (exists(p + "." + name)) {
                    found.add(p + "." + name);
                }
            }
            if (exists("java.lang." + name)) {
                found.add("java.lang." + name);
            }
            return found;
        }

        boolean declaredHere(String name) {
            if (declared == null) {
                return false;
            }
            String own = unit.pkg().isEmpty() ? name : unit.pkg() + "." + name;
            if (declared.types().contains(own)) {
                return true;
            }
            String imported = imports.get(name);
            if (imported != null && declared.types().contains(imported)) {
                return true;
            }
            for (String p : wildcards) {
                if (declared.types().contains(p + "." + name)) {
                    return true;
                }
            }
            return false;
        }

        boolean imported(String name) {
            return imports.containsKey(name);
        }
    }

    /** Checks one file's tokens and structure. */
    private final class FileCheck {

        private final Unit unit;
        private final Declared declared;
        private final Scope scope;
        private final Set<Violation> out;
        private final List<Token> tokens;
        private final DrlLexer lexer;

        FileCheck(Unit unit, Declared declared, Set<Violation> out) {
            this.unit = unit;
            this.declared = declared;
            this.scope = new Scope(unit, declared);
            this.out = out;
            this.lexer = DrlLexer.lex(unit.source().drl());
            this.tokens = lexer.tokens();
        }

        void run() {
            for (DrlLexer.Problem p : lexer.problems()) {
                add(p.line(), p.column(), p.token(), "hidden code", p.reason());
            }
            structure();
            for (int i = 0; i < tokens.size(); i++) {
                token(i);
            }
        }

        private void structure() {
            PackageDescr d = unit.descr();
            for (String root : DENIED_DRL_PACKAGES) {
                if (unit.pkg().equals(root) || unit.pkg().startsWith(root + ".")) {
                    add(
                            Math.max(1, d.getLine()),
                            Math.max(1, d.getColumn() + 1),
                            unit.pkg(),
                            "engine internals",
                            "is a package of the platform or the engine; put rules in a package of your own.");
                }
            }
            for (AttributeDescr a : d.getAttributes()) {
                attribute(a);
            }
            for (RuleDescr r : d.getRules()) {
                for (AttributeDescr a : r.getAttributes().values()) {
                    attribute(a);
                }
            }
            for (FunctionDescr f : d.getFunctions()) {
                if (f.getDialect() != null && f.getDialect().equals("mvel") && !policy.mvelConsequences()) {
                    add(
                            Math.max(1, f.getLine()),
                            Math.max(1, f.getColumn() + 1),
                            f.getName(),
                            "dialect",
                            "is an MVEL function; untrusted rules must use the Java dialect.");
                }
            }
        }

        private void attribute(AttributeDescr a) {
            String name = a.getName();
            int line = Math.max(1, a.getLine());
            int column = Math.max(1, a.getColumn() + 1);
            if (SCHEDULING_ATTRIBUTES.contains(name)) {
                add(
                        line,
                        column,
                        name,
                        "scheduling",
                        "schedules rule firings on a timer, outside the advisor's fire" + " and wall-clock limits.");
            }
            if (name.equals("dialect") && "mvel".equals(a.getValue()) && !policy.mvelConsequences()) {
                add(
                        line,
                        column,
                        "dialect \"mvel\"",
                        "dialect",
                        "selects MVEL consequences, which resolve methods"
                                + " at run time where static vetting cannot follow; untrusted rules must use the Java dialect"
                                + " (or allow it with VettingPolicy.allowMvelConsequences()).");
            }
        }

        private void token(int i) {
            Token t = tokens.get(i);
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            if (t.kind() == Kind.STRING) {
                if (prev != null && prev.text().equals("[")) {
                    add(
                            t,
                            t.text(),
                            "reflection",
                            "indexes by a string: MVEL resolves `x[\"name\"]` as a property"
                                    + " lookup at run time. Call the accessor instead.");
                }
                return;
            }
            if (t.kind() != Kind.IDENT) {
                return;
            }
            String name = t.text();
            if (prev != null && prev.kind() == Kind.DOT) {
                if (!packageSegment(i)) {
                    member(t, at(i + 1, "("));
                }
                return;
            }
            if (prev != null && prev.text().equals("@")) {
                return; // an annotation's name; its values are scanned as code
            }
            if (prev != null
                    && prev.kind() == Kind.IDENT
                    && (prev.text().equals("rule")
                            || prev.text().equals("query")
                            || prev.text().equals("package"))) {
                return; // an unquoted rule or query name, or the package name (vetted on its own)
            }
            if (enumLiteral(t)) {
                return;
            }
            switch (name) {
                case "synchronized" ->
                    add(t, name, "threads", "takes a monitor: a consequence can deadlock with the" + " host.");
                case "native" -> add(t, name, "native code", "declares native code.");
                case "expander" ->
                    add(
                            t,
                            name,
                            "hidden code",
                            "loads a DSL expander, which rewrites the rules before" + " they can be vetted.");
                default -> {}
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (DENIED_MEMBERS.containsKey(name) && next != null && next.text().equals("(")) {
                add(t, name, DENIED_MEMBERS.get(name), "calls a method that is not allowed in rules.");
                return;
            }
            if (CONTEXTS.contains(name)) {
                context(i);
                return;
            }
            if (declared.functions().contains(name)
                    && next != null
                    && next.text().equals("(")
                    && (prev == null || !prev.text().equals("new"))) {
                return; // a call of a function the pack declares
            }
            if (name.startsWith("$")) {
                return;
            }
            List<String> chain = new ArrayList<>();
            chain.add(name);
            int j = i + 1;
            while (j + 1 < tokens.size()
                    && tokens.get(j).text().equals(".")
                    && tokens.get(j + 1).kind() == Kind.IDENT) {
                chain.add(tokens.get(j + 1).text());
                j += 2;
            }
            boolean wildcard = j + 1 < tokens.size()
                    && tokens.get(j).text().equals(".")
                    && tokens.get(j + 1).text().equals("*");
            if (wildcard) {
                packageReference(t, String.join(".", chain));
                return;
            }
            if (Character.isUpperCase(name.charAt(0))) {
                simpleName(t);
                return;
            }
            qualifiedName(t, chain);
        }

        /**
         * Whether the identifier at {@code i} is a package segment of a qualified name, such as {@code invoke} in
         * {@code java.lang.invoke.MethodHandles} or in {@code package evil.invoke;}: lower-case names joined by dots
         * from a package root and followed by a dot, or anything in a package or import statement.
         */
        private boolean packageSegment(int i) {
            if (at(i + 1, "(") || tokens.get(i - 1).text().equals("::")) {
                return false; // a call or a method reference is a member, whatever precedes it
            }
            int j = i;
            while (j >= 2
                    && tokens.get(j - 1).text().equals(".")
                    && tokens.get(j - 2).kind() == Kind.IDENT) {
                j -= 2;
            }
            for (int k = j; k <= i; k += 2) {
                if (!Character.isLowerCase(tokens.get(k).text().charAt(0))) {
                    return false;
                }
            }
            String before = j > 0 ? tokens.get(j - 1).text() : "";
            if (before.equals("package")
                    || before.equals("import")
                    || before.equals("function")
                    || before.equals("accumulate")) {
                return true; // the name of a package or an import, vetted as a whole
            }
            return at(i + 1, ".") && PACKAGE_ROOTS.contains(tokens.get(j).text());
        }

        /** Whether the token is a literal inside the body of an enum this file declares. */
        private boolean enumLiteral(Token t) {
            for (EnumDeclarationDescr e : unit.descr().getEnumDeclarations()) {
                if (t.offset() >= e.getStartCharacter()
                        && t.offset() < e.getEndCharacter()
                        && e.getLiterals().stream().anyMatch(l -> l.getName().equals(t.text()))) {
                    return true;
                }
            }
            return false;
        }

        private void member(Token t, boolean call) {
            String category = DENIED_MEMBERS.get(t.text());
            if (category == null && t.text().startsWith("parallel")) {
                category = "threads";
            }
            if (category == null && !call) {
                // read as a property, MVEL calls the getter: `declaringClass` is getDeclaringClass()
                category = deniedAsProperty(t.text());
            }
            if (category != null) {
                add(t, t.text(), category, "is a member that is not allowed in rules.");
            }
        }

        /** {@code drools} and {@code kcontext} may only insert, update, delete, retract and name their rule. */
        private void context(int i) {
            Token t = tokens.get(i);
            String member = at(i + 1, ".") ? text(i + 2) : null;
            if (member == null || !CONTEXT_MEMBERS.contains(member)) {
                add(
                        t,
                        member == null ? t.text() : t.text() + "." + member,
                        "engine internals",
                        "uses the rule"
                                + " context for more than insert, insertLogical, update, delete, retract and"
                                + " getRule().getName(); it leads into the engine.");
                return;
            }
            if (member.equals("getRule")) {
                String read = at(i + 3, "(") && at(i + 4, ")") && at(i + 5, ".") ? text(i + 6) : null;
                if (read == null || !RULE_MEMBERS.contains(read)) {
                    add(
                            t,
                            t.text() + ".getRule()" + (read == null ? "" : "." + read),
                            "engine internals",
                            "uses the"
                                    + " rule object for more than its name, package, id and metadata; it leads into the"
                                    + " engine.");
                }
            }
        }

        private boolean at(int i, String text) {
            return i < tokens.size() && tokens.get(i).text().equals(text);
        }

        private @Nullable String text(int i) {
            return i < tokens.size() && tokens.get(i).kind() == Kind.IDENT
                    ? tokens.get(i).text()
                    : null;
        }

        private void packageReference(Token t, String pkg) {
            if (!policy.allowsPackage(pkg) && !declared.packages().contains(pkg)) {
                add(t, pkg + ".*", category(pkg + ".X"), "imports a package outside the allowed API.");
            }
        }

        private void simpleName(Token t) {
            String name = t.text();
            if (scope.imported(name)) {
                return; // the import itself is vetted where it is written
            }
            List<String> candidates = scope.existing(name);
            boolean ok = !candidates.isEmpty();
            for (String c : candidates) {
                if (!allowed(c)) {
                    add(t, name, category(c), "is " + c + ", which is outside the allowed API.");
                    ok = true; // reported
                }
            }
            if (ok || scope.declaredHere(name)) {
                return;
            }
            add(
                    t,
                    name,
                    "outside the allowed API",
                    "is not a class of the allowed API: not imported from an allowed"
                            + " package, not declared in the pack, and not one of java.lang's allowed classes.");
        }

        private void qualifiedName(Token t, List<String> chain) {
            if (chain.size() < 2) {
                return;
            }
            int k = 1;
            while (k < chain.size() && !Character.isUpperCase(chain.get(k).charAt(0))) {
                k++;
            }
            boolean lowerPrefix = chain.subList(0, Math.min(k, chain.size())).stream()
                    .allMatch(s -> Character.isLowerCase(s.charAt(0)) || s.charAt(0) == '_');
            if (k < chain.size() && lowerPrefix) {
                String fqn = String.join(".", chain.subList(0, k + 1));
                if (!allowed(fqn)) {
                    add(t, fqn, category(fqn), "is a class outside the allowed API.");
                }
                return;
            }
            if (!PACKAGE_ROOTS.contains(chain.get(0))) {
                return; // a variable's members
            }
            // an all-lower-case qualified name: a class with a lower-case name, or a package
            for (int n = 2; n <= chain.size(); n++) {
                String prefix = String.join(".", chain.subList(0, n));
                if (exists(prefix)) {
                    if (!allowed(prefix)) {
                        add(t, prefix, category(prefix), "is a class outside the allowed API.");
                    }
                    return;
                }
            }
            String pkg = String.join(".", chain);
            if (!policy.allowsPackage(pkg) && !declared.packages().contains(pkg)) {
                add(t, pkg, category(pkg + ".X"), "names a package outside the allowed API.");
            }
        }

        private boolean allowed(String className) {
            return policy.allowsClass(className) || declared.types().contains(className);
        }

        private void add(Token t, String token, String category, String reason) {
            add(t.line(), t.column(), token, category, reason);
        }

        private void add(int line, int column, String token, String category, String reason) {
            out.add(new Violation(unit.source().name(), line, column, token, category, reason));
        }
    }

    private boolean exists(String className) {
        return exists.computeIfAbsent(className, n -> {
            try {
                Class.forName(n, false, loader);
                return true;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                return false;
            }
        });
    }

    /** What a class reaches, in words. */
    static String category(String className) {
        String n = className;
        if (n.startsWith("java.io.") || n.startsWith("java.nio.")) {
            return "file system";
        }
        if (n.startsWith("java.net.")
                || n.startsWith("javax.net.")
                || n.startsWith("java.rmi.")
                || n.startsWith("javax.naming.")) {
            return "network";
        }
        if (n.equals("java.lang.Process")
                || n.equals("java.lang.ProcessBuilder")
                || n.equals("java.lang.ProcessHandle")
                || n.startsWith("java.lang.ProcessBuilder.")) {
            return "process";
        }
        if (n.equals("java.lang.System") || n.equals("java.lang.Runtime") || n.equals("java.lang.Shutdown")) {
            return "system";
        }
        if (n.startsWith("java.lang.reflect.") || n.equals("java.lang.Class") || n.equals("java.lang.Package")) {
            return "reflection";
        }
        if (n.equals("java.lang.ClassLoader")
                || n.equals("java.util.ServiceLoader")
                || n.equals("java.lang.Module")
                || n.equals("java.lang.ModuleLayer")
                || n.startsWith("java.lang.module.")) {
            return "class loading";
        }
        if (n.startsWith("java.lang.invoke.")) {
            return "method handles";
        }
        if (n.startsWith("java.lang.Thread")
                || n.equals("java.lang.Runnable")
                || n.endsWith("ThreadLocal")
                || n.startsWith("java.util.concurrent.")
                || n.equals("java.util.stream.StreamSupport")
                || n.equals("java.util.Timer")
                || n.equals("java.util.TimerTask")) {
            return "threads";
        }
        if (n.startsWith("java.lang.ref.")
                || n.startsWith("java.lang.instrument.")
                || n.startsWith("java.lang.management.")
                || n.startsWith("jdk.")
                || n.startsWith("sun.")
                || n.startsWith("com.sun.")) {
            return "JVM internals";
        }
        if (n.startsWith("org.drools.") || n.startsWith("org.kie.") || n.startsWith("org.mvel2.")) {
            return "engine internals";
        }
        if (n.startsWith("javax.script.")) {
            return "scripting";
        }
        if (n.startsWith("java.sql.") || n.startsWith("javax.sql.")) {
            return "database";
        }
        if (n.startsWith("io.archadvisor.")) {
            return "archadvisor internals";
        }
        return "outside the allowed API";
    }

    /** The names of the allowed API's properties: {@code value}, {@code name}, ... never read as a denied getter. */
    private static final java.util.Set<String> API_PROPERTIES = io.archadvisor.pack.TypeCatalog.types().stream()
            .flatMap(t -> t.propertyNames().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The category of a denied getter read as an MVEL property ({@code declaringClass} calls
     * {@code getDeclaringClass()}), or {@code null}; names that are properties of the allowed API stay allowed.
     */
    static @Nullable String deniedAsProperty(String name) {
        if (name.isEmpty() || !Character.isLowerCase(name.charAt(0)) || API_PROPERTIES.contains(name)) {
            return null;
        }
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String category = DENIED_MEMBERS.get("get" + capitalized);
        return category != null ? category : DENIED_MEMBERS.get("is" + capitalized);
    }

    private static Map<String, String> deniedMembers() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of(
                "getClass",
                "class",
                "getDeclaredMethod",
                "getDeclaredMethods",
                "getMethod",
                "getMethods",
                "getDeclaredField",
                "getDeclaredFields",
                "getField",
                "getFields",
                "getDeclaredConstructor",
                "getDeclaredConstructors",
                "getConstructor",
                "getConstructors",
                "getDeclaringClass",
                "getEnclosingClass",
                "getEnclosingMethod",
                "getEnclosingConstructor",
                "getSuperclass",
                "getGenericSuperclass",
                "getInterfaces",
                "getGenericInterfaces",
                "getRecordComponents",
                "getPermittedSubclasses",
                "getNestHost",
                "getNestMembers",
                "getDeclaredClasses",
                "getClasses",
                "getComponentType",
                "componentType",
                "arrayType",
                "newInstance",
                "setAccessible",
                "trySetAccessible",
                "invoke",
                "invokeExact",
                "invokeWithArguments",
                "describeConstable")) {
            m.put(s, "reflection");
        }
        for (String s : List.of(
                "forName",
                "loadClass",
                "defineClass",
                "getClassLoader",
                "getContextClassLoader",
                "setContextClassLoader",
                "getSystemClassLoader",
                "getPlatformClassLoader",
                "getResource",
                "getResourceAsStream",
                "getResources",
                "getModule",
                "getProtectionDomain")) {
            m.put(s, "class loading");
        }
        for (String s : List.of("wait", "notify", "notifyAll", "currentThread", "getThreadGroup")) {
            m.put(s, "threads");
        }
        for (String s : List.of(
                "exit",
                "halt",
                "exec",
                "getRuntime",
                "getenv",
                "getProperty",
                "getProperties",
                "setProperty",
                "clearProperty",
                "getInteger",
                "getLong",
                "getBoolean",
                "load",
                "loadLibrary",
                "mapLibraryName",
                "printStackTrace",
                "setOut",
                "setErr",
                "setIn",
                "console",
                "gc",
                "runFinalization",
                "addShutdownHook",
                "setDefault")) {
            m.put(s, "system");
        }
        m.put("finalize", "finalizer");
        for (String s : List.of(
                "getKieRuntime",
                "getKnowledgeRuntime",
                "getWorkingMemory",
                "getKieBase",
                "getKnowledgeBase",
                "getEntryPoint",
                "getEntryPoints",
                "getChannels",
                "registerChannel",
                "getEnvironment",
                "getGlobals",
                "setGlobal",
                "getSessionClock",
                "getAgenda",
                "setFocus",
                "fireAllRules",
                "fireUntilHalt",
                "dispose",
                "destroy",
                "getTuple",
                "getIdentityMap",
                "getContext",
                "getMatch",
                "submit",
                "execute",
                "startProcess",
                "getKieSession",
                "getKieServices",
                "newKieSession")) {
            m.put(s, "engine internals");
        }
        return Map.copyOf(m);
    }

    private static Set<String> packageRoots() {
        Set<String> roots = new LinkedHashSet<>(List.of(
                "java", "javax", "jdk", "sun", "com", "org", "net", "io", "jakarta", "kotlin", "scala", "groovy", "edu",
                "de", "ch", "nl", "fr", "uk"));
        for (Module m : ModuleLayer.boot().modules()) {
            for (String p : m.getPackages()) {
                int dot = p.indexOf('.');
                roots.add(dot < 0 ? p : p.substring(0, dot));
            }
        }
        for (Package p : Package.getPackages()) {
            String n = p.getName();
            int dot = n.indexOf('.');
            roots.add(dot < 0 ? n : n.substring(0, dot));
        }
        return Set.copyOf(roots);
    }
}
