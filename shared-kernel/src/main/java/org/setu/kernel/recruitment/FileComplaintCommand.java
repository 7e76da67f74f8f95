package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Files a complaint received by the actor's agency (CASEWORKER or FOCAL_POINT); {@code complainant} is the sealed {@code SubjectData}. */
public record FileComplaintCommand(ComplaintId complaintId,
                                   ComplaintFacts facts,
                                   Sealed complainant,
                                   ComplaintConsent consent,
                                   Stamp stamp) implements ComplaintCommand {

    public FileComplaintCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(facts, "facts");
        Checks.required(complainant, "complainant");
        consent = consent == null ? ComplaintConsent.NONE : consent;
        Checks.required(stamp, "stamp");
    }
}
