package io.archadvisor.imports;

import io.archadvisor.base.Location;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.model.SourceMap;
import io.archadvisor.yaml.YamlDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Imports requirements from the files a team already has. Each file is read by the first {@link Importer} (found with
 * {@link ServiceLoader}) that accepts its content; a folder is walked, skipping hidden and build folders, within the
 * {@link ImportLimits}. The claims of every file are merged (stated over inferred, disagreements reported as
 * {@link Conflict}s and left unknown), and an optional overlay file, read strictly as requirements, wins over all.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ImportedRequirements imported = Importers.standard().read(List.of(Path.of(".")), Path.of("overlay.yaml"));
 * RecommendationGraph graph = advisor.advise(imported.requireNoConflicts().requirements());
 * Files.writeString(Path.of("system.yaml"), imported.toYaml());
 * }</pre>
 */
public final class Importers {

    /**
     * A file and the format it is read as.
     *
     * @param file the file
     * @param name its name in locations
     * @param format the importer's format, such as {@code kubernetes}
     */
    public record Detection(Path file, String name, String format) {}

    private static final Set<String> SKIPPED_FOLDERS = Set.of(
            "node_modules", "target", "build", "dist", "vendor", "out", "bin", "obj", "__pycache__", "venv", ".venv");

    private final List<Importer> importers;
    private final ImportSettings settings;

    private Importers(List<Importer> importers, ImportSettings settings) {
        this.importers = List.copyOf(importers);
        this.settings = settings;
    }

    /** The importers on the class path, the built-in catalog and the default limits. */
    public static Importers standard() {
        return new Importers(available(Importers.class.getClassLoader()), ImportSettings.defaults());
    }

    /** The importers registered as services visible to {@code loader}, in registration order. */
    public static List<Importer> available(ClassLoader loader) {
        List<Importer> found = new ArrayList<>();
        java.util.Iterator<Importer> it =
                ServiceLoader.load(Importer.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return found;
                }
                found.add(it.next());
            } catch (java.util.ServiceConfigurationError e) {
                // an importer whose library is missing from the class path: the others still work
            }
        }
    }

    /** These importers with this catalog and these limits. */
    public static Importers of(List<Importer> importers, TechnologyCatalog catalog, ImportLimits limits) {
        return new Importers(importers, new ImportSettings(catalog, limits));
    }

    /** The same importers with another catalog, such as a team's catalog over the built-in one. */
    public Importers withCatalog(TechnologyCatalog catalog) {
        return new Importers(importers, new ImportSettings(catalog, settings.limits()));
    }

    /** The same importers with other limits. */
    public Importers withLimits(ImportLimits limits) {
        return new Importers(importers, new ImportSettings(settings.catalog(), limits));
    }

    /** The importers, in the order they are asked. */
    public List<Importer> importers() {
        return importers;
    }

    /** Which files under {@code path} (a file or a folder) would be imported, and as what; nothing is merged. */
    public static List<Detection> detect(Path path) {
        return standard().detectAll(List.of(path));
    }

    /** Which of these files and folders' files would be imported, and as what. */
    public List<Detection> detectAll(List<Path> paths) {
        Walk walk = new Walk();
        List<Detection> out = new ArrayList<>();
        for (SourceFile f : walk.files(paths)) {
            Importer i = importerFor(f);
            if (i != null) {
                out.add(new Detection(f.path(), f.name(), i.format()));
            }
        }
        return out;
    }

    /** Imports these files and folders, without an overlay. */
    public ImportedRequirements read(List<Path> paths) {
        return read(paths, null);
    }

    /**
     * Imports these files and folders, then lays {@code overlay} (a requirements file, or {@code null}) over them.
     *
     * @throws ImportException when a file given by name is missing, unreadable, too large, not valid YAML or JSON, or
     *     of no format any importer reads; and when the overlay is not valid requirements
     */
    public ImportedRequirements read(List<Path> paths, Path overlay) {
        Objects.requireNonNull(paths, "paths");
        Walk walk = new Walk();
        List<SourceFile> files = walk.files(paths);
        List<Detection> detected = new ArrayList<>();
        Map<Importer, List<SourceFile>> byImporter = new LinkedHashMap<>();
        for (SourceFile f : files) {
            Importer importer = importerFor(f);
            if (importer == null) {
                walk.unrecognised(f);
                continue;
            }
            detected.add(new Detection(f.path(), f.name(), importer.format()));
            byImporter.computeIfAbsent(importer, k -> new ArrayList<>()).add(f);
        }
        List<PartialRequirements> parts = new ArrayList<>();
        byImporter.forEach((importer, group) -> {
            try {
                parts.add(importer.read(group, settings));
            } catch (RuntimeException e) {
                walk.notes.add(new ImportNote(
                        group.get(0).at(1, 1),
                        "the " + importer.format() + " importer could" + " not read these files (" + e
                                + "); they are left out"));
            }
        });
        walk.summarise();
        Overlay.Document overlayDocument = overlay == null ? null : walk.overlay(overlay);
        if (!walk.errors.isEmpty()) {
            throw new ImportException(walk.errors, null);
        }
        return merge(parts, detected, walk.notes, overlayDocument);
    }

    /** Imports files held in memory (each parsed as its name says), without an overlay. */
    public ImportedRequirements readFiles(List<SourceFile> files) {
        List<Detection> detected = new ArrayList<>();
        List<ImportNote> notes = new ArrayList<>();
        Map<Importer, List<SourceFile>> byImporter = new LinkedHashMap<>();
        for (SourceFile f : files) {
            Importer importer = importerFor(f);
            if (importer == null) {
                notes.add(new ImportNote(f.at(1, 1), "no importer reads this file; it is left out"));
                continue;
            }
            detected.add(new Detection(f.path(), f.name(), importer.format()));
            byImporter.computeIfAbsent(importer, k -> new ArrayList<>()).add(f);
        }
        List<PartialRequirements> parts = new ArrayList<>();
        byImporter.forEach((importer, group) -> parts.add(importer.read(group, settings)));
        return merge(parts, detected, notes, null);
    }

    private ImportedRequirements merge(
            List<PartialRequirements> parts,
            List<Detection> detected,
            List<ImportNote> walkNotes,
            Overlay.Document overlay) {
        Merger.Result merged = Merger.merge(parts);
        List<ImportNote> notes = new ArrayList<>(walkNotes);
        notes.addAll(merged.notes());
        var requirements = merged.requirements();
        Map<String, Origin> origins = merged.origins();
        if (overlay != null) {
            Overlay.Result o = Overlay.apply(requirements, origins, overlay);
            requirements = o.requirements();
            origins = o.origins();
            notes.addAll(o.notes());
        }
        Map<String, Location> locations = new LinkedHashMap<>();
        origins.forEach((path, origin) -> locations.put(path, origin.location()));
        return new ImportedRequirements(
                requirements, new SourceMap(locations), origins, detected, notes, merged.conflicts());
    }

    private Importer importerFor(SourceFile f) {
        for (Importer i : importers) {
            try {
                if (i.accepts(f)) {
                    return i;
                }
            } catch (RuntimeException e) {
                // an importer that cannot judge a file does not read it
            }
        }
        return null;
    }

    /** One walk over the paths given: the files found, the notes and the errors. */
    private final class Walk {
        final List<ImportNote> notes = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> unrecognisedNames = new ArrayList<>();
        long bytes;
        int count;
        boolean truncated;

        List<SourceFile> files(List<Path> paths) {
            List<SourceFile> out = new ArrayList<>();
            ImportLimits limits = settings.limits();
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    errors.add(p + ": does not exist; give a file or folder to import");
                } else if (Files.isDirectory(p)) {
                    List<Path> found = new ArrayList<>();
                    try {
                        Files.walkFileTree(
                                p,
                                EnumSet.noneOf(FileVisitOption.class),
                                limits.maxFolderDepth() + 1,
                                new SimpleFileVisitor<>() {
                                    @Override
                                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                        String n = dir.getFileName() == null
                                                ? ""
                                                : dir.getFileName().toString();
                                        boolean skip =
                                                !dir.equals(p) && (n.startsWith(".") || SKIPPED_FOLDERS.contains(n));
                                        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                                    }

                                    @Override
                                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                        if (attrs.isRegularFile() && candidate(file)) {
                                            found.add(file);
                                        }
                                        return FileVisitResult.CONTINUE;
                                    }

                                    @Override
                                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                                        notes.add(new ImportNote(null, file + ": cannot be read (" + e + "); skipped"));
                                        return FileVisitResult.CONTINUE;
                                    }
                                });
                    } catch (IOException e) {
                        errors.add(p + ": cannot be walked (" + e + ")");
                    }
                    found.sort(Comparator.comparing(Path::toString));
                    for (Path f : found) {
                        SourceFile s = load(f, name(f), false);
                        if (s != null) {
                            out.add(s);
                        }
                    }
                } else {
                    SourceFile s = load(p, name(p), true);
                    if (s != null) {
                        out.add(s);
                    }
                }
            }
            return out;
        }

        private SourceFile load(Path file, String name, boolean explicit) {
            ImportLimits limits = settings.limits();
            if (!explicit && ++count > limits.maxFiles()) {
                if (!truncated) {
                    truncated = true;
                    notes.add(new ImportNote(
                            null,
                            "more than " + limits.maxFiles() + " files to look at; the rest,"
                                    + " from " + name
                                    + " on, are skipped (raise ImportLimits.maxFiles, or import a narrower"
                                    + " folder)"));
                }
                return null;
            }
            try {
                long size = Files.size(file);
                if (size > limits.maxFileBytes() || bytes + size > limits.maxTotalBytes()) {
                    String what = size > limits.maxFileBytes()
                            ? "is " + size + " bytes, larger than the limit of " + limits.maxFileBytes()
                                    + " bytes per file"
                            : "would bring the import past its limit of " + limits.maxTotalBytes() + " bytes";
                    if (explicit) {
                        errors.add(name + ":1:1: " + what + "; raise ImportLimits if this is intended");
                    } else {
                        notes.add(new ImportNote(new Location(name, 1, 1), what + "; skipped"));
                    }
                    return null;
                }
                bytes += size;
                byte[] content;
                try (InputStream in = Files.newInputStream(file)) {
                    content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
                }
                String text;
                try {
                    text = YamlDocuments.decode(content, name);
                } catch (RequirementsException e) {
                    text = null;
                    if (explicit) {
                        errors.addAll(
                                e.problems().stream().map(Importers::sentence).toList());
                    } else {
                        notes.add(new ImportNote(
                                new Location(name, 1, 1),
                                "is not text (" + e.problems().get(0).constraint() + "); skipped"));
                    }
                }
                if (text == null) {
                    return null;
                }
                SourceFile source = new SourceFile(file, name, text, limits.yaml());
                source.explicit = explicit;
                return source;
            } catch (NoSuchFileException e) {
                errors.add(name + ": does not exist");
            } catch (IOException e) {
                if (explicit) {
                    errors.add(name + ": cannot be read (" + e + ")");
                } else {
                    notes.add(new ImportNote(null, name + ": cannot be read (" + e + "); skipped"));
                }
            }
            return null;
        }

        void unrecognised(SourceFile f) {
            if (!f.parses()) {
                List<String> problems;
                try {
                    f.documents();
                    problems = List.of();
                } catch (RequirementsException e) {
                    problems = e.problems().stream().map(Importers::sentence).toList();
                }
                if (f.text().contains("{{")) {
                    String template = "is a template (it contains `{{`), not a manifest; render it"
                            + " (helm template, or your templating tool) and import the output";
                    if (f.explicit) {
                        errors.add(f.at(1, 1) + ": " + template); // named on purpose: nothing to import is an error
                    } else {
                        notes.add(new ImportNote(f.at(1, 1), template));
                    }
                } else if (f.explicit) {
                    errors.addAll(problems);
                } else {
                    notes.add(new ImportNote(
                            f.at(1, 1),
                            "is not valid YAML or JSON and is skipped: "
                                    + (problems.isEmpty() ? "" : problems.get(0))));
                }
                return;
            }
            if (f.explicit) {
                errors.add(f.name() + ":1:1: is not a file any importer reads; the formats are "
                        + String.join(
                                ", ", importers.stream().map(Importer::format).toList())
                        + " (a compose file needs `services:`, a Kubernetes manifest `apiVersion:` and `kind:`)");
            } else {
                unrecognisedNames.add(f.name());
            }
        }

        void summarise() {
            if (!unrecognisedNames.isEmpty()) {
                int n = unrecognisedNames.size();
                notes.add(new ImportNote(
                        null,
                        n + " file" + (n == 1 ? " is" : "s are") + " of no format an importer"
                                + " reads and " + (n == 1 ? "is" : "are") + " skipped: "
                                + String.join(", ", n > 10 ? unrecognisedNames.subList(0, 10) : unrecognisedNames)
                                + (n > 10 ? ", …" : "")));
            }
        }

        Overlay.Document overlay(Path overlay) {
            String name = name(overlay);
            try {
                byte[] content = Files.readAllBytes(overlay);
                return Overlay.read(YamlDocuments.decode(content, name), name, io.archadvisor.yaml.ReadLimits.DEFAULTS);
            } catch (RequirementsException e) {
                errors.addAll(e.problems().stream().map(Importers::sentence).toList());
            } catch (NoSuchFileException e) {
                errors.add(name + ": the overlay file does not exist");
            } catch (IOException e) {
                errors.add(name + ": the overlay file cannot be read (" + e + ")");
            }
            return null;
        }
    }

    private static boolean candidate(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml")
                || n.endsWith(".yml")
                || n.endsWith(".dsl")
                || n.endsWith(".json")
                        && !n.equals("package.json")
                        && !n.equals("package-lock.json")
                        && !n.equals("tsconfig.json")
                        && !n.endsWith(".schema.json");
    }

    /** The path as given, with {@code /} between folders. */
    private static String name(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** A problem as a sentence starting with its location. */
    static String sentence(io.archadvisor.base.Problem p) {
        String m = new io.archadvisor.base.Problem(p.path(), p.value(), null, p.constraint())
                .message()
                .replaceAll("ImportLimits\\.yaml\\(\\)\\.(\\w+)\\(\\.\\.\\.\\)", "ImportLimits (its ReadLimits $1)");
        return p.location() == null ? m : p.location() + ": " + m;
    }
}
