package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.referral.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.command.referral.Cases.*;

/** {@link CaseState#evolve} as a plain function: what each fact changes, with no Axon in sight. */
class CaseStateTest {

    private static CaseState given(CaseEvent... events) {
        CaseState state = CaseState.NONE;
        for (CaseEvent event : events) {
            state = state.evolve(event);
        }
        return state;
    }

    @Test
    void an_opened_case_is_led_by_the_opening_agency() {
        CaseState state = given(opened());
        assertThat(state.exists()).isTrue();
        assertThat(state.lead()).isEqualTo(MOEWOE);
        assertThat(state.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(state.consent()).isEqualTo(CONSENT);
    }

    @Test
    void evolving_returns_a_new_state_and_leaves_the_old_one_as_it_was() {
        CaseState open = given(opened());
        CaseState closed = open.evolve(new CaseClosedEvent(CASE, sealed("done"), caseworker(MOEWOE)));
        assertThat(closed.isClosed()).isTrue();
        assertThat(open.isClosed()).isFalse();
    }

    @Test
    void withdrawing_consent_clears_the_overrides_too() {
        CaseState overridden = given(opened(), new ConsentOverriddenEvent(CASE, OUTSIDER, sealed("now"), focalPoint(MOEWOE)));
        assertThat(overridden.consentAllows(OUTSIDER, AgencyType.NGO)).isTrue();
        CaseState withdrawn = overridden.evolve(new ConsentWithdrawnEvent(CASE, sealed("asked"), caseworker(MOEWOE)));
        assertThat(withdrawn.consentAllows(OUTSIDER, AgencyType.NGO)).isFalse();
        assertThat(withdrawn.consentAllows(IOM, AgencyType.UN_AGENCY)).isFalse();
    }

    @Test
    void a_referral_owns_its_status_and_due_times() {
        Referral requested = given(opened(), requested()).referral(REF);
        assertThat(requested.status()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(requested.decisionDueAt()).isEqualTo(requested().decisionDueAt());
        Referral accepted = given(opened(), requested(), accepted()).referral(REF);
        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(accepted.firstServiceDueAt()).isEqualTo(accepted().firstServiceDueAt());
    }

    @Test
    void a_referral_owns_its_escalations() {
        var escalated = new ReferralEscalatedEvent(CASE, REF, SlaDeadline.DECISION, T0, MOEWOE, IOM);
        Referral referral = given(opened(), requested(), escalated).referral(REF);
        assertThat(referral.escalated()).containsExactly(SlaDeadline.DECISION);
        assertThat(referral.missed(SlaDeadline.DECISION)).isFalse();
    }

    @Test
    void the_lead_and_agencies_with_an_active_referral_are_on_the_case() {
        CaseState state = given(opened(), requested());
        assertThat(state.onCase(MOEWOE)).isTrue();
        assertThat(state.onCase(IOM)).isTrue();
        assertThat(state.onCase(OUTSIDER)).isFalse();
    }

    @Test
    void a_receiving_agency_whose_referral_ended_is_off_the_case() {
        CaseState state = given(opened(), requested(),
                new ReferralDeclinedEvent(CASE, REF, DeclineReason.NO_CAPACITY, sealed("full"), focalPoint(IOM)));
        assertThat(state.onCase(IOM)).isFalse();
    }

    @Test
    void an_accepted_lead_transfer_moves_the_lead_and_ends_the_offer() {
        CaseState state = given(opened(), new LeadTransferRequestedEvent(CASE, MOEWOE, IOM, sealed("x"), focalPoint(MOEWOE)));
        assertThat(state.transferTarget()).isEqualTo(IOM);
        CaseState moved = state.evolve(new LeadTransferAcceptedEvent(CASE, MOEWOE, IOM, focalPoint(IOM)));
        assertThat(moved.lead()).isEqualTo(IOM);
        assertThat(moved.transferTarget()).isNull();
    }

    @Test
    void an_event_for_an_unknown_referral_is_a_broken_stream_and_fails_loudly() {
        assertThatThrownBy(() -> given(opened(), accepted())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown referral");
    }
}
