package io.archadvisor.imports;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.yaml.ReadLimits;
import java.util.Objects;

/**
 * How much an import reads, so that a huge repository or a hostile file fails fast with a clear message instead of
 * exhausting memory or time.
 *
 * @param maxFiles the most files a folder walk looks at (further files are skipped with a note)
 * @param maxFileBytes the largest file read; a larger one found in a folder walk is skipped with a note, a larger one
 *     given by name is an error
 * @param maxTotalBytes the most bytes read over all files of one import
 * @param maxFolderDepth the deepest folder a walk descends into
 * @param yaml the limits on each parsed document (nesting, aliases, expanded values, string length)
 */
public record ImportLimits(int maxFiles, long maxFileBytes, long maxTotalBytes, int maxFolderDepth, ReadLimits yaml) {

    /**
     * 2,000 files, 32 MiB per file (a Terraform plan of thousands of resources), 256 MiB in all, 12 folders deep;
     * documents up to depth 64, 1,000 aliases, 4,000,000 values and strings of 1 MiB (plans embed policies as text).
     */
    public static final ImportLimits DEFAULTS = new ImportLimits(
            2_000,
            32L * 1024 * 1024,
            256L * 1024 * 1024,
            12,
            new ReadLimits(32L * 1024 * 1024, 64, 1_000, 4_000_000, 1024 * 1024, 100_000, 1_000_000));

    /** Validates the limits. */
    public ImportLimits {
        Objects.requireNonNull(yaml, "yaml");
        if (maxFiles < 1 || maxFileBytes < 1 || maxTotalBytes < 1 || maxFolderDepth < 0) {
            throw new InvalidValueException("Import limits must be positive: " + maxFiles + " files, " + maxFileBytes
                    + " bytes per file, " + maxTotalBytes + " bytes, depth " + maxFolderDepth);
        }
        if (maxFileBytes > yaml.maxDocumentBytes()) {
            throw new InvalidValueException("maxFileBytes (" + maxFileBytes + ") must not exceed the document limit ("
                    + yaml.maxDocumentBytes() + ")");
        }
    }
}
