package org.setu.query.feed;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
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
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    FeedRedeliveryTest() {
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    private static EventMessage<CaseOpenedEvent> opened(String caseId) {
        return GenericEventMessage.asEventMessage(new CaseOpenedEvent(new CaseId(caseId), MOE,
                new CaseFacts(CaseCategory.TRAFFICKING, MigrationStage.RETURN, null, null, "Dhaka", Set.of()),
                new Sealed("v1:subject"), Consent.NONE,
                new Stamp(new CommandId("c-" + caseId), new Actor(new StaffId("s"), MOE, Set.of(Role.CASEWORKER)), T)));
    }

    @Test
    void an_event_numbered_before_the_head_moved_keeps_its_entry_when_redelivered() {
        var generations = new Generations(client.getDatabase("test"));
        var feed = new FeedProjection(generations);
        var head = generations.forWrite(ProcessingGroups.PARTNER_FEED, FeedProjection.HEAD);
        // A head write that fails once, as if the process died right there.
        head.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true));
        head.insertOne(new Document("_id", "blocker").append("position", 1L));
        var first = opened("case-1");

        assertThatThrownBy(() -> feed.on(first.getPayload(), first)).isInstanceOf(MongoWriteException.class);
        head.deleteOne(new Document("_id", "blocker"));
        feed.on(first.getPayload(), first);
        var second = opened("case-2");
        feed.on(second.getPayload(), second);

        assertThat(feed.handle(new FindFeedQuery(0, 10)).entries()).extracting(FeedEntry::eventId)
                .containsExactly(first.getIdentifier(), second.getIdentifier());
    }
}
