package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The subject withdrew consent to share. */
@Revision("1")
public record ConsentWithdrawnEvent(CaseId caseId, String reason, Stamp stamp) implements CaseEvent {
}
