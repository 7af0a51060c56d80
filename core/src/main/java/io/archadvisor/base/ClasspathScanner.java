package io.archadvisor.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the resources under a classpath folder, in directories and in jars alike. */
public final class ClasspathScanner {

    private ClasspathScanner() {}

    /**
     * The names of every resource under {@code folder} (recursively) whose name ends with {@code suffix}, as classpath
     * resource names such as {@code com/acme/rules/broker.drl}, sorted and without repeats.
     */
    public static List<String> list(ClassLoader loader, String folder, String suffix) throws IOException {
        String base = folder.replace('\\', '/');
        while (base.startsWith("/")) {
            base = base.substring(1);
        }
        if (!base.isEmpty() && !base.endsWith("/")) {
            base = base + "/";
        }
        TreeSet<String> names = new TreeSet<>();
        Enumeration<URL> roots = loader.getResources(base.isEmpty() ? "" : base.substring(0, base.length() - 1));
        while (roots.hasMoreElements()) {
            URL url = roots.nextElement();
            if ("file".equals(url.getProtocol())) {
                scanDirectory(url, base, suffix, names);
            } else if ("jar".equals(url.getProtocol())) {
                scanJar(url, base, suffix, names);
            }
        }
        for (Path jar : jarsWithoutFolderEntries(loader)) {
            scanJar(jar, base, suffix, names);
        }
        return List.copyOf(names);
    }

    /**
     * The jars of the class path and of URL class loaders: a jar built without folder entries is not found by
     * {@code getResources(folder)}, so these are scanned entry by entry.
     */
    private static Set<Path> jarsWithoutFolderEntries(ClassLoader loader) {
        Set<Path> jars = new LinkedHashSet<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    if ("file".equals(url.getProtocol()) && url.getPath().endsWith(".jar")) {
                        try {
                            jars.add(Path.of(url.toURI()));
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            // not a local file: nothing to scan
                        }
                    }
                }
            }
        }
        if (loader == ClassLoader.getSystemClassLoader() || isAncestor(ClassLoader.getSystemClassLoader(), loader)) {
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (entry.endsWith(".jar")) {
                    jars.add(Path.of(entry));
                }
            }
        }
        jars.removeIf(p -> !Files.isRegularFile(p));
        return jars;
    }

    private static boolean isAncestor(ClassLoader ancestor, ClassLoader loader) {
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void scanJar(Path jar, String base, String suffix, TreeSet<String> names) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            addEntries(file, base, suffix, names);
        }
    }

    private static void scanDirectory(URL url, String base, String suffix, TreeSet<String> names) throws IOException {
        Path dir;
        try {
            dir = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Cannot read classpath folder " + url, e);
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .forEach(p -> names.add(base + relative(dir, p)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String relative(Path dir, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path part : dir.relativize(file)) {
            sb.append(sb.length() == 0 ? "" : "/").append(part);
        }
        return sb.toString();
    }

    private static void scanJar(URL url, String base, String suffix, TreeSet<String> names) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return;
        }
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
            addEntries(file, base, suffix, names);
        }
    }

    private static void addEntries(JarFile file, String base, String suffix, TreeSet<String> names) {
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(base) && name.endsWith(suffix)) {
                names.add(name);
            }
        }
    }
}
