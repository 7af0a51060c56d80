package io.archadvisor.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.archadvisor.architecture.cycle.a.First;
import io.archadvisor.architecture.cycle.b.Second;
import io.archadvisor.base.LayerViolationFixture;
import io.archadvisor.render.EngineLeakFixture;
import org.junit.jupiter.api.Test;

/** The architecture rules themselves fail on the structures they forbid (fixtures in the test sources). */
class CoreArchitectureTest {

    private static void assertViolated(EvaluationResult result, String expected) {
        assertTrue(result.hasViolation(), "the rule should have failed");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(expected), () -> "the report should mention `" + expected + "`:\n" + report);
    }

    @Test
    void aCycleBetweenTwoPackagesIsReported() {
        JavaClasses classes = new ClassFileImporter().importClasses(First.class, Second.class);
        assertViolated(CoreArchitecture.noPackageCycles().evaluate(classes), "io.archadvisor.architecture.cycle");
    }

    @Test
    void aLeafPackageUsingAHigherLayerIsReportedWithTheFix() {
        JavaClasses classes = new ClassFileImporter().importClasses(LayerViolationFixture.class);
        assertViolated(
                CoreArchitecture.layers().evaluate(classes),
                "package `io.archadvisor.base` may not use the higher layer `io.archadvisor.graph`");
    }

    @Test
    void anApiTypeThatUsesDroolsIsReported() {
        JavaClasses classes = new ClassFileImporter().importClasses(EngineLeakFixture.class);
        assertViolated(CoreArchitecture.onlyTheEngineUsesDrools().evaluate(classes), "org.kie.api.runtime.KieSession");
    }

    @Test
    void anEngineTypeInAPublicSignatureIsReportedWithTheFix() {
        JavaClasses classes = new ClassFileImporter().importClasses(EngineLeakFixture.class);
        assertViolated(
                CoreArchitecture.noEngineTypeInPublicSignatures().evaluate(classes),
                "exposes the engine type org.kie.api.runtime.KieSession; wrap it in an API type");
    }

    @Test
    void aPackageWithoutNullMarkedIsReportedWithTheFixAndAMarkedOneIsNot() {
        java.util.List<String> unmarked = CoreArchitecture.notNullMarked(
                java.util.List.of("io.archadvisor.architecture.cycle.a", "io.archadvisor.catalog"));
        assertTrue(unmarked.size() == 1, () -> "one package should be reported: " + unmarked);
        assertTrue(
                unmarked.get(0).startsWith("package `io.archadvisor.architecture.cycle.a` is not @NullMarked")
                        && unmarked.get(0).contains("package-info.java `@NullMarked`"),
                unmarked.get(0));
    }

    @Test
    void everyPackageOfCoreHasAKnownLayer() {
        assertTrue(CoreArchitecture.LAYERS.contains(CoreArchitecture.layerOf("io.archadvisor.graph")));
        assertTrue(CoreArchitecture.LAYERS.contains(CoreArchitecture.layerOf("io.archadvisor")));
        assertTrue(!CoreArchitecture.LAYERS.contains(CoreArchitecture.layerOf("io.archadvisor.somethingnew")));
    }
}
