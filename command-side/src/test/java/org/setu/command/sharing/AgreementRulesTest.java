package org.setu.command.sharing;

import org.junit.jupiter.api.Test;
import org.setu.command.common.EveryEventType;
import org.setu.kernel.common.*;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.sharing.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An agreement's evolve and decide as plain functions; evolution covers every permitted event type. */
class AgreementRulesTest {

    private static final AgreementId ID = new AgreementId("A-research-1");
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final Stamp ADMIN = new Stamp(new CommandId("c-1"),
            new Actor(new StaffId("s"), AgencyId.SECRETARIAT, Set.of(Role.SECRETARIAT_ADMIN)), T);
    private static final AgreementTerms TERMS = new AgreementTerms(Set.of("*"), Set.of(CaseCategory.RETURN_REINTEGRATION),
            Set.of(), IdentifierPolicy.PSEUDONYMOUS, T, T.plusSeconds(86400 * 365));
    private static final AgreementCreatedEvent CREATED = new AgreementCreatedEvent(ID, "research-1", TERMS, ADMIN);
    private static final AgreementState IN_FORCE = AgreementState.NONE.evolve(CREATED);

    private static final List<AgreementEvent> SAMPLES = List.of(
            CREATED,
            new AgreementAmendedEvent(ID, TERMS, "extend", ADMIN),
            new AgreementRevokedEvent(ID, "ended", ADMIN)
    );

    @Test
    void every_permitted_agreement_event_type_evolves_the_state_and_is_remembered_for_retries() {
        EveryEventType.evolves(AgreementEvent.class, AgreementState.EVOLUTION, SAMPLES, IN_FORCE);
    }

    @Test
    void a_revoked_agreement_takes_no_amendment() {
        AgreementState revoked = IN_FORCE.evolve(new AgreementRevokedEvent(ID, "ended", ADMIN));
        assertThat(revoked.revoked()).isTrue();
        assertThatThrownBy(() -> AgreementRules.decide(new AmendAgreementCommand(ID, TERMS, "extend", ADMIN), revoked))
                .extracting("code").isEqualTo(ErrorCode.AGREEMENT_REVOKED);
    }

    @Test
    void an_agreement_in_force_is_amended() {
        assertThat(AgreementRules.decide(new AmendAgreementCommand(ID, TERMS, "extend", ADMIN), IN_FORCE))
                .isEqualTo(new AgreementAmendedEvent(ID, TERMS, "extend", ADMIN));
    }
}
