package io.archadvisor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;

/**
 * The architecture rules of core, as values a test evaluates: {@code evaluate()} returns the violations,
 * {@code check()} throws. Layers are listed leaf first; a package may use only packages of lower layers.
 */
final class CoreArchitecture {

    /** Core's packages, leaf first (relative to {@code io.archadvisor}; "" is the API package itself). */
    static final List<String> LAYERS = List.of(
            "base", // locations, problems, the exception root, severity, spelling
            "model", // the requirements records
            "policy", // the calibration policy: thresholds and pattern weights
            "yaml", // the one strict YAML reader
            "catalog", // the technology catalog
            "facts", // facts the rules reason over
            "graph", // the recommendation graph, waiver marks included
            "waiver", // reading and applying waivers
            "pack", // rule packs, their metadata and errors
            "vetting", // vetting untrusted rules
            "render", // renderers
            "adr", // architecture decision records
            "whatif", // what-if sessions and deltas
            "internal", // the Drools engine (not API)
            "", // the facade: Advisor
            "testkit"); // the rule test kit

    private static final String ROOT = "io.archadvisor";

    private CoreArchitecture() {}

    private static String qualified(String layer) {
        return layer.isEmpty() ? ROOT : ROOT + "." + layer;
    }

    /** The layer of a core package: its first segment below {@code io.archadvisor}. */
    static String layerOf(String packageName) {
        if (packageName.equals(ROOT)) {
            return "";
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean inCore(JavaClass c) {
        return c.getPackageName().equals(ROOT) || c.getPackageName().startsWith(ROOT + ".");
    }

    /** No cycle between any two packages of core. */
    static ArchRule noPackageCycles() {
        return SlicesRuleDefinition.slices()
                .assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        return inCore(javaClass)
                                ? SliceIdentifier.of(javaClass.getPackageName())
                                : SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "core packages";
                    }
                })
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /** Each package depends only on packages of lower layers (and its own). */
    static ArchRule layers() {
        return classes()
                .that(DescribedPredicate.describe("are in core", CoreArchitecture::inCore))
                .should(
                        new ArchCondition<>("depend only on core packages of lower layers, leaf first: "
                                + LAYERS.stream()
                                        .map(l -> l.isEmpty() ? "(api)" : l)
                                        .collect(Collectors.joining(" → "))) {
                            @Override
                            public void check(JavaClass c, ConditionEvents events) {
                                int own = LAYERS.indexOf(layerOf(c.getPackageName()));
                                c.getDirectDependenciesFromSelf().stream()
                                        .filter(d -> inCore(d.getTargetClass()))
                                        .filter(d -> LAYERS.indexOf(layerOf(
                                                        d.getTargetClass().getPackageName()))
                                                > own)
                                        .forEach(d -> events.add(SimpleConditionEvent.violated(
                                                d,
                                                d.getDescription()
                                                        + ": package `" + c.getPackageName()
                                                        + "` may not use the higher layer `"
                                                        + d.getTargetClass().getPackageName()
                                                        + "`; move the shared type down to a"
                                                        + " lower layer (or to `io.archadvisor.base`)")));
                            }
                        })
                .allowEmptyShould(true);
    }

    /** Every core package belongs to a listed layer, so a new package is placed deliberately. */
    static ArchRule everyPackageHasALayer() {
        return classes()
                .that(DescribedPredicate.describe("are in core", CoreArchitecture::inCore))
                .should(new ArchCondition<>("reside in a package of a listed layer") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        if (!LAYERS.contains(layerOf(c.getPackageName()))) {
                            events.add(SimpleConditionEvent.violated(
                                    c,
                                    "package `" + c.getPackageName()
                                            + "` has no layer; add it to CoreArchitecture.LAYERS at its place"));
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /**
     * Only the internal engine uses Drools' and KIE's classes; the one exception is vetting, which reads the syntax
     * tree of Drools' DRL parser ({@code org.drools.drl..}) to check untrusted rules before anything compiles them.
     */
    static ArchRule onlyTheEngineUsesDrools() {
        ArchRule outsideEngine = noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".internal..", ROOT + ".vetting..")
                .and(DescribedPredicate.describe("are in core", CoreArchitecture::inCore))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.drools..", "org.kie..")
                .because("the engine is hidden behind the Advisor facade; move Drools code to io.archadvisor.internal")
                .allowEmptyShould(true);
        ArchRule vetting = noClasses()
                .that()
                .resideInAPackage(ROOT + ".vetting..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.drools..", "org.kie..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.drools.drl.."))))
                .because("vetting may read the DRL parser's syntax tree, nothing else of the engine")
                .allowEmptyShould(true);
        return CompositeArchRule.of(outsideEngine).and(vetting);
    }

    /** Public members of public types outside the engine mention no Drools, KIE or internal type. */
    static ArchRule noEngineTypeInPublicSignatures() {
        return classes()
                .that()
                .arePublic()
                .and()
                .resideOutsideOfPackage(ROOT + ".internal..")
                .and(DescribedPredicate.describe("are in core", CoreArchitecture::inCore))
                .should(
                        new ArchCondition<>("expose no engine type (org.drools, org.kie, io.archadvisor.internal)"
                                + " in a public signature") {
                            @Override
                            public void check(JavaClass c, ConditionEvents events) {
                                for (JavaCodeUnit unit : c.getCodeUnits()) {
                                    if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) {
                                        continue;
                                    }
                                    List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                                    types.add(unit.getRawReturnType());
                                    types.addAll(unit.getThrowsClause().getTypes());
                                    for (JavaClass t : types) {
                                        if (isEngine(t)) {
                                            events.add(
                                                    SimpleConditionEvent.violated(
                                                            unit,
                                                            unit.getFullName()
                                                                    + " exposes the engine type " + t.getName()
                                                                    + "; wrap it in an API type or make the member non-public"));
                                        }
                                    }
                                }
                                for (JavaField f : c.getFields()) {
                                    if (f.getModifiers().contains(JavaModifier.PUBLIC) && isEngine(f.getRawType())) {
                                        events.add(SimpleConditionEvent.violated(
                                                f,
                                                f.getFullName() + " exposes the engine type "
                                                        + f.getRawType().getName() + "; make it non-public"));
                                    }
                                }
                            }
                        })
                .allowEmptyShould(true);
    }

    /**
     * The packages among {@code packages} that are not {@code @NullMarked} (whose {@code package-info} is missing or
     * lacks the annotation), each with the fix; empty when every one is, so NullAway checks them all.
     */
    static List<String> notNullMarked(Collection<String> packages) {
        List<String> out = new ArrayList<>();
        for (String p : packages) {
            boolean marked;
            try {
                marked = Class.forName(p + ".package-info", false, CoreArchitecture.class.getClassLoader())
                        .isAnnotationPresent(NullMarked.class);
            } catch (ClassNotFoundException e) {
                marked = false; // javac writes no package-info class for a package-info without annotations
            }
            if (!marked) {
                out.add("package `" + p + "` is not @NullMarked, so NullAway does not check it; give its"
                        + " package-info.java `@NullMarked` (org.jspecify.annotations) and mark what may be null"
                        + " `@Nullable`");
            }
        }
        return out;
    }

    private static boolean isEngine(JavaClass t) {
        JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
        String p = base.getPackageName();
        return p.startsWith("org.drools") || p.startsWith("org.kie") || p.startsWith(ROOT + ".internal");
    }
}
