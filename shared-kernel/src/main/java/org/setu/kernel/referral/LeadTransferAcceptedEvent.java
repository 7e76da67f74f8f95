package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

/** The lead role moved to another agency. */
@Revision("1")
public record LeadTransferAcceptedEvent(CaseId caseId,
                                        AgencyId fromAgency,
                                        AgencyId toAgency,
                                        Stamp stamp) implements CaseEvent {
}
