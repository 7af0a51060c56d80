package io.archadvisor.rules.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.adr.AdrRecord;
import io.archadvisor.adr.AdrRenderer;
import io.archadvisor.yaml.RequirementsReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decided architecture style the advice argues against gets one departure record with every reason for it. */
class AdrDepartureTest {

    @Test
    void aDecidedStyleTheAdviceAvoidsBecomesOneDepartureRecord() {
        List<AdrRecord> records = AdrRenderer.standard()
                .render(SampleAdrs.advisor()
                        .advise(RequirementsReader.read(
                                "team: {size: 5}\nexisting: {decisions: [{topic: architecture-style, choice: microservices,"
                                        + " rationale: \"the CTO's preference\"}]}\n",
                                "decided.yaml")));
        List<AdrRecord> departures =
                records.stream().filter(r -> r.key().startsWith("departure:")).toList();
        assertEquals(
                List.of("departure:architecture-style-microservices"),
                departures.stream().map(AdrRecord::key).toList());
        String adr = departures.get(0).content();
        assertTrue(adr.contains("# Depart from the existing architecture-style: microservices\n"), adr);
        assertTrue(adr.contains("- **High** `AP-PREMATURE-MICROSERVICES`: "), adr);
        assertTrue(adr.contains("(`principle-respect-decision:architecture-style:microservices`)"), adr);
        assertTrue(adr.contains("recorded rationale: \"the CTO's preference\""), adr);
        assertTrue(adr.contains("- Keep architecture-style: microservices as it is\n"), adr);
        assertEquals("Use a modular monolith", records.get(0).title());
        for (AdrRecord r : records) {
            MadrCheck.check(r.fileName(), r.content());
        }
    }
}
