package io.archadvisor.base;

import java.io.IOException;
import java.nio.file.Path;

/** A file the library was asked to write cannot be written; the message names the file, why, and what to check. */
public final class UnwritableFileException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    private final String file;

    /** {@code what} is what the file was to hold ("the requirements", "the catalog cache"). */
    public UnwritableFileException(Path file, String what, IOException cause) {
        super(
                file + ": cannot write " + what + " (" + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                        + "); check that the folder exists and is writable",
                cause);
        this.file = file.toString();
    }

    /** The file, as given. */
    public String file() {
        return file;
    }
}
