package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** A closed case was reopened. */
@Revision("2")
public record CaseReopenedEvent(CaseId caseId, Sealed reason, Stamp stamp) implements CaseEvent {
}
