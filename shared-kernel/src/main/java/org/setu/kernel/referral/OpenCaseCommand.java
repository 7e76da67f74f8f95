package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Opens a case led by the actor's agency (CASEWORKER); {@code subject} is the sealed {@link SubjectData}. */
public record OpenCaseCommand(CaseId caseId,
                              CaseFacts facts,
                              Sealed subject,
                              Consent consent,
                              Stamp stamp) implements CaseCommand {

    public OpenCaseCommand {
        Checks.required(caseId, "caseId");
        Checks.required(facts, "facts");
        Checks.required(subject, "subject");
        consent = consent == null ? Consent.NONE : consent;
        Checks.required(stamp, "stamp");
    }
}
