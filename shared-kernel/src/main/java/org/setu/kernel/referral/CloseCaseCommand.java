package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Closes the case, with the reason (lead agency staff; not while referrals are active). */
public record CloseCaseCommand(CaseId caseId, Sealed reason, Stamp stamp) implements CaseCommand {

    public CloseCaseCommand {
        Checks.required(caseId, "caseId");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
