package org.setu.query.referral;

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
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.query.FindReferralQueueQuery.Direction;
import org.setu.kernel.query.FindReferralQueueQuery;
import org.setu.kernel.referral.*;
import org.setu.query.common.Generations;
import org.setu.query.common.WireMongo;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Work queues from memory and from the database agree, including "pending my action" and overdue; redelivery is harmless. */
class ReferralQueueListsTest {

    private final WireMongo mongo = new WireMongo();
    private final ReferralQueueProjection inMemory;
    private final ReferralQueueProjection fromDatabase;
    private static final AgencyId MOE = new AgencyId("moewoe");
    private static final AgencyId IOM = new AgencyId("iom-bd");
    private static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    ReferralQueueListsTest() {
        var generations = new Generations(mongo.database());
        var emitter = SimpleQueryUpdateEmitter.builder().build();
        inMemory = new ReferralQueueProjection(generations, emitter, true);
        fromDatabase = new ReferralQueueProjection(generations, emitter, false);
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    private static Stamp stamp(AgencyId agency) {
        return new Stamp(new CommandId("c" + System.nanoTime()), new Actor(new StaffId("s"), agency, Set.of(Role.FOCAL_POINT)), T);
    }

    @Test
    void memory_and_database_agree_and_redelivery_changes_nothing() {
        for (int i = 0; i < 24; i++) {
            CaseId caseId = new CaseId("case-" + String.format("%04d", i));
            ReferralId ref = new ReferralId("ref-" + String.format("%04d", i));
            for (int delivery = 0; delivery < 2; delivery++) {
                inMemory.on(new ReferralRequestedEvent(caseId, ref, MOE, IOM, ServiceType.SHELTER, Urgency.NORMAL, null, T,
                        stamp(MOE)), 1, T.plusSeconds(i));
                if (i % 3 == 0) {
                    inMemory.on(new ReferralDeclinedEvent(caseId, ref, DeclineReason.OTHER, new Sealed("v1:" + "no"), stamp(IOM)), 2);
                }
                if (i % 3 == 1) {
                    inMemory.on(new ReferralEscalatedEvent(caseId, ref, SlaDeadline.DECISION, T, MOE, IOM), 2);
                }
            }
        }
        for (Direction direction : Direction.values()) {
            for (AgencyId agency : new AgencyId[]{MOE, IOM}) {
                for (Boolean overdue : new Boolean[]{null, true, false}) {
                    for (boolean pending : new boolean[]{false, true}) {
                        for (int page = 0; page < 3; page++) {
                            var query = new FindReferralQueueQuery(agency, direction, null, overdue, pending, page, 5);
                            assertThat(inMemory.handle(query)).as(query.toString()).isEqualTo(fromDatabase.handle(query));
                        }
                    }
                }
            }
        }
        assertThat(inMemory.handle(new FindReferralQueueQuery(IOM, Direction.INCOMING, null, null, true, 0, 100)).total())
                .isEqualTo(16);
        assertThat(inMemory.handle(new FindReferralQueueQuery(IOM, Direction.INCOMING, null, true, false, 0, 100)).total())
                .isEqualTo(8);
        assertThat(inMemory.handle(new FindReferralQueueQuery(MOE, Direction.OUTGOING, null, null, true, 0, 100)).total()).isZero();
    }

    @Test
    void a_referral_that_moves_on_after_its_escalation_is_no_longer_overdue_in_memory_and_in_the_database() {
        CaseId caseId = new CaseId("case-moved");
        ReferralId ref = new ReferralId("ref-moved");
        inMemory.on(new ReferralRequestedEvent(caseId, ref, MOE, IOM, ServiceType.SHELTER, Urgency.NORMAL, null, T,
                stamp(MOE)), 1, T);
        inMemory.on(new ReferralEscalatedEvent(caseId, ref, SlaDeadline.DECISION, T, MOE, IOM), 2);
        assertThat(overdue(inMemory)).isEqualTo(1);
        assertThat(overdue(fromDatabase)).isEqualTo(1);
        inMemory.on(new ReferralAcceptedEvent(caseId, ref, T.plusSeconds(3600), stamp(IOM)), 3);
        inMemory.on(new ReferralEscalatedEvent(caseId, ref, SlaDeadline.DECISION, T, MOE, IOM), 2); // redelivered
        assertThat(overdue(inMemory)).as("moved on, and the older event not applied again").isZero();
        assertThat(overdue(fromDatabase)).isZero();
    }

    private static long overdue(ReferralQueueProjection queue) {
        return queue.handle(new FindReferralQueueQuery(IOM, Direction.INCOMING, null, true, false, 0, 100)).total();
    }
}
