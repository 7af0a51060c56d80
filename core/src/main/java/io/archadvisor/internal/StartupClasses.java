package io.archadvisor.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads, on a helper thread and without initializing them, the classes that building the default advisor and its
 * first advice load, in the order they load them, as listed at {@value #RESOURCE} when the rule packs were built. A
 * fresh JVM spends most of that build loading classes (the engine's and the precompiled rules'), one at a time on the
 * thread that builds; with the list, a second core loads them ahead of it, and the building thread finds them loaded.
 * Loading a class without initializing it has no effect a program can see but the time it takes: initialization
 * still happens where and when the building thread first uses the class. A class that cannot be loaded is skipped
 * (the thread that needs it reports the error as it always has); a missing list changes nothing.
 */
final class StartupClasses {

    /** The class path resource listing the classes, one binary name a line. */
    static final String RESOURCE = "META-INF/archadvisor/startup-classes.txt";

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private StartupClasses() {}

    /** Starts loading the listed classes through {@code loader}, once per JVM; returns at once. */
    static void preload(ClassLoader loader) {
        URL list = loader.getResource(RESOURCE);
        if (list == null || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> load(list, loader), "archadvisor class preloader");
        t.setDaemon(true);
        t.start();
    }

    /** Loads the classes {@code list} names through {@code loader}, in order, on the calling thread. */
    static void load(URL list, ClassLoader loader) {
        try (InputStream in = list.openStream();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(line, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // not on this class path, or broken: whoever needs it reports it
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged list: the classes load when they are needed, as without it
        }
    }
}
