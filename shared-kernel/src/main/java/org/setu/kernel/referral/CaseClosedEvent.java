package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The case was closed. */
@Revision("1")
public record CaseClosedEvent(CaseId caseId, String reason, Stamp stamp) implements CaseEvent {
}
