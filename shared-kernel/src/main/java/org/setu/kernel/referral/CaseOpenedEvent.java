package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

/** A case was opened. {@code subject} is the personal part, kept apart from the non-personal facts. */
@Revision("1")
public record CaseOpenedEvent(CaseId caseId,
                              AgencyId leadAgency,
                              CaseFacts facts,
                              SubjectData subject,
                              Consent consent,
                              Stamp stamp) implements CaseEvent {
}
