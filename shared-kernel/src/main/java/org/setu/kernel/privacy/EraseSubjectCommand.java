package org.setu.kernel.privacy;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseCommand;
import org.setu.kernel.referral.CaseId;

/**
 * Erases the case subject's personal data by destroying their data key (SECRETARIAT_ADMIN, with a reason; or the
 * retention job). The case's structure and its non-personal facts stay. The reason must not itself hold personal data.
 */
public record EraseSubjectCommand(CaseId caseId, ErasureBasis basis, String reason, Stamp stamp) implements CaseCommand {

    public EraseSubjectCommand {
        Checks.required(caseId, "caseId");
        Checks.required(basis, "basis");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
