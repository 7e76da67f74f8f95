package org.setu.query.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.privacy.GrantId;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.referral.*;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The case view fold as a plain function: state, access and consent follow the events. */
class CaseViewsTest {

    private static final CaseId CASE = new CaseId("case-0001");
    private static final ReferralId REF = new ReferralId("ref-0001");
    private static final AgencyId MOE = new AgencyId("moewoe");
    private static final AgencyId IOM = new AgencyId("iom-bd");
    private static final Instant T = Instant.parse("2026-02-01T00:00:00Z");

    private static Stamp stamp(AgencyId agency) {
        return new Stamp(new CommandId("c" + System.nanoTime()), new Actor(new StaffId("s"), agency, Set.of(Role.CASEWORKER)), T);
    }

    @Test
    void a_referral_gives_and_takes_access_and_the_lead_moves_with_a_transfer() {
        CaseView v = CaseViews.apply(null, new CaseOpenedEvent(CASE, MOE, new CaseFacts(CaseCategory.TRAFFICKING,
                MigrationStage.DESTINATION, null, "MY", "Dhaka", Set.of()), new Sealed("v1:subject"),
                new Consent(Set.of(IOM), Set.of(), Set.of()), stamp(MOE)), 0, T);
        assertThat(v.mayBeReadBy(MOE)).isTrue();
        assertThat(v.mayBeReadBy(IOM)).isFalse();

        v = CaseViews.apply(v, new ReferralRequestedEvent(CASE, REF, MOE, IOM, ServiceType.SHELTER, Urgency.URGENT, null,
                T.plusSeconds(86400), stamp(MOE)), 1, T.plusSeconds(60));
        assertThat(v.mayBeReadBy(IOM)).isTrue();
        assertThat(v.personalDataVisibleTo(IOM, null)).isTrue();

        v = CaseViews.apply(v, new ReferralEscalatedEvent(CASE, REF, SlaDeadline.DECISION, T.plusSeconds(86400), MOE, IOM), 2, T);
        assertThat(v.referrals().get(0).overdue()).isTrue();

        v = CaseViews.apply(v, new ConsentWithdrawnEvent(CASE, new Sealed("v1:" + "asked"), stamp(MOE)), 3, T);
        assertThat(v.personalDataVisibleTo(IOM, null)).isFalse();
        assertThat(v.personalDataVisibleTo(MOE, null)).isTrue();

        v = CaseViews.apply(v, new ReferralDeclinedEvent(CASE, REF, DeclineReason.NO_CAPACITY, new Sealed("v1:" + "full"), stamp(IOM)), 4, T);
        assertThat(v.mayBeReadBy(IOM)).isFalse();
        assertThat(v.referrals().get(0).overdue()).isFalse();
        assertThat(v.version()).isEqualTo(4);

        v = CaseViews.apply(v, new LeadTransferRequestedEvent(CASE, MOE, IOM, new Sealed("v1:" + "handover"), stamp(MOE)), 5, T);
        assertThat(v.transferTarget()).isEqualTo(IOM);
        v = CaseViews.apply(v, new LeadTransferAcceptedEvent(CASE, MOE, IOM, stamp(IOM)), 6, T);
        assertThat(v.leadAgency()).isEqualTo(IOM);
        assertThat(v.transferTarget()).isNull();
        assertThat(v.mayBeReadBy(MOE)).isFalse();
    }

    @Test
    void erasure_drops_every_sealed_value_and_keeps_the_structure() {
        var sealed = new Sealed("v1:secret");
        CaseView v = CaseViews.apply(null, new CaseOpenedEvent(CASE, MOE, new CaseFacts(CaseCategory.TRAFFICKING,
                MigrationStage.DESTINATION, null, "MY", "Dhaka", Set.of()), sealed, Consent.NONE, stamp(MOE)), 0, T);
        v = CaseViews.apply(v, new NoteAddedEvent(CASE, new NoteId("note-1"), MOE, NoteVisibility.LEAD_AGENCY, sealed,
                stamp(MOE)), 1, T);
        v = CaseViews.apply(v, new ReferralRequestedEvent(CASE, REF, MOE, IOM, ServiceType.SHELTER, Urgency.URGENT, sealed,
                T.plusSeconds(86400), stamp(MOE)), 2, T);
        v = CaseViews.apply(v, new SubjectErasedEvent(CASE, ErasureBasis.REQUEST, "asked",
                stamp(MOE)), 3, T);

        assertThat(v.subjectErased()).isTrue();
        assertThat(v.subject()).isNull();
        assertThat(v.notes()).singleElement().satisfies(n -> assertThat(n.text()).isNull());
        assertThat(v.referrals()).singleElement().satisfies(r -> {
            assertThat(r.note()).as("kept sealed: it no longer opens").isEqualTo(sealed);
            assertThat(r.status()).isEqualTo(ReferralStatus.REQUESTED);
        });
        assertThat(v.facts().category()).isEqualTo(CaseCategory.TRAFFICKING);
        assertThat(v.version()).isEqualTo(3);
    }

    @Test
    void a_break_glass_grant_is_active_for_its_reviewer_until_it_lapses() {
        CaseView v = CaseViews.apply(null, new CaseOpenedEvent(CASE, MOE, new CaseFacts(CaseCategory.TRAFFICKING,
                MigrationStage.DESTINATION, null, "MY", "Dhaka", Set.of()), null, Consent.NONE, stamp(MOE)), 0, T);
        var grant = new GrantId("G00000000-0000-0000-0000-000000000001");
        v = CaseViews.apply(v, new BreakGlassGrantedEvent(CASE, grant, "safety", T.plusSeconds(600), stamp(MOE)), 1, T);
        assertThat(v.breakGlassActive(new StaffId("s"), T.plusSeconds(599))).isTrue();
        assertThat(v.breakGlassActive(new StaffId("s"), T.plusSeconds(600))).isFalse();
        assertThat(v.breakGlassActive(new StaffId("other"), T)).isFalse();
    }

    @Test
    void events_of_an_unknown_case_are_ignored() {
        assertThat(CaseViews.apply(null, new CaseClosedEvent(CASE, new Sealed("v1:" + "x"), stamp(MOE)), 3, T)).isNull();
    }
}
