package org.setu.kernel.recruitment;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Shares the complaint with another agency the complainant consented to (receiving agency's FOCAL_POINT). */
public record ShareComplaintCommand(ComplaintId complaintId,
                                    AgencyId agency,
                                    Stamp stamp) implements ComplaintCommand {

    public ShareComplaintCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(agency, "agency");
        Checks.required(stamp, "stamp");
    }
}
