package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.referral.*;

import java.time.Duration;

import static org.setu.command.referral.Cases.*;

/** SLA deadlines: scheduled on request and on acceptance, cancelled when met, escalating when missed. */
class ReferralDeadlinesTest {

    private static final String DECISION = ReferralDeadlinePassed.name(REF, SlaDeadline.DECISION);
    private static final String FIRST_SERVICE = ReferralDeadlinePassed.name(REF, SlaDeadline.FIRST_SERVICE);

    private OpenCaseCommand open() {
        return new OpenCaseCommand(CASE, facts(), subject(), CONSENT, caseworker(MOEWOE));
    }

    private RequestReferralCommand request(Urgency urgency) {
        return new RequestReferralCommand(CASE, REF, IOM, ServiceType.REINTEGRATION, urgency, null, caseworker(MOEWOE));
    }

    @Test
    void a_request_schedules_a_decision_deadline_of_72_hours_or_24_when_urgent() {
        fixture().givenCurrentTime(T0).andGiven(opened()).when(request(Urgency.NORMAL))
                .expectScheduledDeadlineWithName(Duration.ofHours(72), DECISION);
        fixture().givenCurrentTime(T0).andGiven(opened()).when(request(Urgency.URGENT))
                .expectScheduledDeadlineWithName(Duration.ofHours(24), DECISION);
    }

    @Test
    void the_limits_are_configurable_per_service_type() {
        var sla = SlaPolicy.standard().withService(ServiceType.REINTEGRATION, Urgency.NORMAL,
                new SlaPolicy.Limits(Duration.ofHours(12), Duration.ofDays(2)));
        fixture(sla).givenCurrentTime(T0).andGiven(opened()).when(request(Urgency.NORMAL))
                .expectScheduledDeadlineWithName(Duration.ofHours(12), DECISION);
    }

    @Test
    void accepting_meets_the_decision_deadline_and_starts_the_first_service_one() {
        fixture().givenCurrentTime(T0).andGivenCommands(open(), request(Urgency.NORMAL))
                .when(new AcceptReferralCommand(CASE, REF, focalPoint(IOM)))
                .expectNoScheduledDeadlineWithName(T0.plus(Duration.ofHours(72)), DECISION)
                .expectScheduledDeadlineWithName(Duration.ofDays(14), FIRST_SERVICE);
    }

    @Test
    void starting_the_service_meets_the_first_service_deadline() {
        fixture().givenCurrentTime(T0)
                .andGivenCommands(open(), request(Urgency.NORMAL), new AcceptReferralCommand(CASE, REF, focalPoint(IOM)))
                .when(new StartServiceCommand(CASE, REF, caseworker(IOM)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_missed_decision_deadline_escalates() {
        fixture().givenCurrentTime(T0).andGivenCommands(open(), request(Urgency.NORMAL))
                .whenTimeElapses(Duration.ofHours(73))
                .expectDeadlinesMet(new ReferralDeadlinePassed(REF, SlaDeadline.DECISION, T0.plus(Duration.ofHours(72))))
                .expectEvents(new ReferralEscalatedEvent(CASE, REF, SlaDeadline.DECISION, T0.plus(Duration.ofHours(72)),
                        MOEWOE, IOM));
    }

    @Test
    void a_missed_first_service_deadline_escalates() {
        fixture().givenCurrentTime(T0)
                .andGivenCommands(open(), request(Urgency.URGENT), new AcceptReferralCommand(CASE, REF, focalPoint(IOM)))
                .whenTimeElapses(Duration.ofHours(73))
                .expectEvents(new ReferralEscalatedEvent(CASE, REF, SlaDeadline.FIRST_SERVICE, T0.plus(Duration.ofHours(72)),
                        MOEWOE, IOM));
    }

    @Test
    void a_met_deadline_never_escalates() {
        fixture().givenCurrentTime(T0)
                .andGivenCommands(open(), request(Urgency.NORMAL),
                        new DeclineReferralCommand(CASE, REF, DeclineReason.NO_CAPACITY, sealed("full"), focalPoint(IOM)))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoEvents();
    }

    @Test
    void a_deadline_that_fires_after_the_referral_moved_on_changes_nothing() {
        fixture().given(opened(), requested(), accepted(), started())
                .whenThenTimeAdvancesTo(T0.plus(Duration.ofDays(20)))
                .expectNoEvents();
    }
}
