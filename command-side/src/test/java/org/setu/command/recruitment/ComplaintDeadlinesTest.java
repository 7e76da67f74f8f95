package org.setu.command.recruitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.setu.command.common.StampedCommandTargetResolver;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.recruitment.*;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.command.recruitment.Complaints.*;
import static org.setu.kernel.recruitment.ComplaintDeadline.FIRST_HEARING;
import static org.setu.kernel.recruitment.ComplaintDeadline.REGISTRATION;

/**
 * A complaint's SLA deadlines: registration within 7 days of receipt, a first hearing within 30 days of registration;
 * scheduled and cancelled as the complaint moves, escalating once when missed, never after the wait ended.
 */
class ComplaintDeadlinesTest {

    private static final String REGISTERING = ComplaintDeadlinePassed.name(COMPLAINT, REGISTRATION);
    private static final String HEARING = ComplaintDeadlinePassed.name(COMPLAINT, FIRST_HEARING);
    private static final Instant DAY_2 = T0.plus(Duration.ofDays(2));

    private static FixtureConfiguration<Complaint> fixture(ComplaintSla sla) {
        return new AggregateTestFixture<>(Complaint.class)
                .registerCommandTargetResolver(new StampedCommandTargetResolver())
                .registerInjectableResource(directory()).registerInjectableResource(lookup())
                .registerInjectableResource(sla);
    }

    private static FixtureConfiguration<Complaint> fixture() {
        return fixture(ComplaintSla.standard());
    }

    private static FileComplaintCommand file() {
        return new FileComplaintCommand(COMPLAINT, facts(), sealed("c"), CONSENT, caseworker(MOEWOE));
    }

    private static RegisterComplaintCommand registerOnDay2() {
        return new RegisterComplaintCommand(COMPLAINT, at(DAY_2, MOEWOE, Role.CASEWORKER));
    }

    private static ComplaintEscalatedEvent escalated(ComplaintDeadline deadline, Instant due) {
        return new ComplaintEscalatedEvent(COMPLAINT, deadline, due, MOEWOE,
                Stamp.bySetu(ComplaintDeadlinePassed.name(COMPLAINT, deadline), due));
    }

    @Test
    void filing_schedules_registration_seven_days_after_receipt() {
        fixture().givenCurrentTime(T0).when(file())
                .expectScheduledDeadlineWithName(Duration.ofDays(7), REGISTERING);
    }

    @Test
    void registering_meets_that_deadline_and_starts_thirty_days_for_a_first_hearing() {
        fixture().givenCurrentTime(T0).andGivenCommands(file()).when(registerOnDay2())
                .expectNoScheduledDeadlineWithName(T0.plus(Duration.ofDays(7)), REGISTERING)
                .expectScheduledDeadlineWithName(Duration.ofDays(32), HEARING);
    }

    @Test
    void a_hearing_meets_the_first_hearing_deadline() {
        fixture().givenCurrentTime(T0).andGivenCommands(file(), registerOnDay2(),
                        new NotifyRecruiterCommand(COMPLAINT, caseworker(MOEWOE)))
                .when(new RecordHearingCommand(COMPLAINT, T0, caseworker(MOEWOE)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void an_ending_ends_every_wait() {
        fixture().givenCurrentTime(T0).andGivenCommands(file())
                .when(new WithdrawComplaintCommand(COMPLAINT, sealed("settled"), caseworker(MOEWOE)))
                .expectNoScheduledDeadlines();
        fixture().givenCurrentTime(T0).andGivenCommands(file(), registerOnDay2())
                .when(new ReferComplaintToCourtCommand(COMPLAINT, sealed("court"), caseworker(MOEWOE)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void the_limits_come_from_the_configured_sla() {
        fixture(new ComplaintSla(Duration.ofDays(3), Duration.ofDays(10))).givenCurrentTime(T0)
                .andGivenCommands(file()).when(registerOnDay2())
                .expectScheduledDeadlineWithName(Duration.ofDays(12), HEARING);
    }

    @Test
    void a_complaint_left_unregistered_escalates_once_when_the_seven_days_pass() {
        Instant due = T0.plus(Duration.ofDays(7));
        fixture().givenCurrentTime(T0).andGivenCommands(file())
                .whenTimeElapses(Duration.ofDays(8))
                .expectDeadlinesMet(new ComplaintDeadlinePassed(COMPLAINT, REGISTRATION, due))
                .expectEvents(escalated(REGISTRATION, due));
    }

    @Test
    void a_registered_complaint_without_a_hearing_escalates_when_the_thirty_days_pass() {
        Instant due = DAY_2.plus(Duration.ofDays(30));
        fixture().givenCurrentTime(T0).andGivenCommands(file(), registerOnDay2())
                .whenTimeElapses(Duration.ofDays(40))
                .expectEvents(escalated(FIRST_HEARING, due));
    }

    @Test
    void a_deadline_met_in_time_never_escalates() {
        fixture().givenCurrentTime(T0).andGivenCommands(file(), registerOnDay2(),
                        new NotifyRecruiterCommand(COMPLAINT, caseworker(MOEWOE)),
                        new RecordHearingCommand(COMPLAINT, T0, caseworker(MOEWOE)))
                .whenTimeElapses(Duration.ofDays(60))
                .expectNoEvents();
    }

    @Test
    void a_deadline_delivered_after_the_wait_ended_or_a_second_time_changes_nothing() {
        ComplaintState received = ComplaintState.NONE.evolve(filed());
        var registration = new ComplaintDeadlinePassed(COMPLAINT, REGISTRATION, T0.plus(Duration.ofDays(7)));
        assertThat(ComplaintDeadlines.escalation(registration, received)).isPresent();

        ComplaintState registered = received.evolve(new ComplaintRegisteredEvent(COMPLAINT, caseworker(MOEWOE)));
        assertThat(ComplaintDeadlines.escalation(registration, registered)).as("registered meanwhile").isEmpty();

        ComplaintState escalatedOnce = received.evolve(escalated(REGISTRATION, registration.dueAt()));
        assertThat(ComplaintDeadlines.escalation(registration, escalatedOnce)).as("delivered twice").isEmpty();

        ComplaintState withdrawn = received.evolve(new ComplaintWithdrawnEvent(COMPLAINT, sealed("w"), caseworker(MOEWOE)));
        assertThat(ComplaintDeadlines.escalation(registration, withdrawn)).as("ended").isEmpty();

        var hearing = new ComplaintDeadlinePassed(COMPLAINT, FIRST_HEARING, T0.plus(Duration.ofDays(37)));
        assertThat(ComplaintDeadlines.escalation(hearing, registered)).isPresent();
        assertThat(ComplaintDeadlines.escalation(hearing, registered
                .evolve(new RecruiterNotifiedEvent(COMPLAINT, caseworker(MOEWOE)))
                .evolve(new HearingHeldEvent(COMPLAINT, T0, caseworker(MOEWOE))))).as("heard meanwhile").isEmpty();
    }

    @Test
    void the_escalation_is_stamped_by_setu_at_the_due_time_so_a_replay_makes_the_same_event() {
        ComplaintState received = ComplaintState.NONE.evolve(filed());
        Instant due = T0.plus(Duration.ofDays(7));
        var passed = new ComplaintDeadlinePassed(COMPLAINT, REGISTRATION, due);
        ComplaintEvent event = ComplaintDeadlines.escalation(passed, received).orElseThrow();
        assertThat(event.stamp().actor()).isEqualTo(Actor.SETU);
        assertThat(event.stamp().at()).isEqualTo(due);
        assertThat(ComplaintDeadlines.escalation(passed, received)).contains(event);
    }
}
