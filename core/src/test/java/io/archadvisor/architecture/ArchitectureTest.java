package io.archadvisor.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pins core's package structure: the layers, no cycles, and the engine hidden behind the facade. */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.archadvisor");
    }

    private static void assertNoViolation(EvaluationResult result) {
        assertFalse(
                result.hasViolation(),
                () -> String.join("\n", result.getFailureReport().getDetails()));
    }

    @Test
    void corePackagesHaveNoDependencyCycle() {
        assertNoViolation(CoreArchitecture.noPackageCycles().evaluate(core));
    }

    @Test
    void everyPackageDependsOnlyOnPackagesBelowItsLayer() {
        assertNoViolation(CoreArchitecture.layers().evaluate(core));
    }

    @Test
    void onlyTheInternalEngineUsesDroolsOrKie() {
        assertNoViolation(CoreArchitecture.onlyTheEngineUsesDrools().evaluate(core));
    }

    @Test
    void noPublicSignatureOutsideTheEngineExposesAnEngineType() {
        assertNoViolation(CoreArchitecture.noEngineTypeInPublicSignatures().evaluate(core));
    }

    @Test
    void everyCorePackageHasALayer() {
        assertNoViolation(CoreArchitecture.everyPackageHasALayer().evaluate(core));
    }

    // the packages core's compiled module-info exports
    private static java.util.Set<String> exportedPackages() throws java.io.IOException {
        java.lang.module.ModuleDescriptor module;
        java.nio.file.Path classes = java.nio.file.Path.of(java.net.URI.create(io.archadvisor.Advisor.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString()));
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(classes.resolve("module-info.class"))) {
            module = java.lang.module.ModuleDescriptor.read(in);
        }
        java.util.Set<String> exported = new java.util.TreeSet<>();
        module.exports().forEach(e -> exported.add(e.source()));
        return exported;
    }

    @Test
    void theModuleExportsEveryLayerButTheEngine() throws java.io.IOException {
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (String layer : CoreArchitecture.LAYERS) {
            if (!layer.equals("internal")) {
                expected.add(layer.isEmpty() ? "io.archadvisor" : "io.archadvisor." + layer);
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                expected,
                exportedPackages(),
                "core/src/main/java/module-info.java must export every layer of CoreArchitecture.LAYERS but"
                        + " `internal`; add the new package to both");
    }

    @Test
    void everyExportedPackageIsNullMarkedSoNullAwayChecksIt() throws java.io.IOException {
        java.util.Set<String> exported = exportedPackages();
        org.junit.jupiter.api.Assertions.assertTrue(
                exported.size() >= CoreArchitecture.LAYERS.size() - 1, () -> "too few exports read: " + exported);
        List<String> unmarked = CoreArchitecture.notNullMarked(exported);
        org.junit.jupiter.api.Assertions.assertTrue(unmarked.isEmpty(), () -> String.join("\n", unmarked));
    }
}
