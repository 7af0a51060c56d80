package io.archadvisor.catalog;

import io.archadvisor.base.ArchAdvisorException;

/** Source data (an endoflife.date product, an OSV record, a catalog manifest) that is not of the expected shape. */
public final class SourceDataException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    /** The problem, naming the source, the field and the bad value. */
    public SourceDataException(String message) {
        super(message);
    }

    /** The problem and its cause. */
    public SourceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
