package io.archadvisor.vetting;

import io.archadvisor.base.InvalidValueException;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What vetted rules may refer to: an allowlist of packages (the classes directly in them, and their nested classes)
 * and of single classes, minus a few denied classes inside allowed packages. Everything else — files, network,
 * processes, reflection, class loading, threads, method handles, {@code System}, {@code Runtime}, the engine's own
 * classes — is outside. Immutable: the {@code allow...} methods return a new policy.
 *
 * <p>The {@linkplain #defaults() defaults} allow the fact, node and model API of archadvisor (with the technology
 * catalog's value classes that catalog facts expose), {@code java.util} (with its function, stream and regex
 * packages), {@code java.time}, {@code java.math}, {@code java.text}, and the value classes of {@code java.lang}
 * ({@code String}, {@code Math}, the boxed numbers, common exceptions).
 */
public final class VettingPolicy {

    private static final Set<String> DEFAULT_PACKAGES = Set.of(
            "io.archadvisor.facts",
            "io.archadvisor.graph",
            "io.archadvisor.model",
            "io.archadvisor.policy",
            "java.util",
            "java.util.function",
            "java.util.stream",
            "java.util.regex",
            "java.time",
            "java.time.format",
            "java.time.temporal",
            "java.time.chrono",
            "java.math",
            "java.text");

    private static final Set<String> DEFAULT_CLASSES = Set.of(
            "io.archadvisor.facts.AdviceContext",
            "io.archadvisor.internal.Phase",
            "io.archadvisor.catalog.Category",
            "io.archadvisor.catalog.TechnologyEntry",
            "io.archadvisor.catalog.TechnologyReview",
            "io.archadvisor.catalog.Version",
            "io.archadvisor.catalog.VersionRange",
            "io.archadvisor.catalog.ReleaseLine",
            "io.archadvisor.catalog.Support",
            "io.archadvisor.catalog.Deprecation",
            "io.archadvisor.catalog.Advisory",
            "io.archadvisor.catalog.Compatibility",
            "io.archadvisor.catalog.Exposure",
            "io.archadvisor.catalog.Milestone",
            "java.lang.Object",
            "java.lang.String",
            "java.lang.StringBuilder",
            "java.lang.StringBuffer",
            "java.lang.CharSequence",
            "java.lang.Character",
            "java.lang.Boolean",
            "java.lang.Byte",
            "java.lang.Short",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Float",
            "java.lang.Double",
            "java.lang.Number",
            "java.lang.Math",
            "java.lang.StrictMath",
            "java.lang.Comparable",
            "java.lang.Iterable",
            "java.lang.Enum",
            "java.lang.Record",
            "java.lang.Void",
            "java.lang.Override",
            "java.lang.Deprecated",
            "java.lang.SuppressWarnings",
            "java.lang.FunctionalInterface",
            "java.lang.SafeVarargs",
            "java.lang.Throwable",
            "java.lang.Exception",
            "java.lang.RuntimeException",
            "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException",
            "java.lang.NullPointerException",
            "java.lang.ArithmeticException",
            "java.lang.IndexOutOfBoundsException",
            "java.lang.ArrayIndexOutOfBoundsException",
            "java.lang.StringIndexOutOfBoundsException",
            "java.lang.UnsupportedOperationException",
            "java.lang.NumberFormatException",
            "java.lang.ClassCastException");

    private static final Set<String> DEFAULT_DENIED = Set.of(
            "java.util.ServiceLoader",
            "java.util.ResourceBundle",
            "java.util.PropertyResourceBundle",
            "java.util.ListResourceBundle",
            "java.util.Timer",
            "java.util.TimerTask",
            "java.util.Formatter",
            "java.util.Scanner",
            // stream(spliterator, true) runs on the common fork-join pool, outside the advisor's worker and limits
            "java.util.stream.StreamSupport");

    private static final VettingPolicy DEFAULTS =
            new VettingPolicy(DEFAULT_PACKAGES, DEFAULT_CLASSES, DEFAULT_DENIED, false);

    private final Set<String> packages;
    private final Set<String> classes;
    private final Set<String> denied;
    private final boolean mvelConsequences;

    private VettingPolicy(Set<String> packages, Set<String> classes, Set<String> denied, boolean mvelConsequences) {
        this.packages = Collections.unmodifiableSet(new TreeSet<>(packages));
        this.classes = Collections.unmodifiableSet(new TreeSet<>(classes));
        this.denied = Collections.unmodifiableSet(new TreeSet<>(denied));
        this.mvelConsequences = mvelConsequences;
    }

    /** The default policy: archadvisor's fact, node and model API and the JDK's value and collection classes. */
    public static VettingPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * This policy, also allowing every class directly in {@code packageName} (such as {@code com.acme.rules.facts});
     * its subpackages are not included.
     */
    public VettingPolicy allowPackage(String packageName) {
        checkName(packageName, "packageName");
        Set<String> p = new TreeSet<>(packages);
        p.add(packageName);
        return new VettingPolicy(p, classes, denied, mvelConsequences);
    }

    /**
     * This policy, also allowing one class by its fully qualified name, such as
     * {@code java.util.concurrent.TimeUnit}.
     */
    public VettingPolicy allowClass(String className) {
        checkName(className, "className");
        Set<String> c = new TreeSet<>(classes);
        c.add(className);
        Set<String> d = new TreeSet<>(denied);
        d.remove(className);
        return new VettingPolicy(packages, c, d, mvelConsequences);
    }

    /**
     * This policy, also accepting rules whose consequences use the MVEL dialect. MVEL resolves properties and methods
     * at run time, which static vetting sees less of than Java; prefer Java consequences for packs you do not trust.
     */
    public VettingPolicy allowMvelConsequences() {
        return new VettingPolicy(packages, classes, denied, true);
    }

    /** The allowed packages, sorted. */
    public Set<String> packages() {
        return packages;
    }

    /** The allowed single classes, sorted. */
    public Set<String> classes() {
        return classes;
    }

    /** The classes denied although their package is allowed, sorted. */
    public Set<String> deniedClasses() {
        return denied;
    }

    /** Whether MVEL consequences are accepted. */
    public boolean mvelConsequences() {
        return mvelConsequences;
    }

    /**
     * Whether rules may use the class with this fully qualified (dotted) name. A nested class counts as its outermost
     * class: pass the name up to the first segment that starts with an upper-case letter.
     */
    public boolean allowsClass(String className) {
        if (denied.contains(className)) {
            return false;
        }
        if (classes.contains(className)) {
            return true;
        }
        int dot = className.lastIndexOf('.');
        return dot > 0 && packages.contains(className.substring(0, dot));
    }

    /** Whether rules may import every class of this package with {@code import package.*}. */
    public boolean allowsPackage(String packageName) {
        return packages.contains(packageName);
    }

    private static void checkName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*")) {
            throw new InvalidValueException(what + " must be a dotted Java name, got `" + name + "`");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VettingPolicy p
                && packages.equals(p.packages)
                && classes.equals(p.classes)
                && denied.equals(p.denied)
                && mvelConsequences == p.mvelConsequences;
    }

    @Override
    public int hashCode() {
        return Objects.hash(packages, classes, denied, mvelConsequences);
    }

    @Override
    public String toString() {
        return "VettingPolicy[packages=" + packages + ", classes=" + classes + ", denied=" + denied
                + ", mvelConsequences=" + mvelConsequences + "]";
    }
}
