package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.referral.*;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.command.referral.Cases.*;

/** Malformed commands cannot even be built: each refusal names the field and carries a stable code. */
class InvalidInputTest {

    @Test
    void declining_requires_a_reason_code_and_text() {
        // The text itself is checked by the API before it is sealed (ProblemResponsesTest); here: present or not.
        assertThatThrownBy(() -> new DeclineReferralCommand(CASE, REF, DeclineReason.NO_CAPACITY, null, focalPoint(IOM)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason")
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
        assertThatThrownBy(() -> new DeclineReferralCommand(CASE, REF, null, sealed("full"), focalPoint(IOM)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reasonCode");
    }

    @Test
    void withdrawing_requires_a_reason() {
        assertThatThrownBy(() -> new WithdrawReferralCommand(CASE, REF, null, caseworker(MOEWOE)))
                .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @Test
    void oversized_text_is_refused() {
        assertThatThrownBy(() -> new AddNoteCommand(CASE, new NoteId("note-1"), NoteVisibility.LEAD_AGENCY,
                sealed("x".repeat(64_001)), caseworker(MOEWOE)))
                .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @Test
    void wrong_enum_values_and_ids_are_refused() {
        assertThatThrownBy(() -> Checks.oneOf(ServiceType.class, "MASSAGE", "serviceType"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("REINTEGRATION");
        assertThatThrownBy(() -> new CaseId("../etc/passwd"))
                .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo(ErrorCode.INVALID_IDENTIFIER);
        assertThatThrownBy(() -> new AgencyId("IOM BD"))
                .isInstanceOf(InvalidInputException.class);
    }
}
