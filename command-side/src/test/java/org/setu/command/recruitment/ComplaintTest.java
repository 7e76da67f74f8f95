package org.setu.command.recruitment;

import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.setu.command.common.StampedCommandTargetResolver;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.recruitment.*;

import static org.setu.command.recruitment.Complaints.*;

/** The Axon adapters route each command to the pure rules, apply what they decide, and take a retry once. */
class ComplaintTest {

    private final FixtureConfiguration<Complaint> complaints = new AggregateTestFixture<>(Complaint.class)
            .registerCommandTargetResolver(new StampedCommandTargetResolver())
            .registerInjectableResource(directory()).registerInjectableResource(lookup())
            .registerInjectableResource(ComplaintSla.standard());
    private final FixtureConfiguration<RecruitingAgency> agencies = new AggregateTestFixture<>(RecruitingAgency.class)
            .registerCommandTargetResolver(new StampedCommandTargetResolver())
            .registerInjectableResource(lookup());

    @Test
    void filing_applies_the_filed_event() {
        var stamp = caseworker(MOEWOE);
        complaints.givenNoPriorActivity()
                .when(new FileComplaintCommand(COMPLAINT, facts(), sealed("c"), CONSENT, stamp))
                .expectEvents(new ComplaintFiledEvent(COMPLAINT, MOEWOE, facts(), sealed("c"), CONSENT, stamp));
    }

    @Test
    void a_retried_command_makes_no_second_event() {
        var stamp = caseworker(MOEWOE);
        complaints.given(filed(), new ComplaintRegisteredEvent(COMPLAINT, stamp))
                .when(new RegisterComplaintCommand(COMPLAINT, stamp))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void an_award_without_a_hearing_is_refused_through_axon_too() {
        complaints.given(filed(), new ComplaintRegisteredEvent(COMPLAINT, caseworker(MOEWOE)))
                .when(new MakeAwardCommand(COMPLAINT, 1000, caseworker(MOEWOE)))
                .expectNoEvents().expectException(RuleViolationException.class);
    }

    @Test
    void another_agency_cannot_move_the_complaint() {
        complaints.given(filed())
                .when(new RegisterComplaintCommand(COMPLAINT, caseworker(OUTSIDER)))
                .expectNoEvents().expectException(ForbiddenActionException.class);
    }

    @Test
    void a_recruiting_agency_is_entered_and_sanctioned_through_its_adapter() {
        var entered = new RecruitingAgencyLicensedEvent(RL_0123, "Green Line", "Dhaka", admin());
        var stamp = admin();
        var sanction = new ImposeSanctionCommand(RL_0123, new SanctionId("S0000-0001"), SanctionKind.FINE, "fees",
                50_000L, null, Set.of(COMPLAINT), stamp);
        agencies.given(entered).when(sanction).expectEvents(new SanctionImposedEvent(RL_0123, sanction.sanctionId(),
                SanctionKind.FINE, "fees", 50_000L, null, Set.of(COMPLAINT), stamp));
    }
}
