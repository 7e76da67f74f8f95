package org.setu.command.recruitment;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.recruitment.*;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.command.recruitment.Complaints.*;

/** The recruiting agency's record: entry, deployments, sanctions citing complaints, appeals within 30 days. */
class RecruitingAgencyRulesTest {

    private static final SanctionId SANCTION = new SanctionId("S0000-0001");
    private static final RecruitingAgencyState ENTERED = RecruitingAgencyState.NONE
            .evolve(new RecruitingAgencyLicensedEvent(RL_0123, "Green Line Overseas", "Dhaka", admin()));

    private static RecruitingAgencyEvent decide(RecruitingAgencyCommand command, RecruitingAgencyState state) {
        return RecruitingAgencyRules.decide(command, state, lookup());
    }

    private static ImposeSanctionCommand sanction(SanctionKind kind, Long amount, Integer days, ComplaintId... cited) {
        return new ImposeSanctionCommand(RL_0123, SANCTION, kind, "repeated excess fees", amount, days, Set.of(cited), admin());
    }

    private static RecruitingAgencyState imposed(SanctionKind kind, Long amount, Integer days) {
        return ENTERED.evolve(decide(sanction(kind, amount, days, COMPLAINT), ENTERED));
    }

    @Test
    void the_secretariat_admin_enters_an_agency_once() {
        assertThat(decide(new LicenceRecruitingAgencyCommand(RL_0123, "Green Line", "Dhaka", admin()),
                RecruitingAgencyState.NONE)).isInstanceOf(RecruitingAgencyLicensedEvent.class);
        assertThatThrownBy(() -> decide(new LicenceRecruitingAgencyCommand(RL_0123, "Again", "Dhaka", admin()), ENTERED))
                .extracting("code").isEqualTo(ErrorCode.RECRUITING_AGENCY_EXISTS);
        assertThatThrownBy(() -> decide(new LicenceRecruitingAgencyCommand(RL_0456, "X", "Dhaka", caseworker(MOEWOE)),
                RecruitingAgencyState.NONE)).extracting("code").isEqualTo(ErrorCode.ROLE_REQUIRED);
    }

    @Test
    void deployments_are_whole_workers_with_women_among_them() {
        var stamp = admin();
        assertThat(decide(new RecordDeploymentsCommand(RL_0123, YearMonth.of(2026, 3), 120, 31, stamp), ENTERED))
                .isEqualTo(new DeploymentsRecordedEvent(RL_0123, "2026-03", 120, 31, stamp));
        assertThatThrownBy(() -> decide(new RecordDeploymentsCommand(RL_0123, YearMonth.of(2026, 3), 120, 31,
                caseworker(MOEWOE)), ENTERED)).extracting("code").isEqualTo(ErrorCode.ROLE_REQUIRED);
        assertThatThrownBy(() -> new RecordDeploymentsCommand(RL_0123, YearMonth.of(2026, 3), 10, 11, admin()))
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
        assertThatThrownBy(() -> new RecordDeploymentsCommand(RL_0123, YearMonth.of(2026, 3), -1, 0, admin()))
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @Test
    void a_fine_has_an_amount_a_suspension_a_period_and_nothing_else_has_either() {
        assertThat(decide(sanction(SanctionKind.FINE, 50_000L, null, COMPLAINT), ENTERED)).isInstanceOf(SanctionImposedEvent.class);
        assertThatThrownBy(() -> decide(sanction(SanctionKind.FINE, null, null, COMPLAINT), ENTERED))
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
        assertThatThrownBy(() -> decide(sanction(SanctionKind.WARNING, 10L, null, COMPLAINT), ENTERED))
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
        assertThatThrownBy(() -> decide(sanction(SanctionKind.SUSPENSION, null, 0, COMPLAINT), ENTERED))
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
        assertThatThrownBy(() -> decide(sanction(SanctionKind.CANCELLATION, null, 30, COMPLAINT), ENTERED))
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @Test
    void a_sanction_cites_complaints_against_this_agency_only() {
        assertThatThrownBy(() -> decide(sanction(SanctionKind.WARNING, null, null), ENTERED))
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
        assertThatThrownBy(() -> decide(sanction(SanctionKind.WARNING, null, null, COMPLAINT, OTHER_COMPLAINT), ENTERED))
                .extracting("code").isEqualTo(ErrorCode.SANCTION_CITES_OTHER_COMPLAINT);
        assertThatThrownBy(() -> decide(sanction(SanctionKind.WARNING, null, null, new ComplaintId("K-none")), ENTERED))
                .extracting("code").isEqualTo(ErrorCode.SANCTION_CITES_OTHER_COMPLAINT);
    }

    @Test
    void a_suspension_suspends_the_licence_for_its_period_and_a_cancellation_for_good() {
        RecruitingAgencyState suspended = imposed(SanctionKind.SUSPENSION, null, 90);
        assertThat(suspended.status(T0.plus(Duration.ofDays(89)))).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(suspended.status(T0.plus(Duration.ofDays(90)))).isEqualTo(LicenceStatus.LICENSED);
        RecruitingAgencyState cancelled = imposed(SanctionKind.CANCELLATION, null, null);
        assertThat(cancelled.status(T0.plus(Duration.ofDays(3650)))).isEqualTo(LicenceStatus.CANCELLED);
        var more = new ImposeSanctionCommand(RL_0123, new SanctionId("S0000-0002"), SanctionKind.WARNING, "more", null,
                null, Set.of(COMPLAINT), admin());
        assertThatThrownBy(() -> decide(more, cancelled)).extracting("code").isEqualTo(ErrorCode.LICENCE_CANCELLED);
    }

    @Test
    void the_agency_appeals_within_thirty_days_once() {
        RecruitingAgencyState fined = imposed(SanctionKind.FINE, 100_000L, null);
        Instant lastDay = T0.plus(Duration.ofDays(30));
        assertThat(decide(appeal(at(lastDay, RL_0123.asAgencyId(), Role.RECRUITER_REPRESENTATIVE)),
                fined)).isInstanceOf(SanctionAppealedEvent.class);
        assertThatThrownBy(() -> decide(appeal(at(lastDay.plusSeconds(1), RL_0123.asAgencyId(),
                Role.RECRUITER_REPRESENTATIVE)), fined))
                .extracting("code").isEqualTo(ErrorCode.APPEAL_TOO_LATE);
        assertThatThrownBy(() -> decide(appeal(representative(RL_0456)), fined))
                .extracting("code").isEqualTo(ErrorCode.NOT_AGENCY_MEMBER);
        RecruitingAgencyState appealed = fined.evolve(decide(appeal(representative(RL_0123)), fined));
        assertThatThrownBy(() -> decide(appeal(admin()), appealed)).extracting("code").isEqualTo(ErrorCode.APPEAL_ALREADY_LODGED);
        assertThatThrownBy(() -> decide(new AppealSanctionCommand(RL_0123, new SanctionId("S-none"), "x", admin()), fined))
                .extracting("code").isEqualTo(ErrorCode.SANCTION_NOT_FOUND);
    }

    @Test
    void an_overturned_sanction_no_longer_counts_and_an_appeal_is_decided_once() {
        RecruitingAgencyState suspended = imposed(SanctionKind.SUSPENSION, null, 90);
        var decideIt = new DecideAppealCommand(RL_0123, SANCTION, AppealOutcome.OVERTURNED, "no hearing held", admin());
        assertThatThrownBy(() -> decide(decideIt, suspended)).extracting("code").isEqualTo(ErrorCode.NO_APPEAL_PENDING);
        RecruitingAgencyState appealed = suspended.evolve(decide(appeal(representative(RL_0123)), suspended));
        RecruitingAgencyState overturned = appealed.evolve(decide(decideIt, appealed));
        assertThat(overturned.status(T0.plusSeconds(60))).isEqualTo(LicenceStatus.LICENSED);
        assertThatThrownBy(() -> decide(decideIt, overturned)).extracting("code").isEqualTo(ErrorCode.NO_APPEAL_PENDING);
        RecruitingAgencyState upheld = appealed.evolve(decide(new DecideAppealCommand(RL_0123, SANCTION,
                AppealOutcome.UPHELD, "hearing was fair", admin()), appealed));
        assertThat(upheld.status(T0.plusSeconds(60))).isEqualTo(LicenceStatus.SUSPENDED);
    }

    private static AppealSanctionCommand appeal(Stamp stamp) {
        return new AppealSanctionCommand(RL_0123, SANCTION, "we refunded the worker", stamp);
    }

    @Test
    void the_secretariat_registers_a_sub_agent_once_under_its_registration_number() {
        var stamp = admin();
        var register = new RegisterSubAgentCommand(RL_0123, "SA-0042", "Abul Kalam", "Cumilla", stamp);
        assertThat(decide(register, ENTERED))
                .isEqualTo(new SubAgentRegisteredEvent(RL_0123, "SA-0042", "Abul Kalam", "Cumilla", stamp));
        RecruitingAgencyState registered = ENTERED.evolve(decide(register, ENTERED));
        assertThatThrownBy(() -> decide(new RegisterSubAgentCommand(RL_0123, "SA-0042", "Someone Else", "Dhaka",
                admin()), registered)).extracting("code").isEqualTo(ErrorCode.SUB_AGENT_ALREADY_REGISTERED);
        assertThat(decide(new RegisterSubAgentCommand(RL_0123, "SA-0043", "Abul Kalam", "Cumilla", admin()), registered))
                .as("another number, even under the same name").isInstanceOf(SubAgentRegisteredEvent.class);
        assertThatThrownBy(() -> decide(new RegisterSubAgentCommand(RL_0123, "SA-0044", "X", "Dhaka",
                representative(RL_0123)), ENTERED)).extracting("code").isEqualTo(ErrorCode.ROLE_REQUIRED);
        assertThatThrownBy(() -> new RegisterSubAgentCommand(RL_0123, "SA 44; drop", "X", "Dhaka", admin()))
                .extracting("code").isEqualTo(ErrorCode.INVALID_IDENTIFIER);
    }
}
