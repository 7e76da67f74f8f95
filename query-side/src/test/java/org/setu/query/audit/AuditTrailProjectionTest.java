package org.setu.query.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.kernel.audit.AuditEntry;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.CaseClosedEvent;
import org.setu.kernel.referral.CaseId;
import org.setu.query.common.NumberedThrough;
import org.setu.query.common.WireMongo;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trail's three writes per entry (entry, event marker, head) against the wire server, a crash between them, and
 * which events have their marker looked up: those the head may have passed (NumberedThrough).
 */
class AuditTrailProjectionTest {

    private final WireMongo mongo = new WireMongo();
    private final AuditTrailProjection trail = new AuditTrailProjection(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    private static EventMessage<?> closed(String caseId) {
        Stamp stamp = new Stamp(new CommandId("c-" + caseId), new Actor(new StaffId("s"), new AgencyId("moewoe"),
                Set.of(Role.CASEWORKER)), Instant.parse("2026-04-01T10:00:00Z"));
        return GenericEventMessage.asEventMessage(new CaseClosedEvent(new CaseId(caseId), new Sealed("v1:reason"), stamp));
    }

    private void deliver(EventMessage<?> message) {
        trail.on(message.getPayload(), message);
    }

    /** The event as a tracking processor hands it over: with its position in the log. */
    private static EventMessage<?> at(long position, EventMessage<?> message) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position), message);
    }

    private long markerLookUps() {
        return mongo.finds(AuditTrailProjection.BY_EVENT);
    }

    @Test
    void events_read_in_log_order_are_numbered_without_looking_up_their_markers() {
        deliver(at(10, closed("C-0001")));
        deliver(at(11, closed("C-0002")));
        deliver(at(12, closed("C-0003")));

        assertThat(trail.head().entries()).isEqualTo(3);
        assertThat(AuditChain.check(trail.entry(3), 3, trail.entry(2).hash())).isNull();
        assertThat(markerLookUps()).isZero();
    }

    @Test
    void a_redelivered_event_the_head_passed_is_looked_up_and_adds_nothing() {
        EventMessage<?> first = at(10, closed("C-0001"));
        deliver(first);
        deliver(at(11, closed("C-0002")));
        deliver(first);

        assertThat(trail.head().entries()).isEqualTo(2);
        assertThat(trail.storedEntries()).isEqualTo(2);
        assertThat(markerLookUps()).isEqualTo(1);
    }

    @Test
    void a_crash_before_the_head_moved_is_finished_by_the_redelivery_past_the_head() {
        EventMessage<?> first = at(10, closed("C-0001"));
        EventMessage<?> second = at(11, closed("C-0002"));
        deliver(first);
        deliver(second);
        // Entry 2 and its marker stored, the head still at entry 1 and its event's position.
        mongo.database().getCollection(AuditTrailProjection.HEAD).replaceOne(new Document("_id", "head"),
                new Document("_id", "head").append("seq", 1L).append("hash", trail.entry(1).hash())
                        .append(NumberedThrough.FIELD, 10L));

        deliver(second);
        assertThat(trail.head()).isEqualTo(new AuditTrailProjection.Head(2, trail.entry(2).hash()));
        deliver(at(12, closed("C-0003")));
        assertThat(trail.storedEntries()).isEqualTo(3);
        assertThat(AuditChain.check(trail.entry(3), 3, trail.entry(2).hash())).isNull();
    }

    @Test
    void a_dead_letter_retried_after_later_events_is_appended_and_a_later_redelivery_stays_single() {
        EventMessage<?> later = at(12, closed("C-0003"));
        deliver(at(10, closed("C-0001")));
        deliver(later); // the event at 11 failed and waits in the dead-letter queue
        deliver(at(11, closed("C-0002"))); // retried: behind the head's position, so looked up, and new

        assertThat(trail.storedEntries()).isEqualTo(3);
        assertThat(trail.entry(3).caseId()).isEqualTo("C-0002");
        deliver(later); // the head's position stayed at 12: still known as numbered
        assertThat(trail.storedEntries()).isEqualTo(3);
        assertThat(trail.head().entries()).isEqualTo(3);
    }

    @Test
    void a_head_written_before_positions_were_kept_has_every_event_looked_up_until_it_moves() {
        EventMessage<?> first = at(10, closed("C-0001"));
        deliver(first);
        mongo.database().getCollection(AuditTrailProjection.HEAD).replaceOne(new Document("_id", "head"),
                new Document("_id", "head").append("seq", 1L).append("hash", trail.entry(1).hash()));

        deliver(first);
        assertThat(trail.storedEntries()).isEqualTo(1);
        deliver(at(11, closed("C-0002")));
        deliver(at(12, closed("C-0003")));
        assertThat(trail.storedEntries()).isEqualTo(3);
        assertThat(markerLookUps()).isEqualTo(2);
    }

    @Test
    void a_crash_after_the_entry_but_before_the_head_moved_is_finished_by_the_redelivery_and_the_chain_goes_on() {
        EventMessage<?> first = closed("C-0001");
        EventMessage<?> second = closed("C-0002");
        deliver(first);
        deliver(second);
        // As a kill -9 (or an online backup's copy) leaves it: entry 2 and its marker stored, the head still at 1.
        AuditEntry one = trail.entry(1);
        mongo.database().getCollection(AuditTrailProjection.HEAD).replaceOne(new Document("_id", "head"),
                new Document("_id", "head").append("seq", 1L).append("hash", one.hash()));

        deliver(second); // the token had not moved: the event comes again
        assertThat(trail.head()).isEqualTo(new AuditTrailProjection.Head(2, trail.entry(2).hash()));

        deliver(closed("C-0003"));
        assertThat(trail.head().entries()).isEqualTo(3);
        assertThat(AuditChain.check(trail.entry(3), 3, trail.entry(2).hash())).isNull();
        assertThat(trail.storedEntries()).isEqualTo(3);
    }

    @Test
    void a_redelivered_event_whose_head_moved_adds_nothing() {
        EventMessage<?> first = closed("C-0001");
        deliver(first);
        deliver(closed("C-0002"));
        deliver(first);
        assertThat(trail.head().entries()).isEqualTo(2);
        assertThat(trail.storedEntries()).isEqualTo(2);
    }

    private void deliverInOneBatch(List<EventMessage<?>> messages) {
        new BatchingUnitOfWork<>(messages).execute(() -> {
            EventMessage<?> message = (EventMessage<?>) CurrentUnitOfWork.get().getMessage();
            trail.on(message.getPayload(), message);
        });
    }

    @Test
    void a_batch_of_events_is_one_insert_of_entries_one_of_markers_and_one_head_write() {
        deliverInOneBatch(List.of(at(10, closed("C-0001")), at(11, closed("C-0002")), at(12, closed("C-0003"))));

        assertThat(mongo.writes()).containsExactly("insert " + AuditTrailProjection.ENTRIES,
                "insert " + AuditTrailProjection.BY_EVENT, "update " + AuditTrailProjection.HEAD);
        assertThat(trail.head()).isEqualTo(new AuditTrailProjection.Head(3, trail.entry(3).hash()));
        assertThat(AuditChain.check(trail.entry(1), 1, AuditChain.GENESIS)).isNull();
        assertThat(AuditChain.check(trail.entry(2), 2, trail.entry(1).hash())).isNull();
        assertThat(AuditChain.check(trail.entry(3), 3, trail.entry(2).hash())).isNull();
    }

    @Test
    void an_entry_a_crash_left_is_taken_up_by_the_batch_that_redelivers_its_event_and_the_chain_goes_on() {
        EventMessage<?> second = at(11, closed("C-0002"));
        deliver(at(10, closed("C-0001")));
        deliver(second);
        // As a kill -9 leaves it between the entry and its marker: entry 2 stored, no marker, the head at entry 1.
        mongo.database().getCollection(AuditTrailProjection.BY_EVENT).deleteOne(
                new Document("_id", second.getIdentifier()));
        mongo.database().getCollection(AuditTrailProjection.HEAD).replaceOne(new Document("_id", "head"),
                new Document("_id", "head").append("seq", 1L).append("hash", trail.entry(1).hash())
                        .append(NumberedThrough.FIELD, 10L));

        deliverInOneBatch(List.of(second, at(12, closed("C-0003"))));

        assertThat(trail.storedEntries()).isEqualTo(3);
        assertThat(trail.head()).isEqualTo(new AuditTrailProjection.Head(3, trail.entry(3).hash()));
        assertThat(AuditChain.check(trail.entry(3), 3, trail.entry(2).hash())).isNull();
    }
}
