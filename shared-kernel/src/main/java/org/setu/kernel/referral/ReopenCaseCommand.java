package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Reopens a closed case, with the reason (lead agency staff). */
public record ReopenCaseCommand(CaseId caseId, String reason, Stamp stamp) implements CaseCommand {

    public ReopenCaseCommand {
        Checks.required(caseId, "caseId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
