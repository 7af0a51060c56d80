package io.archadvisor.waiver;

import io.archadvisor.base.Problem;
import io.archadvisor.graph.Waiver;
import io.archadvisor.graph.WaiverException;
import io.archadvisor.yaml.ReadLimits;
import io.archadvisor.yaml.StrictYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads waivers from YAML with the library's one strict reader ({@link StrictYaml}): unknown or duplicate keys, missing
 * required fields and bad dates are errors naming the file, line and column, all at once. The format, usually a
 * {@value #FILE_NAME} next to the requirements file:
 *
 * <pre>{@code
 * waivers:
 *   - finding: AP-SINGLE-POINT-OF-FAILURE   # the finding's code or the rule id (required)
 *     subject: payments                     # limit to one subject (optional)
 *     reason: A second instance ships in Q3 # why it is acceptable (required)
 *     owner: team-payments                  # who answers for it (required)
 *     expires: 2026-09-30                   # last day it applies (optional, YYYY-MM-DD)
 * }</pre>
 */
public final class WaiverReader {

    /** The conventional name of a waivers file next to the requirements. */
    public static final String FILE_NAME = "waivers.yaml";

    /** A waivers file: one key, the list of waivers. */
    record Document(List<Waiver> waivers) {
        Document {
            waivers = waivers == null ? List.of() : List.copyOf(waivers);
        }
    }

    private static final StrictYaml<Document> YAML = StrictYaml.of(Document.class, WaiverException::new)
            .describedAs("a waivers file", "ReadLimits")
            .emptyAs(() -> new Document(List.of()));

    private WaiverReader() {}

    /**
     * Reads a waivers file.
     *
     * @throws WaiverException listing every problem with its place
     */
    public static List<Waiver> read(Path file) {
        return YAML.read(Objects.requireNonNull(file, "file")).waivers();
    }

    /**
     * Reads waivers from YAML text; {@code sourceName} is what problems call it.
     *
     * @throws WaiverException listing every problem with its place
     */
    public static List<Waiver> read(String yaml, String sourceName) {
        return YAML.read(yaml, sourceName).waivers();
    }

    /**
     * Reads a waivers file with other limits than {@link ReadLimits#DEFAULTS}.
     *
     * @throws WaiverException listing every problem with its place
     */
    public static List<Waiver> read(Path file, ReadLimits limits) {
        return YAML.withLimits(limits)
                .read(Objects.requireNonNull(file, "file"))
                .waivers();
    }

    /**
     * Reads the {@value #FILE_NAME} in the folder of a requirements file, or returns no waivers when there is none.
     *
     * @throws WaiverException listing every problem with its place
     */
    public static List<Waiver> readNextTo(Path requirementsFile) {
        Path dir = requirementsFile.toAbsolutePath().getParent();
        Path file = dir == null ? Path.of(FILE_NAME) : dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Path shown = requirementsFile.getParent() == null
                ? Path.of(FILE_NAME)
                : requirementsFile.getParent().resolve(FILE_NAME);
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.read(in, shown.toString()).waivers();
        } catch (IOException e) {
            throw new WaiverException(List.of(Problem.of(shown.toString(), null, "cannot be read (" + e + ")")));
        }
    }
}
