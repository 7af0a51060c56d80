package io.archadvisor.base;

import java.util.Objects;

/**
 * A place in a source file, 1-based.
 *
 * @param source the file name or a description such as {@code <string>}
 * @param line the line, 1-based
 * @param column the column, 1-based, or 0 when unknown
 */
public record Location(String source, int line, int column) {

    /** Validates the location. */
    public Location {
        Objects.requireNonNull(source, "source");
        if (line < 1 || column < 0) {
            throw new InvalidValueException("A location needs line ≥ 1 and column ≥ 0, got " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return column > 0 ? source + ":" + line + ":" + column : source + ":" + line;
    }
}
