package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** A closed case was reopened. */
@Revision("1")
public record CaseReopenedEvent(CaseId caseId, String reason, Stamp stamp) implements CaseEvent {
}
