package org.setu.infra.command;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.support.TestMongo;
import org.setu.infra.support.WriteModelNode;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.AcceptReferralCommand;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.ReferralAcceptedEvent;
import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.referral.RequestReferralCommand;
import org.setu.kernel.referral.Urgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.infra.support.Scenario.*;

/**
 * Nodes sharing a store (as every node on {@code MONGODB_URI} does) decide on the store's state, never on a copy of
 * their own: after node A loaded a case, a referral made on node B is accepted on node A. With a per-node aggregate
 * cache A would refuse it as unknown (no append is tried, so no conflict shows the staleness), and an SLA deadline
 * firing on A would find no referral to escalate.
 */
class NodesSharingAStoreTest {

    private final TestMongo mongo = TestMongo.start();
    private final WriteModelNode a = WriteModelNode.start(mongo.database(), mongo.durability(), false);
    private final WriteModelNode b = WriteModelNode.start(mongo.database(), mongo.durability(), false);

    @AfterEach
    void close() {
        a.close();
        b.close();
        mongo.close();
    }

    @Test
    void a_referral_made_on_one_node_is_accepted_on_the_other_after_that_one_loaded_the_case() {
        network().forEach(a.commands()::sendAndWait);
        CaseId caseId = new CaseId("case-shared-1");
        ReferralId referral = new ReferralId("ref-shared-1");
        a.commands().sendAndWait(openCase(caseId));
        b.commands().sendAndWait(new RequestReferralCommand(caseId, referral, IOM, ServiceType.REINTEGRATION,
                Urgency.NORMAL, null, as(MOEWOE, Role.CASEWORKER)));
        a.commands().sendAndWait(new AcceptReferralCommand(caseId, referral, as(IOM, Role.FOCAL_POINT)));

        assertThat(a.config().eventStore().readEvents(caseId.value()).asStream()
                .filter(e -> e.getPayload() instanceof ReferralAcceptedEvent)).hasSize(1);
    }
}
