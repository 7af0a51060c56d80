package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up class list keeps the classes a fresh JVM can load ahead, in load order, once each. */
class StartupTrainingTest {

    @Test
    void onlyNamedClassesFromFilesOrTheJdkAreListedInLoadOrderOnce() throws IOException {
        List<String> log = List.of(
                "[0.010s][info][class,load] java.lang.Object source: shared objects file",
                "[0.020s][info][class,load] org.example.First source: file:/opt/app/app.jar",
                "[0.030s][info][class,load] java.sql.Date source: jrt:/java.sql",
                "[0.040s][info][class,load] org.example.First$$Lambda$12/0x0000000800c0a000 source: org.example.First",
                "[0.050s][info][class,load] java.lang.invoke.LambdaForm$MH/0x0000000800c0b000 source:"
                        + " __JVM_LookupDefineClass__",
                "[0.060s][info][class,load] org.example.Second source: jar:file:/opt/app/app.jar!/",
                "[0.070s][info][class,load] org.example.First source: file:/opt/app/other.jar",
                "[0.080s][info][class,load] io.archadvisor.rules.StartupTraining source: file:/build/classes/",
                "not a class-load line");
        assertEquals(List.of("org.example.First", "java.sql.Date", "org.example.Second"), StartupTraining.classes(log));
    }

    @Test
    void aLogWithoutClassLoadsIsAnError() {
        assertThrows(IOException.class, () -> StartupTraining.classes(List.of("[0.010s][info][gc] nothing")));
    }

    @Test
    void theBuiltListNamesThePrecompiledModelsAndTheEngine() throws IOException {
        List<String> listed;
        try (InputStream in = StartupTraining.class.getResourceAsStream("/META-INF/archadvisor/startup-classes.txt")) {
            assertNotNull(in, "the build writes META-INF/archadvisor/startup-classes.txt");
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        assertTrue(listed.contains("org.drools.modelcompiler.KieBaseBuilder"), "the engine");
        assertTrue(listed.stream().anyMatch(c -> c.startsWith("io.archadvisor.rules.patterns.Rules")), "a model");
        assertFalse(listed.stream().anyMatch(c -> c.contains("/") || c.contains("$$Lambda")), "no hidden class");
    }
}
