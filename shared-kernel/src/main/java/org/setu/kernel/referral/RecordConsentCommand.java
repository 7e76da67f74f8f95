package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Records the subject's consent, replacing what was recorded before (lead agency staff). */
public record RecordConsentCommand(CaseId caseId, Consent consent, Stamp stamp) implements CaseCommand {

    public RecordConsentCommand {
        Checks.required(caseId, "caseId");
        Checks.required(consent, "consent");
        Checks.required(stamp, "stamp");
    }
}
