package org.setu.command.recruitment;

import org.junit.jupiter.api.Test;
import org.setu.command.common.EveryEventType;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.referral.CaseId;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.command.recruitment.Complaints.*;

/**
 * Evolution is exhaustive for both recruitment aggregates: every permitted subtype of their sealed event types
 * evolves the state and is remembered for retries (the same mechanism as the case's, {@link EveryEventType}).
 */
class RecruitmentEvolutionTest {

    private static final SanctionId SANCTION = new SanctionId("S0000-0001");

    @Test
    void every_complaint_event_type_evolves_the_state_and_is_remembered_for_retries() {
        ComplaintState awarded = ComplaintState.NONE.evolve(filed()).evolve(new AwardMadeEvent(COMPLAINT, 10, caseworker(MOEWOE)));
        EveryEventType.evolves(ComplaintEvent.class, ComplaintState.EVOLUTION, List.of(
                filed(),
                new ComplaintRegisteredEvent(COMPLAINT, caseworker(MOEWOE)),
                new RecruiterNotifiedEvent(COMPLAINT, caseworker(MOEWOE)),
                new HearingHeldEvent(COMPLAINT, T0, caseworker(MOEWOE)),
                new AwardMadeEvent(COMPLAINT, 10, caseworker(MOEWOE)),
                new PaymentRecordedEvent(COMPLAINT, 5, caseworker(MOEWOE)),
                new AwardDefaultedEvent(COMPLAINT, sealed("r"), caseworker(MOEWOE)),
                new ComplaintReferredToCourtEvent(COMPLAINT, sealed("r"), caseworker(MOEWOE)),
                new ComplaintWithdrawnEvent(COMPLAINT, sealed("r"), caseworker(MOEWOE)),
                new ComplaintClosedEvent(COMPLAINT, sealed("o"), caseworker(MOEWOE)),
                new ComplaintReopenedEvent(COMPLAINT, sealed("r"), caseworker(MOEWOE)),
                new ComplaintSharedEvent(COMPLAINT, NGO, focalPoint(MOEWOE)),
                new ComplaintEscalatedEvent(COMPLAINT, ComplaintDeadline.REGISTRATION, T0, MOEWOE,
                        Stamp.bySetu("complaint-sla:REGISTRATION:" + COMPLAINT.value(), T0)),
                new ComplaintLinkedToCaseEvent(COMPLAINT, new CaseId("C0000-0001"), caseworker(MOEWOE)),
                new ComplainantErasedEvent(COMPLAINT, ErasureBasis.REQUEST, "asked", admin())), awarded);
        assertThat(EveryEventType.unstamped(ComplaintEvent.class)).isEmpty();
    }

    @Test
    void every_recruiting_agency_event_type_evolves_the_state_and_is_remembered_for_retries() {
        RecruitingAgencyState sanctioned = RecruitingAgencyState.NONE
                .evolve(new RecruitingAgencyLicensedEvent(RL_0123, "Green Line", "Dhaka", admin()))
                .evolve(new SanctionImposedEvent(RL_0123, SANCTION, SanctionKind.WARNING, "r", null, null,
                        Set.of(COMPLAINT), admin()));
        EveryEventType.evolves(RecruitingAgencyEvent.class, RecruitingAgencyState.EVOLUTION, List.of(
                new RecruitingAgencyLicensedEvent(RL_0123, "Green Line", "Dhaka", admin()),
                new DeploymentsRecordedEvent(RL_0123, "2026-03", 120, 31, admin()),
                new SubAgentRegisteredEvent(RL_0123, "SA-0042", "Abul Kalam", "Cumilla", admin()),
                new SanctionImposedEvent(RL_0123, SANCTION, SanctionKind.WARNING, "r", null, null, Set.of(COMPLAINT), admin()),
                new SanctionAppealedEvent(RL_0123, SANCTION, "g", representative(RL_0123)),
                new AppealDecidedEvent(RL_0123, SANCTION, AppealOutcome.UPHELD, "r", admin())), sanctioned);
    }
}
