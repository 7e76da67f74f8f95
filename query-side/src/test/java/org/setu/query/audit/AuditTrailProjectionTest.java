package org.setu.query.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
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
import org.setu.query.common.WireMongo;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The trail's three writes per entry (entry, event marker, head) against the wire server, and a crash between them. */
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
}
