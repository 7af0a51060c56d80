package io.archadvisor.yaml;

import io.archadvisor.Location;
import io.archadvisor.Problem;
import io.archadvisor.RequirementsException;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsDocument;
import io.archadvisor.model.SourceMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    private static final RequirementsReader DEFAULT = new RequirementsReader(ReadLimits.DEFAULTS);

    private final ReadLimits limits;

    private RequirementsReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
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
        return new RequirementsReader(limits);
    }

    /** A builder starting from {@link ReadLimits#DEFAULTS}. */
    public static Builder builder() {
        return new Builder(ReadLimits.DEFAULTS);
    }

    /** The limits this reader applies. */
    public ReadLimits limits() {
        return limits;
    }

    /** Reads a requirements file; its path as given names it in messages. */
    public Requirements parse(Path file) {
        return parseDocument(file).requirements();
    }

    /** Reads requirements from YAML text; {@code sourceName} names it in messages. */
    public Requirements parse(String yaml, String sourceName) {
        return parseDocument(yaml, sourceName).requirements();
    }

    /** Reads requirements from a stream (UTF-8, or UTF-16/32 with a byte order mark); the stream is not closed. */
    public Requirements parse(InputStream in, String sourceName) {
        return parseDocument(in, sourceName).requirements();
    }

    /**
     * Reads a requirements file, keeping where each value was written ({@link SourceMap}, by field path); its path
     * as given names it in messages and locations.
     */
    public RequirementsDocument parseDocument(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                throw tooLarge(source, size + " bytes", null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parseDocument(in, source);
            }
        } catch (NoSuchFileException e) {
            throw unreadable(source, "does not exist", e);
        } catch (IOException e) {
            throw unreadable(source, "cannot be read (" + e + ")", e);
        }
    }

    /** Reads requirements from YAML text, keeping where each value was written; {@code sourceName} names it. */
    public RequirementsDocument parseDocument(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        long bytes = utf8Length(yaml, limits.maxDocumentBytes());
        if (bytes > limits.maxDocumentBytes()) {
            throw tooLarge(sourceName, "more than " + limits.maxDocumentBytes() + " bytes", null);
        }
        return readText(yaml, sourceName);
    }

    /**
     * Reads requirements from a stream (UTF-8, or UTF-16/32 with a byte order mark), keeping where each value was
     * written; the stream is not closed.
     */
    public RequirementsDocument parseDocument(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limits.maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw unreadable(sourceName, "cannot be read (" + e + ")", e);
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            throw tooLarge(sourceName, "more than " + limits.maxDocumentBytes() + " bytes", null);
        }
        return readText(Text.decode(bytes, sourceName), sourceName);
    }

    private RequirementsDocument readText(String text, String source) {
        Problems problems = new Problems(source);
        Optional<YamlNode> root;
        try {
            root = new TreeReader(limits, problems).read(text);
        } catch (TreeReader.Abort abort) {
            throw problems.exception(abort.getCause());
        }
        if (root.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add("", null, new Location(source, 1, 1), "is empty; write `{}` to say that nothing is known"
                        + " yet, or start with `system: <name>`");
            }
            throw problems.exception(null);
        }
        if (!(root.get() instanceof YamlNode.Mapping)) {
            problems.add("", root.get().display(), root.get().location(), "must be a mapping of sections ("
                    + String.join(", ", RecordBinder.fieldNames(Requirements.class)) + ")");
            throw problems.exception(null);
        }
        Optional<Requirements> requirements = new RecordBinder(limits, problems).bind(root.get());
        if (!problems.isEmpty() || requirements.isEmpty()) {
            throw problems.exception(null);
        }
        return new RequirementsDocument(requirements.get(), SourceMaps.of(root.get()));
    }

    private RequirementsException tooLarge(String source, String size, Throwable cause) {
        Problems problems = new Problems(source);
        problems.add("", size, new Location(source, 1, 1), "is larger than the limit of " + limits.maxDocumentBytes()
                + " bytes; raise it with RequirementsReader.builder().maxDocumentBytes(...) if this is intended");
        return problems.exception(cause);
    }

    private static RequirementsException unreadable(String source, String what, Throwable cause) {
        RequirementsException e = new RequirementsException(List.of(new Problem("", source, null, what)));
        e.initCause(cause);
        return e;
    }

    /** The UTF-8 length of {@code s}, counting no further than just past {@code limit}. */
    private static long utf8Length(String s, long limit) {
        long n = 0;
        for (int i = 0; i < s.length() && n <= limit; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
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

        /** The reader; throws {@link IllegalArgumentException} naming any limit that is out of range. */
        public RequirementsReader build() {
            return new RequirementsReader(new ReadLimits(maxDocumentBytes, maxDepth, maxAliases, maxNodes,
                    maxStringLength, maxServices, maxDependencies));
        }
    }
}
