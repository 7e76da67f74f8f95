package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

/** The lead agency offered the lead role to another agency. */
@Revision("1")
public record LeadTransferRequestedEvent(CaseId caseId,
                                         AgencyId fromAgency,
                                         AgencyId toAgency,
                                         String reason,
                                         Stamp stamp) implements CaseEvent {
}
