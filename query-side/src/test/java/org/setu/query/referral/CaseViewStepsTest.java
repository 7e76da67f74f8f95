package org.setu.query.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.ReferralView;
import org.setu.kernel.referral.*;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.kernel.referral.CaseStory.*;

/** Each step of the case view, as a plain object: what the event changes, and what it leaves as it was. */
class CaseViewStepsTest {

    private static final Instant T = Instant.parse("2026-02-01T00:00:00Z");
    private long seq;

    private CaseView fold(CaseEvent... events) {
        CaseView view = null;
        for (CaseEvent event : events) {
            seq++;
            view = CaseViews.apply(view, event, seq, T.plusSeconds(seq));
        }
        return view;
    }

    private static ReferralView first(CaseView view) {
        return view.referrals().get(0);
    }

    @Test
    void later_events_move_the_version_and_the_last_activity_but_not_the_opening() {
        CaseView view = fold(opened(), requested(), accepted());
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.openedAt()).isEqualTo(T.plusSeconds(1));
        assertThat(view.lastActivityAt()).isEqualTo(T.plusSeconds(3));
    }

    @Test
    void accepting_sets_the_first_service_due_time_and_the_decision_time() {
        ReferralView r = first(fold(opened(), requested(), accepted()));
        assertThat(r.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(r.requestedAt()).isEqualTo(T.plusSeconds(2));
        assertThat(r.decidedAt()).isEqualTo(T.plusSeconds(3));
        assertThat(r.firstServiceDueAt()).isEqualTo(accepted().firstServiceDueAt());
        assertThat(r.closedAt()).isNull();
    }

    @Test
    void declining_decides_and_ends_the_referral_with_its_reason() {
        ReferralView r = first(fold(opened(), requested(), declined(REF, IOM)));
        assertThat(r.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(r.decidedAt()).isEqualTo(T.plusSeconds(3));
        assertThat(r.closedAt()).isEqualTo(T.plusSeconds(3));
        assertThat(r.declineReasonCode()).isEqualTo(DeclineReason.NO_CAPACITY);
        assertThat(r.reason()).isEqualTo(sealed("full"));
    }

    @Test
    void completing_ends_the_referral_with_its_outcome_and_keeps_when_it_was_decided() {
        ReferralView r = first(fold(opened(), requested(), accepted(), new ReferralServiceStartedEvent(CASE, REF, by(IOM)),
                new ReferralCompletedEvent(CASE, REF, sealed("paid"), by(IOM))));
        assertThat(r.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(r.decidedAt()).isEqualTo(T.plusSeconds(3));
        assertThat(r.closedAt()).isEqualTo(T.plusSeconds(5));
        assertThat(r.outcome()).isEqualTo(sealed("paid"));
        assertThat(r.reason()).isNull();
    }

    @Test
    void an_escalation_is_added_and_the_status_stays() {
        ReferralView r = first(fold(opened(), requested(),
                new ReferralEscalatedEvent(CASE, REF, SlaDeadline.DECISION, T0, MOE, IOM)));
        assertThat(r.escalations()).containsExactly(SlaDeadline.DECISION);
        assertThat(r.status()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(r.overdue()).isTrue();
    }

    @Test
    void a_step_changes_only_the_referral_it_names() {
        CaseView view = fold(opened(), requested(), requested(REF2, IOM, NGO), declined(REF2, NGO));
        assertThat(view.referrals()).extracting(ReferralView::status)
                .containsExactly(ReferralStatus.REQUESTED, ReferralStatus.DECLINED);
    }

    @Test
    void consent_withdrawn_clears_the_overrides_and_a_later_consent_keeps_new_ones() {
        CaseView view = fold(opened(), new ConsentOverriddenEvent(CASE, OUTSIDER, sealed("x"), by(MOE)),
                new ConsentWithdrawnEvent(CASE, sealed("asked"), by(MOE)));
        assertThat(view.consentWithdrawn()).isTrue();
        assertThat(view.consentOverrides()).isEmpty();
        assertThat(view.consent()).isEqualTo(Consent.NONE);
        view = CaseViews.apply(view, new ConsentOverriddenEvent(CASE, NGO, sealed("y"), by(MOE)), 9, T);
        view = CaseViews.apply(view, new ConsentRecordedEvent(CASE, opened().consent(), by(MOE)), 10, T);
        assertThat(view.consentWithdrawn()).isFalse();
        assertThat(view.consentOverrides()).containsExactly(NGO);
    }

    @Test
    void an_offered_lead_waits_for_an_answer_and_moves_only_when_accepted() {
        CaseView offered = fold(opened(), leadOffered());
        assertThat(offered.transferTarget()).isEqualTo(IOM);
        assertThat(offered.leadAgency()).isEqualTo(MOE);
        CaseView declined = CaseViews.apply(offered, new LeadTransferDeclinedEvent(CASE, MOE, IOM, sealed("no"),
                by(IOM)), 3, T);
        assertThat(declined.transferTarget()).isNull();
        assertThat(declined.leadAgency()).isEqualTo(MOE);
        CaseView moved = CaseViews.apply(offered, new LeadTransferAcceptedEvent(CASE, MOE, IOM, by(IOM)), 3, T);
        assertThat(moved.transferTarget()).isNull();
        assertThat(moved.leadAgency()).isEqualTo(IOM);
    }
}
