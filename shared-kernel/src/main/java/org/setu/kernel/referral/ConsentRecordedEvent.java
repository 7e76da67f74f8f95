package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The subject's consent was recorded (replacing the previous one). */
@Revision("1")
public record ConsentRecordedEvent(CaseId caseId, Consent consent, Stamp stamp) implements CaseEvent {
}
