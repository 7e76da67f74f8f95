package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.ErasureBasis;

/** The subject's data key is to be destroyed: from now on their personal data reads as erased everywhere. */
@Revision("1")
public record SubjectErasedEvent(CaseId caseId, ErasureBasis basis, String reason, Stamp stamp) implements CaseEvent {
}
