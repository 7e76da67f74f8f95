package org.setu.kernel.recruitment;

import java.util.Set;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Imposes a sanction citing complaints (SECRETARIAT_ADMIN): a FINE has an amount, a SUSPENSION a period in days. */
public record ImposeSanctionCommand(Licence licence,
                                    SanctionId sanctionId,
                                    SanctionKind kind,
                                    String reason,
                                    Long amountBdt,
                                    Integer suspensionDays,
                                    Set<ComplaintId> complaintIds,
                                    Stamp stamp) implements RecruitingAgencyCommand {

    public ImposeSanctionCommand {
        Checks.required(licence, "licence");
        Checks.required(sanctionId, "sanctionId");
        Checks.required(kind, "kind");
        reason = Checks.text(reason, "reason", Limits.REASON);
        amountBdt = Bdt.optional(amountBdt, "amountBdt");
        complaintIds = complaintIds == null ? Set.of() : Set.copyOf(complaintIds);
        Checks.required(stamp, "stamp");
    }
}
