package io.archadvisor.samples.company;

import io.archadvisor.graph.Guidance;
import io.archadvisor.testkit.NodeQuery;
import io.archadvisor.testkit.RuleVerifier;
import io.archadvisor.testkit.junit5.RuleTest;
import org.junit.jupiter.api.Test;

/** "All services must use our approved message broker", tested with the rule test kit. */
@RuleTest(setup = AcmeRules.class, coverageThreshold = 1.0)
class BrokerPolicyTest {

    static final NodeQuery<PolicyViolation> BROKER =
            NodeQuery.of(PolicyViolation.class).where("code", "ACME-BROKER-NOT-APPROVED");

    @Test
    void aProposedRabbitMqBreaksTheBrokerPolicy(RuleVerifier verify) {
        verify.givenYaml("proposal: {technologies: [{name: RabbitMQ}]}")
                .fired("ACME-BROKER-RECOGNIZED", "ACME-BROKER-NOT-APPROVED")
                .node(BROKER.where("subject", "rabbitmq"))
                .derivedBy("ACME-BROKER-NOT-APPROVED")
                .restsOn("proposal.technologies[0]", "rabbitmq")
                .isNotWaived()
                .and()
                .hasNodes(BROKER, 1);
    }

    @Test
    void kafkaIsApprovedAndPointsToTheSharedPlatform(RuleVerifier verify) {
        verify.givenYaml("existing: {technologies: [{name: Kafka, version: '3.7'}]}")
                .fired("ACME-BROKER-APPROVED")
                .didNotFire("ACME-BROKER-NOT-APPROVED")
                .hasNoNode(NodeQuery.of(PolicyViolation.class))
                .node(NodeQuery.of(Guidance.class).where("code", "acme-shared-kafka"))
                .restsOn("existing.technologies[0]", "kafka 3.7");
    }

    @Test
    void aMessagingDecisionForAnotherBrokerBreaksThePolicyToo(RuleVerifier verify) {
        verify.givenYaml("existing: {decisions: [{topic: messaging, choice: NATS, rationale: lightweight}]}")
                .fired("ACME-BROKER-DECISION-NOT-APPROVED")
                .hasNode(BROKER.where("subject", "nats").whereContains("evidence", "existing.decisions[0]"));
    }

    @Test
    void aSystemWithoutBrokersIsSilent(RuleVerifier verify) {
        verify.givenYaml("existing: {technologies: [{name: PostgreSQL}]}")
                .didNotFire(
                        "ACME-BROKER-RECOGNIZED",
                        "ACME-BROKER-NOT-APPROVED",
                        "ACME-BROKER-DECISION-NOT-APPROVED",
                        "ACME-BROKER-APPROVED");
    }

    @Test
    void theBrokerRulesRunOnTheirOwn(RuleVerifier verify) {
        verify.givenYaml("proposal: {technologies: [{name: sqs}, {name: kafka}]}")
                .onlyRules("ACME-BROKER-RECOGNIZED", "ACME-BROKER-NOT-APPROVED")
                .firedExactly("ACME-BROKER-RECOGNIZED", "ACME-BROKER-NOT-APPROVED")
                .hasNodes(BROKER, 1);
    }
}
