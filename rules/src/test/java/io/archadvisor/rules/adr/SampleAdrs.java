package io.archadvisor.rules.adr;

import io.archadvisor.Advisor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The bundled samples and an advisor on a fixed date, so the records they give are the same every day. */
final class SampleAdrs {

    /** The advice date of the golden records. */
    static final LocalDate DATE = LocalDate.of(2026, 11, 26);

    /** The bundled samples, in the samples module. */
    static final Path EXAMPLES = Path.of(System.getProperty("basedir", "."))
            .resolve("../samples/src/main/resources/examples")
            .normalize();

    private SampleAdrs() {}

    private static Advisor shared;

    /** One advisor on {@link #DATE} for every ADR test class of the run (compiling the packs is the slow part). */
    static synchronized Advisor advisor() {
        if (shared == null) {
            shared = Advisor.builder()
                    .clock(Clock.fixed(DATE.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }
}
