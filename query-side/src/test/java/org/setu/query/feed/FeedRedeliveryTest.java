package org.setu.query.feed;

import com.mongodb.MongoWriteException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
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
 * that instant) stays in the feed when the event is delivered again: the next event takes the next number.
 */
class FeedRedeliveryTest {

    private static final AgencyId MOE = new AgencyId("moewoe");
    private static final Instant T = Instant.parse("2026-05-01T00:00:00Z");
    private final WireMongo mongo = new WireMongo();

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
        var generations = new Generations(mongo.database());
        var feed = new FeedProjection(generations);
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
}
