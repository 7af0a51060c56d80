package io.archadvisor.render;

import io.archadvisor.base.ArchAdvisorException;

/** No output format has the name asked for; the message lists the names there are. */
public final class UnknownFormatException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    /** An exception naming the unknown format and the known ones. */
    public UnknownFormatException(String message) {
        super(message);
    }
}
