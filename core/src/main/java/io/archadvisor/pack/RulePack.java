package io.archadvisor.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named, versioned set of DRL files. Packs on the classpath registered under
 * {@code META-INF/services/io.archadvisor.pack.RulePack} are loaded by default, which is how the built-in packs of
 * {@code archadvisor-rules} are found. Build your own with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * RulePack acme = RulePack.builder("acme-policies", "1.4.0")
 *         .addClasspathFolder("company-rules")
 *         .build();
 * Advisor advisor = Advisor.builder().addPack(acme).build();
 * }</pre>
 *
 * <p>Rule ids must be unique across every loaded pack. A pack marked {@link #overrides()} may instead define a rule
 * with the id of a rule of a non-overriding pack: its rule then replaces that one.
 */
public interface RulePack {

    /** The pack's name, such as {@code archadvisor-seed}; unique among the loaded packs. */
    String name();

    /** The pack's version. */
    String version();

    /** The DRL files of the pack, in a stable order. */
    List<RuleSource> sources();

    /**
     * Whether this pack's rules replace rules of the same id in other packs (default: no). Rules of an overriding pack
     * whose ids are new are simply added.
     */
    default boolean overrides() {
        return false;
    }

    /** A pack made of the given sources. */
    static RulePack of(String name, String version, List<RuleSource> sources) {
        return new Pack(name, version, sources, false);
    }

    /** A builder for a pack with this name and version. */
    static Builder builder(String name, String version) {
        return new Builder(name, version);
    }

    /** Collects the DRL files of a pack: files, folders, classpath resources and folders, and strings. */
    final class Builder {

        private final String name;
        private final String version;
        private final List<RuleSource> sources = new ArrayList<>();
        private boolean overrides;
        private ClassLoader loader = RulePack.class.getClassLoader();

        private Builder(String name, String version) {
            this.name = Pack.checkName(name);
            this.version = Objects.requireNonNull(version, "version");
        }

        /** Adds a DRL file, or every {@code *.drl} file under a folder (recursively, sorted by relative path). */
        public Builder addPath(Path fileOrFolder) {
            Objects.requireNonNull(fileOrFolder, "fileOrFolder");
            if (Files.isDirectory(fileOrFolder)) {
                sources.addAll(RuleSource.fromDirectory(fileOrFolder));
            } else {
                sources.add(RuleSource.fromFile(fileOrFolder));
            }
            return this;
        }

        /** Adds DRL text under a name of your choice, which errors refer to. */
        public Builder addDrl(String sourceName, String drl) {
            sources.add(new RuleSource(sourceName, drl));
            return this;
        }

        /** Adds a source. */
        public Builder add(RuleSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** Adds one DRL classpath resource, such as {@code com/acme/rules/broker.drl}. */
        public Builder addClasspathResource(String resource) {
            sources.add(RuleSource.fromClasspath(resource, loader));
            return this;
        }

        /** Adds every {@code *.drl} resource under a classpath folder, in directories and jars, sorted by name. */
        public Builder addClasspathFolder(String folder) {
            sources.addAll(RuleSource.fromClasspathFolder(folder, loader));
            return this;
        }

        /** The class loader classpath resources are read with (default: archadvisor's own). */
        public Builder classLoader(ClassLoader classLoader) {
            this.loader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** Marks the pack as overriding: its rules replace rules with the same id in other packs. */
        public Builder overriding() {
            this.overrides = true;
            return this;
        }

        /**
         * The pack.
         *
         * @throws RuleLoadingException when no source was added
         */
        public RulePack build() {
            if (sources.isEmpty()) {
                throw new RuleLoadingException(
                        "The rule pack `" + name + "` has no DRL source; add files, folders,"
                                + " classpath resources or strings before build().",
                        null);
            }
            return new Pack(name, version, sources, overrides);
        }
    }
}
