package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The case was closed. */
@Revision("2")
public record CaseClosedEvent(CaseId caseId, Sealed reason, Stamp stamp) implements CaseEvent {
}
