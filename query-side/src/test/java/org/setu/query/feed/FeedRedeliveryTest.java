package org.setu.query.feed;

import com.mongodb.MongoWriteException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseFacts;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.CaseOpenedEvent;
import org.setu.kernel.referral.Consent;
import org.setu.kernel.referral.MigrationStage;
import org.setu.kernel.sharing.FeedEntry;
import org.setu.kernel.sharing.FindFeedQuery;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.Generations;
import org.setu.query.common.WireMongo;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An entry numbered by an event whose handling stopped before the feed's head moved (a crash, or a backup copied at
 * that instant) stays in the feed when the event is delivered again: the next event takes the next number. Markers
 * are looked up only for events the head may have passed (NumberedThrough).
 */
class FeedRedeliveryTest {

    private static final AgencyId MOE = new AgencyId("moewoe");
    private static final Instant T = Instant.parse("2026-05-01T00:00:00Z");
    private final WireMongo mongo = new WireMongo();
    private final Generations generations = new Generations(mongo.database());
    private final FeedProjection feed = new FeedProjection(generations);

    @AfterEach
    void close() {
        mongo.close();
    }

    private static EventMessage<CaseOpenedEvent> opened(String caseId) {
        return GenericEventMessage.asEventMessage(new CaseOpenedEvent(new CaseId(caseId), MOE,
                new CaseFacts(CaseCategory.TRAFFICKING, MigrationStage.RETURN, null, null, "Dhaka", Set.of()),
                new Sealed("v1:subject"), Consent.NONE,
                new Stamp(new CommandId("c-" + caseId), new Actor(new StaffId("s"), MOE, Set.of(Role.CASEWORKER)), T)));
    }

    @Test
    void an_event_numbered_before_the_head_moved_keeps_its_entry_when_redelivered() {
        var head = generations.forWrite(ProcessingGroups.PARTNER_FEED, FeedProjection.HEAD);
        // A head write that fails once, as if the process died right there.
        Runnable recover = WireMongo.failWritesOf(head, "position", 1L);
        var first = opened("case-1");

        assertThatThrownBy(() -> feed.on(first.getPayload(), first)).isInstanceOf(MongoWriteException.class);
        recover.run();
        feed.on(first.getPayload(), first);
        var second = opened("case-2");
        feed.on(second.getPayload(), second);

        assertThat(feed.handle(new FindFeedQuery(0, 10)).entries()).extracting(FeedEntry::eventId)
                .containsExactly(first.getIdentifier(), second.getIdentifier());
    }

    /** The event as a tracking processor hands it over: with its position in the log. */
    private static EventMessage<CaseOpenedEvent> at(long position, EventMessage<CaseOpenedEvent> message) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position), message);
    }

    private long finds(String collection) {
        return mongo.finds(generations.forWrite(ProcessingGroups.PARTNER_FEED, collection).getNamespace()
                .getCollectionName());
    }

    private void deliver(EventMessage<CaseOpenedEvent> message) {
        feed.on(message.getPayload(), message);
    }

    @Test
    void openings_read_in_log_order_are_numbered_without_reading_markers_or_the_facts_they_just_told() {
        deliver(at(10, opened("case-1")));
        deliver(at(11, opened("case-2")));

        assertThat(feed.handle(new FindFeedQuery(0, 10)).entries()).extracting(FeedEntry::caseId)
                .containsExactly("case-1", "case-2");
        assertThat(finds(FeedProjection.BY_EVENT)).isZero();
        assertThat(finds(FeedProjection.CASES)).isZero();
    }

    @Test
    void a_dead_letter_retried_after_later_events_takes_the_next_number_and_a_later_redelivery_adds_nothing() {
        var later = at(12, opened("case-3"));
        deliver(at(10, opened("case-1")));
        deliver(later); // the event at 11 failed and waits in the dead-letter queue
        deliver(at(11, opened("case-2")));
        deliver(later);

        assertThat(feed.handle(new FindFeedQuery(0, 10)).entries()).extracting(FeedEntry::caseId)
                .containsExactly("case-1", "case-3", "case-2");
    }

    @Test
    void a_crash_before_the_head_moved_keeps_the_entry_when_the_event_comes_again_past_the_head() {
        var head = generations.forWrite(ProcessingGroups.PARTNER_FEED, FeedProjection.HEAD);
        Runnable recover = WireMongo.failWritesOf(head, "position", 2L);
        var second = at(11, opened("case-2"));
        deliver(at(10, opened("case-1")));

        assertThatThrownBy(() -> deliver(second)).isInstanceOf(MongoWriteException.class);
        recover.run();
        deliver(second);
        deliver(at(12, opened("case-3")));

        assertThat(feed.handle(new FindFeedQuery(0, 10)).entries()).extracting(FeedEntry::caseId)
                .containsExactly("case-1", "case-2", "case-3");
    }

    @Test
    void a_writer_with_a_stale_head_is_refused_instead_of_taking_another_events_number() {
        var first = at(10, opened("case-1"));
        deliver(first);
        // A node that paused past its claim and still holds the head from before another node numbered the event.
        generations.forWrite(ProcessingGroups.PARTNER_FEED, FeedProjection.HEAD).replaceOne(
                new Document("_id", "head"), new Document("_id", "head").append("position", 0L));

        assertThatThrownBy(() -> deliver(at(11, opened("case-2")))).isInstanceOf(MongoWriteException.class);
        assertThat(generations.forWrite(ProcessingGroups.PARTNER_FEED, FeedProjection.ENTRIES)
                .find(new Document("_id", 1L)).first().getString("eventId")).isEqualTo(first.getIdentifier());
    }
}
