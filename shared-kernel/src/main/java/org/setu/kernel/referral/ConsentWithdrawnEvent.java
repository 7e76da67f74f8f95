package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The subject withdrew consent to share. */
@Revision("2")
public record ConsentWithdrawnEvent(CaseId caseId, Sealed reason, Stamp stamp) implements CaseEvent {
}
