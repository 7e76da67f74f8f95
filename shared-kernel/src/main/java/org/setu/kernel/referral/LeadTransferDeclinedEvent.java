package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

/** The offered agency declined the lead role. */
@Revision("1")
public record LeadTransferDeclinedEvent(CaseId caseId,
                                        AgencyId fromAgency,
                                        AgencyId toAgency,
                                        String reason,
                                        Stamp stamp) implements CaseEvent {
}
