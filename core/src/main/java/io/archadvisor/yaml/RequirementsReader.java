package io.archadvisor.yaml;

import io.archadvisor.model.Proposal;
import io.archadvisor.model.References;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsDocument;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.model.SourceMap;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads {@link Requirements} from YAML, strictly: any unknown field, wrong type, unknown enum value, out-of-range
 * number, missing required field, duplicate key or limit breach makes it throw one {@link RequirementsException}
 * listing every problem found, each with its field path, the value as written, {@code file:line:column} and what
 * the value must be. It never returns a partly-filled model.
 *
 * <p>The static {@code read} methods use {@link ReadLimits#DEFAULTS}; {@link #builder()} configures other limits.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Requirements r = RequirementsReader.read(Path.of("system.yaml"));
 * Requirements s = RequirementsReader.builder().maxDocumentBytes(64 * 1024).build().parse(yaml, "upload.yaml");
 * }</pre>
 */
public final class RequirementsReader {

    private static final RequirementsReader DEFAULT = new RequirementsReader(ReadLimits.DEFAULTS, true);
    private static final RequirementsReader FRAGMENTS = new RequirementsReader(ReadLimits.DEFAULTS, false);

    private final StrictYaml<Requirements> yaml;

    private RequirementsReader(ReadLimits limits, boolean checkReferences) {
        StrictYaml<Requirements> strict = StrictYaml.of(Requirements.class, RequirementsException::new)
                .withLimits(Objects.requireNonNull(limits, "limits"))
                .describedAs("a requirements file", "RequirementsReader.builder()")
                .keysCalled("a section of the requirements", "sections")
                .emptyHint("write `{}` to say that nothing is known yet, or start with `system: <name>`");
        this.yaml = checkReferences ? strict.checkedWith("proposal", Proposal.class, References::check) : strict;
    }

    /**
     * A reader of fragments, such as rule test cases: as strict as the default, except that calls and datastores may
     * name services and stores the fragment leaves out.
     */
    public static RequirementsReader fragments() {
        return FRAGMENTS;
    }

    /** Reads a requirements file with the default limits; its path as given names it in messages. */
    public static Requirements read(Path file) {
        return DEFAULT.parse(file);
    }

    /** Reads requirements from YAML text with the default limits; {@code sourceName} names it in messages. */
    public static Requirements read(String yaml, String sourceName) {
        return DEFAULT.parse(yaml, sourceName);
    }

    /**
     * Reads requirements from a stream (UTF-8, or UTF-16/32 with a byte order mark) with the default limits; the
     * stream is read up to the size limit and not closed.
     */
    public static Requirements read(InputStream in, String sourceName) {
        return DEFAULT.parse(in, sourceName);
    }

    /**
     * Reads a requirements file with the default limits, keeping where each value was written; its path as given
     * names it in messages and locations.
     */
    public static RequirementsDocument readDocument(Path file) {
        return DEFAULT.parseDocument(file);
    }

    /** Reads requirements from YAML text with the default limits, keeping where each value was written. */
    public static RequirementsDocument readDocument(String yaml, String sourceName) {
        return DEFAULT.parseDocument(yaml, sourceName);
    }

    /** Reads requirements from a stream with the default limits, keeping where each value was written. */
    public static RequirementsDocument readDocument(InputStream in, String sourceName) {
        return DEFAULT.parseDocument(in, sourceName);
    }

    /** A reader with these limits. */
    public static RequirementsReader withLimits(ReadLimits limits) {
        return new RequirementsReader(limits, true);
    }

    /** A builder starting from {@link ReadLimits#DEFAULTS}. */
    public static Builder builder() {
        return new Builder(ReadLimits.DEFAULTS);
    }

    /**
     * The same reader for fragments: calls and datastores may name services and stores the fragment leaves out (an
     * overlay on imported files, a rule test case).
     */
    public RequirementsReader asFragments() {
        return new RequirementsReader(limits(), false);
    }

    /** The limits this reader applies. */
    public ReadLimits limits() {
        return yaml.limits();
    }

    /** Reads a requirements file; its path as given names it in messages. */
    public Requirements parse(Path file) {
        return yaml.read(file);
    }

    /** Reads requirements from YAML text; {@code sourceName} names it in messages. */
    public Requirements parse(String text, String sourceName) {
        return yaml.read(text, sourceName);
    }

    /** Reads requirements from a stream (UTF-8, or UTF-16/32 with a byte order mark); the stream is not closed. */
    public Requirements parse(InputStream in, String sourceName) {
        return yaml.read(in, sourceName);
    }

    /**
     * Reads a requirements file, keeping where each value was written ({@link SourceMap}, by field path); its path
     * as given names it in messages and locations.
     */
    public RequirementsDocument parseDocument(Path file) {
        return document(yaml.readDocument(file));
    }

    /** Reads requirements from YAML text, keeping where each value was written; {@code sourceName} names it. */
    public RequirementsDocument parseDocument(String text, String sourceName) {
        return document(yaml.readDocument(text, sourceName));
    }

    /**
     * Reads requirements from a stream (UTF-8, or UTF-16/32 with a byte order mark), keeping where each value was
     * written; the stream is not closed.
     */
    public RequirementsDocument parseDocument(InputStream in, String sourceName) {
        return document(yaml.readDocument(in, sourceName));
    }

    private static RequirementsDocument document(StrictYaml.Document<Requirements> read) {
        return new RequirementsDocument(read.value(), read.sources());
    }

    /** Configures a reader's {@link ReadLimits}; every limit not set keeps its default. */
    public static final class Builder {

        private long maxDocumentBytes;
        private int maxDepth;
        private int maxAliases;
        private long maxNodes;
        private int maxStringLength;
        private int maxServices;
        private int maxDependencies;

        private Builder(ReadLimits from) {
            maxDocumentBytes = from.maxDocumentBytes();
            maxDepth = from.maxDepth();
            maxAliases = from.maxAliases();
            maxNodes = from.maxNodes();
            maxStringLength = from.maxStringLength();
            maxServices = from.maxServices();
            maxDependencies = from.maxDependencies();
        }

        /** The largest document, in bytes. */
        public Builder maxDocumentBytes(long bytes) {
            this.maxDocumentBytes = bytes;
            return this;
        }

        /** The deepest nesting of mappings and lists. */
        public Builder maxDepth(int depth) {
            this.maxDepth = depth;
            return this;
        }

        /** The most alias references ({@code *name}) in one document; 0 forbids aliases. */
        public Builder maxAliases(int aliases) {
            this.maxAliases = aliases;
            return this;
        }

        /** The most values after alias expansion. */
        public Builder maxNodes(long nodes) {
            this.maxNodes = nodes;
            return this;
        }

        /** The longest scalar or key, in characters. */
        public Builder maxStringLength(int length) {
            this.maxStringLength = length;
            return this;
        }

        /** The most services in {@code proposal.services}. */
        public Builder maxServices(int services) {
            this.maxServices = services;
            return this;
        }

        /** The most calls over all proposed services. */
        public Builder maxDependencies(int calls) {
            this.maxDependencies = calls;
            return this;
        }

        /** The reader; throws {@link io.archadvisor.base.InvalidSettingException} naming any limit out of its range. */
        public RequirementsReader build() {
            return new RequirementsReader(
                    new ReadLimits(
                            maxDocumentBytes,
                            maxDepth,
                            maxAliases,
                            maxNodes,
                            maxStringLength,
                            maxServices,
                            maxDependencies),
                    true);
        }
    }
}
