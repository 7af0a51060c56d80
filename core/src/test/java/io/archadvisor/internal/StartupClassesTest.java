package io.archadvisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up classes are loaded ahead, in order, without being initialized; what cannot be loaded is skipped. */
class StartupClassesTest {

    static final String INITIALIZED = "archadvisor.test.startupClasses.initialized";

    /** Sets a system property when it is initialized. */
    static final class Marker {
        static {
            System.setProperty(INITIALIZED, "yes");
        }

        private Marker() {}
    }

    /** Records the names it is asked to load, and delegates. */
    static final class Recording extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        Recording(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (asked) {
                asked.add(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void theListedClassesAreLoadedInOrderWithoutBeingInitializedAndMissingOnesAreSkipped(@TempDir Path dir)
            throws IOException {
        Path list = dir.resolve("startup-classes.txt");
        Files.write(
                list,
                List.of(
                        "# a comment",
                        "",
                        "io.archadvisor.no.such.Clazz",
                        Marker.class.getName(),
                        "java.util.ArrayList"),
                StandardCharsets.UTF_8);
        Recording loader = new Recording(StartupClassesTest.class.getClassLoader());

        StartupClasses.load(list.toUri().toURL(), loader);

        assertEquals(
                List.of("io.archadvisor.no.such.Clazz", Marker.class.getName(), "java.util.ArrayList"), loader.asked);
        assertNull(System.getProperty(INITIALIZED), "loading ahead must not initialize a class");
    }

    @Test
    void aMissingListLoadsNothing(@TempDir Path dir) throws IOException {
        Recording loader = new Recording(StartupClassesTest.class.getClassLoader());
        StartupClasses.load(dir.resolve("missing.txt").toUri().toURL(), loader);
        assertEquals(List.of(), loader.asked);
    }
}
