package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Lodges the agency's appeal against a sanction, within 30 days (its representative, or the secretariat on its behalf). */
public record AppealSanctionCommand(Licence licence,
                                    SanctionId sanctionId,
                                    String grounds,
                                    Stamp stamp) implements RecruitingAgencyCommand {

    public AppealSanctionCommand {
        Checks.required(licence, "licence");
        Checks.required(sanctionId, "sanctionId");
        grounds = Checks.text(grounds, "grounds", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
