package org.setu.kernel.audit;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseId;

/**
 * Someone was shown a case's personal data: who viewed a case, not only who changed it. {@code basis} is null for
 * ordinary need-to-know, or {@code break-glass <grant id>}.
 */
@Revision("2")
public record PersonalDataViewedEvent(CaseId caseId, Stamp stamp, String basis) {
}
