package io.archadvisor.yaml;

import io.archadvisor.base.Location;
import io.archadvisor.base.Problem;
import io.archadvisor.base.ProblemsException;
import io.archadvisor.model.RequirementsException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads other tools' YAML files (compose files, Kubernetes manifests, catalogs, API contracts) into located
 * {@link YamlNode} trees with the same parser and the same {@link ReadLimits} as requirements: sizes, nesting, aliases
 * and expanded values are bounded, and every problem is reported at {@code file:line:column}. Unlike a requirements
 * file, a stream may hold several documents, merge keys ({@code <<: *defaults}) are applied, and application tags
 * such as {@code !Ref} are read as their text.
 */
public final class YamlDocuments {

    private YamlDocuments() {}

    /**
     * Every non-empty document of {@code text}, in order.
     *
     * @param text the YAML text
     * @param source the file name used in locations and messages
     * @param limits the limits to enforce; the document size limit applies to the whole text
     * @throws RequirementsException listing every problem, each located, when the text is not valid YAML or breaks a
     *     limit
     */
    public static List<YamlNode> read(String text, String source, ReadLimits limits) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        Problems problems = new Problems(
                source, "a file to import", "ImportLimits.yaml()", RequirementsException::new, "a key", "keys");
        return List.copyOf(parse(text, limits, problems, () -> new TreeReader(limits, problems, true).readAll(text)));
    }

    /**
     * The one document of {@code text} as a located tree, read as strictly as a requirements file: a single document,
     * duplicate keys and application tags are errors, and the limits apply; empty when the text holds no value. Used
     * by the library's own formats that bind the tree themselves, such as technology catalogs.
     *
     * @param text the YAML text
     * @param source the file name used in locations and messages
     * @param limits the limits to enforce
     * @param documentName what the document is, for messages ("a technology catalog")
     * @param limitsBuilder where its limits are set, for messages
     * @param failure the exception listing the problems found
     * @throws ProblemsException made by {@code failure}, listing every problem located, when the text is not valid
     *     YAML, breaks a limit or repeats a key
     */
    public static Optional<YamlNode> readOne(
            String text,
            String source,
            ReadLimits limits,
            String documentName,
            String limitsBuilder,
            Function<List<Problem>, ? extends ProblemsException> failure) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        Problems problems = new Problems(source, documentName, limitsBuilder, failure, "a key", "keys");
        return parse(text, limits, problems, () -> new TreeReader(limits, problems).read(text));
    }

    /** Runs {@code reader} over the text within the size limit; every problem it records is thrown, located. */
    private static <T> T parse(String text, ReadLimits limits, Problems problems, Supplier<T> reader) {
        if (text.length() > limits.maxDocumentBytes()) {
            problems.add(
                    "",
                    text.length() + " characters",
                    new Location(problems.source(), 1, 1),
                    "is larger than the limit of " + limits.maxDocumentBytes() + " bytes");
            throw problems.exception(null);
        }
        T result;
        try {
            result = reader.get();
        } catch (TreeReader.Abort abort) {
            throw problems.exception(abort.getCause());
        }
        if (!problems.isEmpty()) {
            throw problems.exception(null);
        }
        return result;
    }

    /** Decodes a file's bytes as a YAML reader does: UTF-8, or UTF-16/32 with a byte order mark. */
    public static String decode(byte[] bytes, String source) {
        return Text.decode(bytes, source);
    }
}
