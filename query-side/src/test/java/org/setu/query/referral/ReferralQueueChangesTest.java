package org.setu.query.referral;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.query.FindReferralQueueChangesQuery;
import org.setu.kernel.query.ReferralQueueChanges;
import org.setu.kernel.query.ReferralQueueItemView;
import org.setu.kernel.referral.*;
import org.setu.query.common.Generations;
import org.setu.query.common.WireMongo;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a live stream on another node polls: the rows of an agency's referrals changed after a log position, in the
 * order of their changes, each row carrying the position of the event that changed it last.
 */
class ReferralQueueChangesTest {

    private static final AgencyId MOE = new AgencyId("moewoe");
    private static final AgencyId IOM = new AgencyId("iom-bd");
    private static final AgencyId BRAC = new AgencyId("brac-mp");
    private static final Instant T = Instant.parse("2026-06-01T00:00:00Z");
    private static final CaseId CASE = new CaseId("case-0001");
    private static final ReferralId TO_IOM = new ReferralId("ref-iom");
    private static final ReferralId TO_BRAC = new ReferralId("ref-brac");

    private final WireMongo mongo = new WireMongo();
    private final ReferralQueueProjection queues = new ReferralQueueProjection(new Generations(mongo.database()),
            SimpleQueryUpdateEmitter.builder().build(), false);

    @AfterEach
    void close() {
        mongo.close();
    }

    private static Stamp stamp(AgencyId agency) {
        return new Stamp(new CommandId("c" + System.nanoTime()), new Actor(new StaffId("s"), agency,
                Set.of(Role.FOCAL_POINT)), T);
    }

    /** Handles an event as the tracking processor does: in a unit of work of the event tracked at its position. */
    private static void at(long position, Object event, Runnable handler) {
        var tracked = new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage(event));
        DefaultUnitOfWork.startAndGet(tracked).execute(handler);
    }

    /** Handles an event as Axon retries a dead letter: its own tracked message, the dead letter in the unit of work. */
    private static void retried(long position, Object event, Runnable handler) {
        var tracked = new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage(event));
        var unitOfWork = DefaultUnitOfWork.startAndGet(tracked);
        unitOfWork.resources().put(DeadLetter.class.getName(), new GenericDeadLetter<>(CASE.value(), tracked));
        unitOfWork.execute(handler);
    }

    private void requested(long position, ReferralId referral, AgencyId to) {
        var event = new ReferralRequestedEvent(CASE, referral, MOE, to, ServiceType.SHELTER, Urgency.NORMAL, null, T,
                stamp(MOE));
        at(position, event, () -> queues.on(event, 1, T));
    }

    private void accepted(long position, ReferralId referral, long seq) {
        var event = new ReferralAcceptedEvent(CASE, referral, T.plusSeconds(86_400), stamp(IOM));
        at(position, event, () -> queues.on(event, seq));
    }

    private ReferralQueueChanges changes(AgencyId agency, Long after) {
        return queues.handle(new FindReferralQueueChangesQuery(agency, after));
    }

    @Test
    void an_agency_polls_the_changes_to_its_referrals_after_a_position_oldest_first() {
        requested(10, TO_IOM, IOM);
        requested(11, TO_BRAC, BRAC);
        accepted(12, TO_IOM, 2);
        assertThat(changes(IOM, 10L).items()).extracting(ReferralQueueItemView::status)
                .containsExactly(ReferralStatus.ACCEPTED);
        assertThat(changes(IOM, 10L).through()).isEqualTo(12);
        assertThat(changes(BRAC, 10L).items()).extracting(ReferralQueueItemView::referralId).containsExactly(TO_BRAC);
        assertThat(changes(MOE, 9L).items()).as("the referring agency's outgoing rows, in the order they changed")
                .extracting(ReferralQueueItemView::referralId).containsExactly(TO_BRAC, TO_IOM);
    }

    @Test
    void with_nothing_new_the_poll_stays_where_it_was() {
        requested(10, TO_IOM, IOM);
        assertThat(changes(IOM, 10L).items()).isEmpty();
        assertThat(changes(IOM, 10L).through()).isEqualTo(10);
    }

    @Test
    void a_stream_starts_from_where_the_agencys_rows_stand() {
        assertThat(changes(IOM, null).through()).as("no rows yet").isEqualTo(-1);
        requested(10, TO_IOM, IOM);
        requested(11, TO_BRAC, BRAC);
        assertThat(changes(IOM, null).through()).isEqualTo(10);
        assertThat(changes(IOM, null).items()).isEmpty();
    }

    @Test
    void a_dead_letter_retried_after_later_changes_is_stored_past_them_and_polls_that_passed_its_position_see_it() {
        requested(10, TO_IOM, IOM);
        requested(11, TO_BRAC, BRAC);
        // The acceptance at position 12 failed in the handler and waited as a dead letter; 13 was handled meanwhile.
        accepted(13, TO_BRAC, 2);
        long referringCursor = changes(MOE, 11L).through();
        assertThat(referringCursor).isEqualTo(13);
        var acceptance = new ReferralAcceptedEvent(CASE, TO_IOM, T.plusSeconds(86_400), stamp(IOM));
        retried(12, acceptance, () -> queues.on(acceptance, 2));

        ReferralQueueChanges referring = changes(MOE, referringCursor);
        assertThat(referring.items()).as("the referring agency's stream had polled past 12")
                .extracting(ReferralQueueItemView::referralId).containsExactly(TO_IOM);
        assertThat(referring.through()).isGreaterThan(13);
        assertThat(changes(IOM, 10L).items()).extracting(ReferralQueueItemView::status)
                .containsExactly(ReferralStatus.ACCEPTED);
    }

    @Test
    void a_dead_letter_retried_when_nothing_came_after_it_keeps_its_own_position() {
        requested(10, TO_IOM, IOM);
        var acceptance = new ReferralAcceptedEvent(CASE, TO_IOM, T.plusSeconds(86_400), stamp(IOM));
        retried(12, acceptance, () -> queues.on(acceptance, 2));
        assertThat(changes(IOM, 10L).through()).isEqualTo(12);
    }
}
