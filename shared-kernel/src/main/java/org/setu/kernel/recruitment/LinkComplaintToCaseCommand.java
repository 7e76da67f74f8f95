package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseId;

/**
 * Links the complaint to a referral case of the same person (legal aid, shelter): receiving agency staff who may
 * also see the case; the API checks the case's need-to-know before it sends this.
 */
public record LinkComplaintToCaseCommand(ComplaintId complaintId,
                                         CaseId caseId,
                                         Stamp stamp) implements ComplaintCommand {

    public LinkComplaintToCaseCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(caseId, "caseId");
        Checks.required(stamp, "stamp");
    }
}
