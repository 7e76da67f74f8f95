package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Opens a case led by the actor's agency (CASEWORKER). */
public record OpenCaseCommand(CaseId caseId,
                              CaseFacts facts,
                              SubjectData subject,
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
