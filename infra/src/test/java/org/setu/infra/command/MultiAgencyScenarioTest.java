package org.setu.infra.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.SetuTestProperties;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.referral.*;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.infra.support.Scenario.*;

/**
 * The whole write model on the embedded server, through the CommandGateway: the ministry opens a case and refers it
 * to IOM, IOM accepts and refers on to an NGO, the NGO completes, IOM completes, the ministry closes.
 */
@SpringBootTest(classes = SetuApplication.class)
class MultiAgencyScenarioTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        SetuTestProperties.freshStore(registry);
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;

    @Test
    void a_case_travels_from_ministry_to_iom_to_ngo_and_back_to_closure() {
        network().forEach(commands::sendAndWait);
        CaseId caseId = new CaseId("case-scenario-1");
        ReferralId toIom = new ReferralId("ref-iom");
        ReferralId toNgo = new ReferralId("ref-ngo");

        commands.sendAndWait(openCase(caseId));
        Object referral = commands.sendAndWait(new RequestReferralCommand(caseId, toIom, IOM, ServiceType.REINTEGRATION,
                Urgency.NORMAL, sealed("returnee from Riyadh"), as(MOEWOE, Role.CASEWORKER)));
        assertThat(referral).isEqualTo(toIom);
        commands.sendAndWait(new AcceptReferralCommand(caseId, toIom, as(IOM, Role.FOCAL_POINT)));
        commands.sendAndWait(new RequestReferralCommand(caseId, toNgo, NGO, ServiceType.PSYCHOSOCIAL, Urgency.URGENT,
                sealed("counselling"), as(IOM, Role.CASEWORKER)));
        commands.sendAndWait(new AcceptReferralCommand(caseId, toNgo, as(NGO, Role.FOCAL_POINT)));
        commands.sendAndWait(new StartServiceCommand(caseId, toNgo, as(NGO, Role.CASEWORKER)));
        commands.sendAndWait(new CompleteReferralCommand(caseId, toNgo, sealed("six sessions held"), as(NGO, Role.CASEWORKER)));
        assertThatThrownBy(() -> commands.sendAndWait(new CloseCaseCommand(caseId, sealed("too early"), as(MOEWOE, Role.CASEWORKER))))
                .isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo(ErrorCode.ACTIVE_REFERRALS);
        commands.sendAndWait(new CompleteReferralCommand(caseId, toIom, sealed("business restarted"), as(IOM, Role.CASEWORKER)));
        commands.sendAndWait(new CloseCaseCommand(caseId, sealed("reintegrated"), as(MOEWOE, Role.CASEWORKER)));

        List<DomainEventMessage<?>> stored = events.readEvents(caseId.value()).asStream().collect(Collectors.toList());
        assertThat(stored).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(stored.stream().map(m -> m.getPayloadType().getSimpleName()).collect(Collectors.toList())).containsExactly(
                "CaseOpenedEvent", "ReferralRequestedEvent", "ReferralAcceptedEvent", "ReferralRequestedEvent",
                "ReferralAcceptedEvent", "ReferralServiceStartedEvent", "ReferralCompletedEvent", "ReferralCompletedEvent",
                "CaseClosedEvent");
        var onward = (ReferralRequestedEvent) stored.get(3).getPayload();
        assertThat(onward.fromAgency()).isEqualTo(IOM);
        assertThat(onward.toAgency()).isEqualTo(NGO);
        assertThat(onward.decisionDueAt()).isEqualTo(onward.stamp().at().plusSeconds(24 * 3600));
    }
}
