package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Reopens a closed case, with the reason (lead agency staff). */
public record ReopenCaseCommand(CaseId caseId, Sealed reason, Stamp stamp) implements CaseCommand {

    public ReopenCaseCommand {
        Checks.required(caseId, "caseId");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
