package io.archadvisor.adr;

import io.archadvisor.base.InvalidValueException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the records of an ADR folder and applies a plan to it. */
public final class AdrFolder {

    /** The largest file read as a record (1 MiB); a larger numbered file only counts for numbering. */
    static final long MAX_RECORD_BYTES = 1 << 20;

    private AdrFolder() {}

    /**
     * The numbered records ({@code NNNN-slug.md}) directly in a folder, sorted by name, with {@code \n} line ends;
     * none when the folder does not exist yet. Other files (a README, a template, an index) are ignored.
     *
     * @throws AdrException when the folder or a record cannot be read
     */
    public static List<AdrFile> read(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            throw new AdrException("The ADR folder " + dir + " is a file; give a folder (such as docs/adr).");
        }
        List<AdrFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                if (AdrFile.isRecordName(name) && Files.isRegularFile(p)) {
                    // a record is a few kilobytes; a larger file still counts for numbering, but is not read
                    files.add(new AdrFile(
                            name, Files.size(p) > MAX_RECORD_BYTES ? "" : normalized(decode(Files.readAllBytes(p)))));
                }
            }
        } catch (IOException e) {
            throw new AdrException(
                    "Cannot read the ADR folder " + dir + ": " + e.getMessage()
                            + ". Check that it exists and is readable.",
                    e);
        }
        return List.copyOf(files);
    }

    /**
     * The text with {@code \n} line ends and no byte order mark, so a checkout that converts line ends (Git's
     * {@code core.autocrlf}) or an editor that adds a BOM does not count as an edit.
     */
    static String normalized(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n");
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("A replacing decoder does not throw", e);
        }
    }

    /**
     * Writes every file of a plan into the folder, creating it if needed; each file is written whole to a temporary
     * file and moved into place, so a reader never sees half a record. Files the plan leaves alone are not touched.
     *
     * @return the files written, sorted
     * @throws AdrException when a file cannot be written
     */
    public static List<Path> apply(AdrPlan plan, Path dir) {
        List<Path> written = new ArrayList<>();
        if (plan.writesNothing()) {
            return List.of();
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new AdrException(
                    "Cannot create the ADR folder " + dir + ": " + e.getMessage()
                            + ". Check the path and its permissions.",
                    e);
        }
        for (Map.Entry<String, String> w : plan.writes().entrySet()) {
            if (!AdrFile.isRecordName(w.getKey())
                    || w.getKey().contains("/")
                    || w.getKey().contains("\\")) {
                throw new InvalidValueException("Not a record file name: `" + w.getKey() + "`");
            }
            Path target = dir.resolve(w.getKey());
            Path tmp = dir.resolve("." + w.getKey() + ".tmp");
            try {
                Files.writeString(tmp, w.getValue(), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new AdrException(
                        "Cannot write the record " + target + ": " + e.getMessage()
                                + ". Check the folder's permissions and free space; records written before it are kept.",
                        e);
            }
            written.add(target);
        }
        return List.copyOf(written);
    }
}
