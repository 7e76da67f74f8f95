package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The lead agency offered the lead role to another agency. */
@Revision("2")
public record LeadTransferRequestedEvent(CaseId caseId,
                                         AgencyId fromAgency,
                                         AgencyId toAgency,
                                         Sealed reason,
                                         Stamp stamp) implements CaseEvent {
}
