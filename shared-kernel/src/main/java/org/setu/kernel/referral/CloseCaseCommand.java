package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Closes the case, with the reason (lead agency staff; not while referrals are active). */
public record CloseCaseCommand(CaseId caseId, String reason, Stamp stamp) implements CaseCommand {

    public CloseCaseCommand {
        Checks.required(caseId, "caseId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
