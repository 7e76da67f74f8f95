package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.BreakGlassCommand;
import org.setu.kernel.privacy.EraseSubjectCommand;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.privacy.GrantId;
import org.setu.kernel.referral.*;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.command.referral.Cases.*;

/** Erasure and break-glass rules of the case aggregate. */
class PrivacyRulesTest {

    private static final GrantId GRANT = new GrantId("G00000000-0000-0000-0000-000000000001");

    private static SubjectErasedEvent erased() {
        return new SubjectErasedEvent(CASE, ErasureBasis.REQUEST, "subject asked", stamp(SECRETARIAT, Role.SECRETARIAT_ADMIN));
    }

    @Test
    void a_secretariat_admin_erases_the_subject_once() {
        var admin = stamp(SECRETARIAT, Role.SECRETARIAT_ADMIN);
        fixture().given(opened())
                .when(new EraseSubjectCommand(CASE, ErasureBasis.REQUEST, "subject asked", admin))
                .expectEvents(new SubjectErasedEvent(CASE, ErasureBasis.REQUEST, "subject asked", admin));
        fixture().given(opened(), erased())
                .when(new EraseSubjectCommand(CASE, ErasureBasis.REQUEST, "again", stamp(SECRETARIAT, Role.SECRETARIAT_ADMIN)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_closed_case_is_erased_and_opened_by_break_glass() {
        var closed = new CaseClosedEvent(CASE, sealed("done"), caseworker(MOEWOE));
        var admin = stamp(SECRETARIAT, Role.SECRETARIAT_ADMIN);
        fixture().given(opened(), closed)
                .when(new EraseSubjectCommand(CASE, ErasureBasis.RETENTION, "retention ended", admin))
                .expectEvents(new SubjectErasedEvent(CASE, ErasureBasis.RETENTION, "retention ended", admin));
        var reviewer = stamp(SECRETARIAT, Role.SECRETARIAT_REVIEWER);
        fixture().given(opened(), closed)
                .when(new BreakGlassCommand(CASE, GRANT, "inquiry", Duration.ofMinutes(5), reviewer))
                .expectEvents(new BreakGlassGrantedEvent(CASE, GRANT, "inquiry", T0.plus(Duration.ofMinutes(5)), reviewer));
    }

    @Test
    void nobody_else_erases() {
        for (var stamp : new Stamp[]{caseworker(MOEWOE), focalPoint(MOEWOE),
                stamp(SECRETARIAT, Role.SECRETARIAT_REVIEWER)}) {
            fixture().given(opened()).when(new EraseSubjectCommand(CASE, ErasureBasis.REQUEST, "why", stamp))
                    .expectNoEvents().expectException(refusedWith(ErrorCode.ROLE_REQUIRED));
        }
    }

    @Test
    void nothing_personal_is_added_after_erasure() {
        fixture().given(opened(), erased())
                .when(new AddNoteCommand(CASE, new NoteId("note-1"), NoteVisibility.LEAD_AGENCY, sealed("x"), caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.SUBJECT_ERASED));
        fixture().given(opened(), erased())
                .when(new RequestReferralCommand(CASE, REF, IOM, ServiceType.REINTEGRATION, Urgency.NORMAL, sealed("n"),
                        caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.SUBJECT_ERASED));
        fixture().given(opened(), erased())
                .when(new BreakGlassCommand(CASE, GRANT, "urgent safety check", Duration.ofHours(1),
                        stamp(SECRETARIAT, Role.SECRETARIAT_REVIEWER)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.SUBJECT_ERASED));
    }

    @Test
    void the_case_structure_goes_on_after_erasure() {
        fixture().given(opened(), erased())
                .when(new RequestReferralCommand(CASE, REF, IOM, ServiceType.REINTEGRATION, Urgency.NORMAL, null,
                        caseworker(MOEWOE)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_reviewer_breaks_the_glass_for_a_limited_time() {
        var reviewer = stamp(SECRETARIAT, Role.SECRETARIAT_REVIEWER);
        fixture().given(opened())
                .when(new BreakGlassCommand(CASE, GRANT, "urgent safety check", Duration.ofMinutes(90), reviewer))
                .expectEvents(new BreakGlassGrantedEvent(CASE, GRANT, "urgent safety check",
                        T0.plus(Duration.ofMinutes(90)), reviewer));
        fixture().given(opened())
                .when(new BreakGlassCommand(CASE, GRANT, "curious", Duration.ofMinutes(90), stamp(SECRETARIAT, Role.SECRETARIAT_ADMIN)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.ROLE_REQUIRED));
    }

    @Test
    void a_grant_needs_a_reason_and_a_bounded_duration() {
        var reviewer = stamp(SECRETARIAT, Role.SECRETARIAT_REVIEWER);
        assertThatThrownBy(() -> new BreakGlassCommand(CASE, GRANT, " ", Duration.ofMinutes(5), reviewer))
                .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo(ErrorCode.TEXT_REQUIRED);
        assertThatThrownBy(() -> new BreakGlassCommand(CASE, GRANT, "why", Duration.ofHours(8).plusMinutes(1), reviewer))
                .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo(ErrorCode.BREAK_GLASS_TOO_LONG);
        assertThatThrownBy(() -> new BreakGlassCommand(CASE, GRANT, "why", Duration.ZERO, reviewer))
                .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo(ErrorCode.BREAK_GLASS_TOO_LONG);
    }
}
