package io.archadvisor.samples.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archadvisor.graph.ExpiredWaiver;
import io.archadvisor.graph.Waiver;
import io.archadvisor.testkit.NodeQuery;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.junit5.RuleTest;
import io.archadvisor.waiver.WaiverReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole system file with the waivers file next to it, as a team would keep them in its repository. */
@RuleTest(setup = AcmeRules.class, coverageThreshold = 1.0)
class AcmeShopTest {

    static final Path SYSTEM = Path.of("src/test/resources/acme/shop/system.yaml");

    @Test
    void theWaiversNextToTheSystemFileAcceptThePenTestAndReportTheExpiredBrokerWaiver(RuleVerifier verify) {
        List<Waiver> waivers = WaiverReader.readNextTo(SYSTEM);
        assertEquals(2, waivers.size());
        verify.givenFile(SYSTEM)
                .withWaivers(waivers)
                .fired("ACME-PCI-PENTEST", "ACME-BROKER-NOT-APPROVED")
                .node(PciPenTestPolicyTest.PENTEST)
                .isWaivedBecause("SEC-2025-044")
                .and()
                .node(BrokerPolicyTest.BROKER.where("subject", "rabbitmq"))
                .isNotWaived()
                .and()
                .node(NodeQuery.of(ExpiredWaiver.class))
                .derivedFrom(BrokerPolicyTest.BROKER)
                .explanationContains("team-checkout");
    }
}
