package io.archadvisor.yaml;

import io.archadvisor.Location;
import io.archadvisor.Problem;
import io.archadvisor.RequirementsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a YAML document strictly into a record type with the reader the requirements use: the same limits, the same
 * located problems (unknown key with "did you mean", wrong type, unknown enum value, each check of the records' own
 * constructors), every problem at once and never a partly-filled record. For settings files that sit beside the
 * requirements, such as a command-line configuration.
 *
 * <p>The record's components may be {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean},
 * enums (written in lower kebab case), {@code List}s of these and nested records; {@code null} means "not given". A
 * constructor check reports a problem by throwing a {@link RequirementsException} whose problem paths are
 * {@code <anything>.<component>}, such as {@code config.timeout}. An empty document binds to the record of nothing.
 *
 * <pre>{@code
 * Settings s = RecordReader.of(Settings.class, "the settings").read(Path.of(".settings.yaml"));
 * }</pre>
 *
 * @param <T> the record type
 */
public final class RecordReader<T extends Record> {

    private final Class<T> type;
    private final String document;
    private final ReadLimits limits;

    private RecordReader(Class<T> type, String document, ReadLimits limits) {
        this.type = Objects.requireNonNull(type, "type");
        this.document = Objects.requireNonNull(document, "document");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * A reader of {@code type} with {@link ReadLimits#DEFAULTS}; {@code document} names the document in messages, such
     * as {@code "the configuration"}.
     */
    public static <T extends Record> RecordReader<T> of(Class<T> type, String document) {
        return new RecordReader<>(type, document, ReadLimits.DEFAULTS);
    }

    /** The same reader with other limits. */
    public RecordReader<T> withLimits(ReadLimits newLimits) {
        return new RecordReader<>(type, document, newLimits);
    }

    /**
     * Reads a file; its path as given names it in messages.
     *
     * @throws RequirementsException listing every problem with its {@code file:line:column}
     */
    public T read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try {
            if (Files.size(file) > limits.maxDocumentBytes()) {
                throw tooLarge(source);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) limits.maxDocumentBytes() + 1);
                if (bytes.length > limits.maxDocumentBytes()) {
                    throw tooLarge(source);
                }
                return read(Text.decode(bytes, source), source);
            }
        } catch (NoSuchFileException e) {
            throw unreadable(source, "does not exist", e);
        } catch (IOException e) {
            throw unreadable(source, "cannot be read (" + e + ")", e);
        }
    }

    /**
     * Reads YAML text; {@code sourceName} names it in messages.
     *
     * @throws RequirementsException listing every problem with its {@code file:line:column}
     */
    public T read(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        Problems problems = new Problems(sourceName);
        Optional<YamlNode> root;
        try {
            root = new TreeReader(limits, problems).read(yaml);
        } catch (TreeReader.Abort abort) {
            throw problems.exception(abort.getCause());
        }
        YamlNode node = root.orElse(null);
        if (node == null) {
            if (!problems.isEmpty()) {
                throw problems.exception(null);
            }
            node = new YamlNode.Mapping(List.of(), new Location(sourceName, 1, 1), 1);
        }
        if (!(node instanceof YamlNode.Mapping)) {
            problems.add("", node.display(), node.location(), "must be a mapping of the keys "
                    + String.join(", ", RecordBinder.fieldNames(type)));
            throw problems.exception(null);
        }
        Optional<T> value = new RecordBinder(limits, problems, document).bind(type, node);
        if (!problems.isEmpty() || value.isEmpty()) {
            throw problems.exception(null);
        }
        return value.get();
    }

    /** The keys a document of this type may hold, in the record's order. */
    public List<String> keys() {
        return RecordBinder.fieldNames(type);
    }

    private RequirementsException tooLarge(String source) {
        Problems problems = new Problems(source);
        problems.add("", null, new Location(source, 1, 1), "is larger than the limit of " + limits.maxDocumentBytes()
                + " bytes");
        return problems.exception(null);
    }

    private static RequirementsException unreadable(String source, String what, Throwable cause) {
        RequirementsException e = new RequirementsException(List.of(new Problem("", source, null, what)));
        e.initCause(cause);
        return e;
    }
}
