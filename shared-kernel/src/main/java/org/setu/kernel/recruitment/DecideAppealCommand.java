package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Decides an appeal: the sanction stands or falls (SECRETARIAT_ADMIN). */
public record DecideAppealCommand(Licence licence,
                                  SanctionId sanctionId,
                                  AppealOutcome outcome,
                                  String reason,
                                  Stamp stamp) implements RecruitingAgencyCommand {

    public DecideAppealCommand {
        Checks.required(licence, "licence");
        Checks.required(sanctionId, "sanctionId");
        Checks.required(outcome, "outcome");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
