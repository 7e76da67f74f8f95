package org.setu.infra.command;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.command.agency.Agency;
import org.setu.command.sharing.Agreement;
import org.setu.infra.support.TestMongo;
import org.setu.infra.support.WriteModelNode;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.SuspendAgencyCommand;
import org.setu.kernel.agency.UpdateAgencyCommand;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.SetuException;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.sharing.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.infra.support.Scenario.*;

/** Like the case (SnapshotRoundTripTest), an agency and an agreement load from their snapshots with their state. */
class AggregateSnapshotsTest {

    private final TestMongo mongo = TestMongo.start();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_fresh_node_loads_an_agency_from_its_snapshot_and_keeps_it_suspended() throws Exception {
        try (WriteModelNode first = WriteModelNode.start(mongo.database(), mongo.durability())) {
            network().forEach(first.commands()::sendAndWait);
            first.commands().sendAndWait(new SuspendAgencyCommand(NGO, "audit", as(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN)));
            for (int i = 0; i < 105; i++) {
                first.commands().sendAndWait(new UpdateAgencyCommand(NGO, "NGO A " + i, AgencyType.NGO, List.of(),
                        as(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN)));
            }
            assertThat(firstPayloadType(first, NGO.value())).isEqualTo(Agency.class);
        }
        try (WriteModelNode fresh = WriteModelNode.start(mongo.database(), mongo.durability())) {
            assertThatThrownBy(() -> sendAndUnwrap(fresh, new SuspendAgencyCommand(NGO, "again",
                    as(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN)))).isInstanceOf(SetuException.class)
                    .extracting("code").isEqualTo(ErrorCode.AGENCY_ALREADY_SUSPENDED);
        }
    }

    @Test
    void a_fresh_node_loads_an_agreement_from_its_snapshot_and_keeps_it_revoked() throws Exception {
        AgreementId id = new AgreementId("A-snapshot-1");
        Instant now = Instant.now();
        var terms = new AgreementTerms(Set.of("*"), Set.of(CaseCategory.RETURN_REINTEGRATION), Set.of(),
                IdentifierPolicy.PSEUDONYMOUS, now, now.plusSeconds(86400));
        try (WriteModelNode first = WriteModelNode.start(mongo.database(), mongo.durability())) {
            first.commands().sendAndWait(new CreateAgreementCommand(id, "research-1", terms, admin()));
            for (int i = 0; i < 105; i++) {
                first.commands().sendAndWait(new AmendAgreementCommand(id, terms, "amendment " + i, admin()));
            }
            first.commands().sendAndWait(new RevokeAgreementCommand(id, "ended", admin()));
            assertThat(firstPayloadType(first, id.value())).isEqualTo(Agreement.class);
        }
        try (WriteModelNode fresh = WriteModelNode.start(mongo.database(), mongo.durability())) {
            assertThatThrownBy(() -> sendAndUnwrap(fresh, new AmendAgreementCommand(id, terms, "late", admin())))
                    .isInstanceOf(SetuException.class).extracting("code").isEqualTo(ErrorCode.AGREEMENT_REVOKED);
        }
    }

    private static Stamp admin() {
        return as(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN);
    }

    private static Class<?> firstPayloadType(WriteModelNode node, String aggregateId) {
        return node.config().eventStore().readEvents(aggregateId).asStream().findFirst().orElseThrow().getPayloadType();
    }

    private static void sendAndUnwrap(WriteModelNode node, Object command) throws Throwable {
        try {
            node.commands().send(command).get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }
}
