package org.setu.infra.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import org.axonframework.serialization.Revision;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * A snapshot carries its aggregate's {@code @Revision}; one written with another revision is not read, even when it
 * would deserialize, and the case is rebuilt from its events. The stale snapshot here forgets the case's active
 * referral: read, it would let the case close.
 */
class SnapshotRevisionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestMongo mongo = TestMongo.start();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void every_aggregate_declares_the_revision_of_its_snapshots() {
        assertThat(CommandSideConfiguration.AGGREGATES).isNotEmpty().allSatisfy(type ->
                assertThat(type.getAnnotation(Revision.class)).as(type.getSimpleName() + " has a @Revision").isNotNull());
    }

    @Test
    void a_snapshot_written_with_an_older_revision_is_ignored_and_the_case_rebuilt_from_its_events() throws Exception {
        CaseId caseId = caseWithAnActiveReferralAndASnapshot("case-revision-1");
        forgetTheReferralsInTheSnapshot(caseId, "0");
        try (WriteModelNode fresh = WriteModelNode.start(mongo.database(), mongo.durability())) {
            assertThatThrownBy(() -> sendAndUnwrap(fresh, close(caseId))).isInstanceOf(SetuException.class)
                    .extracting("code").isEqualTo(ErrorCode.ACTIVE_REFERRALS);
        }
    }

    /** The control: the same doctored snapshot under the current revision is believed, so the test above can fail. */
    @Test
    void a_snapshot_of_the_current_revision_is_read_as_it_is() throws Exception {
        CaseId caseId = caseWithAnActiveReferralAndASnapshot("case-revision-2");
        String current = snapshots().find(new Document("_id", caseId.value())).first().getString("revision");
        assertThat(current).as("the snapshot carries the aggregate's revision").isEqualTo("1");
        forgetTheReferralsInTheSnapshot(caseId, current);
        try (WriteModelNode fresh = WriteModelNode.start(mongo.database(), mongo.durability())) {
            fresh.commands().sendAndWait(close(caseId));
        }
    }

    private CaseId caseWithAnActiveReferralAndASnapshot(String id) {
        CaseId caseId = new CaseId(id);
        try (WriteModelNode first = WriteModelNode.start(mongo.database(), mongo.durability())) {
            network().forEach(first.commands()::sendAndWait);
            first.commands().sendAndWait(openCase(caseId));
            first.commands().sendAndWait(new RequestReferralCommand(caseId, new ReferralId("ref-rev"), IOM,
                    ServiceType.REINTEGRATION, Urgency.NORMAL, null, as(MOEWOE, Role.CASEWORKER)));
            for (int i = 0; i < 105; i++) {
                first.commands().sendAndWait(new AddNoteCommand(caseId, new NoteId("note-" + i),
                        NoteVisibility.LEAD_AGENCY, sealed("n" + i), as(MOEWOE, Role.CASEWORKER)));
            }
        }
        return caseId;
    }

    /** Rewrites the stored snapshot as if written by another version of the aggregate that lost the referrals. */
    private void forgetTheReferralsInTheSnapshot(CaseId caseId, String revision) throws Exception {
        Document snapshot = snapshots().find(new Document("_id", caseId.value())).first();
        assertThat(snapshot).as("a snapshot was taken").isNotNull();
        ObjectNode payload = (ObjectNode) JSON.readTree(snapshot.getString("payload"));
        ((ObjectNode) payload.get("state")).putObject("referrals");
        Document changes = new Document("payload", JSON.writeValueAsString(payload)).append("revision", revision);
        assertThat(snapshots().updateOne(new Document("_id", caseId.value()), new Document("$set", changes))
                .getModifiedCount()).isEqualTo(1);
    }

    private MongoCollection<Document> snapshots() {
        return mongo.database().getCollection(SetuEventStorageEngine.SNAPSHOTS);
    }

    private static CloseCaseCommand close(CaseId caseId) {
        return new CloseCaseCommand(caseId, sealed("done"), as(MOEWOE, Role.CASEWORKER));
    }

    private static void sendAndUnwrap(WriteModelNode node, Object command) throws Throwable {
        try {
            node.commands().send(command).get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }
}
