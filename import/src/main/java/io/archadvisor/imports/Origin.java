package io.archadvisor.imports;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Location;
import java.util.Objects;

/**
 * Where an imported value came from: the place in the file, and whether the file states it ({@code replicas: 3}) or
 * archadvisor inferred it from something the file states (a datastore from the image {@code postgres:16}), with that
 * evidence.
 *
 * @param location where the value, or the evidence for it, is written
 * @param stated whether the file states the value itself
 * @param evidence for an inferred value, what it was inferred from (such as {@code image postgres:16}); for a stated
 *     one, {@code null}
 * @param overlay whether the value comes from the hand-written overlay file, which wins over every import
 */
public record Origin(Location location, boolean stated, String evidence, boolean overlay) {

    /** Validates the origin. */
    public Origin {
        Objects.requireNonNull(location, "location");
        if (!stated && (evidence == null || evidence.isBlank())) {
            throw new InvalidValueException("An inferred value needs its evidence");
        }
    }

    /** A value the file states at {@code location}. */
    public static Origin stated(Location location) {
        return new Origin(location, true, null, false);
    }

    /** A value inferred from {@code evidence}, which is written at {@code location}. */
    public static Origin inferred(Location location, String evidence) {
        return new Origin(location, false, evidence, false);
    }

    /** A value of the overlay file at {@code location}. */
    public static Origin overlay(Location location) {
        return new Origin(location, true, null, true);
    }

    /** How much this origin counts when sources disagree: the overlay, then stated values, then inferred ones. */
    int rank() {
        return overlay ? 2 : stated ? 1 : 0;
    }

    /**
     * The comment written after the value in an imported requirements file: {@code docker-compose.yml:14} for a
     * stated value, {@code inferred from image postgres:16 (docker-compose.yml:14)} for an inferred one.
     */
    public String comment() {
        String at = location.source() + ":" + location.line();
        return stated ? at : "inferred from " + evidence + " (" + at + ")";
    }

    @Override
    public String toString() {
        return comment();
    }
}
