package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The offered agency declined the lead role. */
@Revision("2")
public record LeadTransferDeclinedEvent(CaseId caseId,
                                        AgencyId fromAgency,
                                        AgencyId toAgency,
                                        Sealed reason,
                                        Stamp stamp) implements CaseEvent {
}
