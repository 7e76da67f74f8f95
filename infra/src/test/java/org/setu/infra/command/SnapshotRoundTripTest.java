package org.setu.infra.command;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.command.referral.ReferralCase;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.setu.infra.support.TestMongo;
import org.setu.infra.support.WriteModelNode;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.SetuException;
import org.setu.kernel.referral.*;

import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.infra.support.Scenario.*;

/**
 * A case with more than 100 events is snapshotted; a node that has never seen it (empty cache) loads it from the
 * snapshot and still enforces the rules that depend on its state.
 */
class SnapshotRoundTripTest {

    private final TestMongo mongo = TestMongo.start();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_fresh_node_loads_the_snapshot_and_keeps_the_rules() {
        CaseId caseId = new CaseId("case-snapshot-1");
        try (WriteModelNode first = WriteModelNode.start(mongo.database(), mongo.durability())) {
            network().forEach(first.commands()::sendAndWait);
            first.commands().sendAndWait(openCase(caseId));
            first.commands().sendAndWait(new RequestReferralCommand(caseId, new ReferralId("ref-snap"), IOM,
                    ServiceType.REINTEGRATION, Urgency.NORMAL, null, as(MOEWOE, Role.CASEWORKER)));
            for (int i = 0; i < 110; i++) {
                first.commands().sendAndWait(new AddNoteCommand(caseId, new NoteId("note-" + i),
                        NoteVisibility.LEAD_AGENCY, sealed("n" + i), as(MOEWOE, Role.CASEWORKER)));
            }
            var snapshot = first.config().eventStore().readEvents(caseId.value()).asStream().findFirst().orElseThrow();
            assertThat(snapshot.getPayloadType()).as("the stream starts with a snapshot").isEqualTo(ReferralCase.class);
            assertThat(snapshot.getSequenceNumber()).as("taken at the 100th event or later").isGreaterThanOrEqualTo(99);
        }
        try (WriteModelNode fresh = WriteModelNode.start(mongo.database(), mongo.durability())) {
            // The active referral (state from before the snapshot) still blocks closing, and a duplicate referral.
            assertThatThrownBy(() -> sendAndUnwrap(fresh, new CloseCaseCommand(caseId, sealed("done"),
                    as(MOEWOE, Role.CASEWORKER)))).isInstanceOf(SetuException.class)
                    .extracting("code").isEqualTo(ErrorCode.ACTIVE_REFERRALS);
            assertThatThrownBy(() -> sendAndUnwrap(fresh, new RequestReferralCommand(caseId, new ReferralId("ref-snap-2"),
                    IOM, ServiceType.REINTEGRATION, Urgency.NORMAL, null, as(MOEWOE, Role.CASEWORKER))))
                    .isInstanceOf(SetuException.class).extracting("code").isEqualTo(ErrorCode.DUPLICATE_ACTIVE_REFERRAL);
            fresh.commands().sendAndWait(new AddNoteCommand(caseId, new NoteId("note-after"),
                    NoteVisibility.LEAD_AGENCY, sealed("after"), as(MOEWOE, Role.CASEWORKER)));
        }
    }

    @Test
    void a_snapshot_that_no_longer_reads_is_skipped_and_the_case_rebuilt_from_its_events() throws Throwable {
        CaseId caseId = new CaseId("case-snapshot-2");
        try (WriteModelNode first = WriteModelNode.start(mongo.database(), mongo.durability())) {
            network().forEach(first.commands()::sendAndWait);
            first.commands().sendAndWait(openCase(caseId));
            for (int i = 0; i < 105; i++) {
                first.commands().sendAndWait(new AddNoteCommand(caseId, new NoteId("note-" + i),
                        NoteVisibility.LEAD_AGENCY, sealed("n" + i), as(MOEWOE, Role.CASEWORKER)));
            }
        }
        var snapshots = mongo.database().getCollection(SetuEventStorageEngine.SNAPSHOTS);
        assertThat(snapshots.updateOne(new Document("_id", caseId.value()), new Document("$set",
                new Document("payload", "{\"referrals\": 42}"))).getModifiedCount()).isEqualTo(1);
        try (WriteModelNode fresh = WriteModelNode.start(mongo.database(), mongo.durability())) {
            fresh.commands().sendAndWait(new CloseCaseCommand(caseId, sealed("done"), as(MOEWOE, Role.CASEWORKER)));
            assertThatThrownBy(() -> sendAndUnwrap(fresh, new CloseCaseCommand(caseId, sealed("again"),
                    as(MOEWOE, Role.CASEWORKER)))).isInstanceOf(SetuException.class)
                    .extracting("code").isEqualTo(ErrorCode.CASE_CLOSED);
        }
    }

    private static void sendAndUnwrap(WriteModelNode node, Object command) throws Throwable {
        try {
            node.commands().send(command).get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }
}
