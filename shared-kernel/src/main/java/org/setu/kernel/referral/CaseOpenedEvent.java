package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** A case was opened. {@code subject} is the personal part, sealed under the subject's key; the facts stay in clear. */
@Revision("2")
public record CaseOpenedEvent(CaseId caseId,
                              AgencyId leadAgency,
                              CaseFacts facts,
                              Sealed subject,
                              Consent consent,
                              Stamp stamp) implements CaseEvent {
}
