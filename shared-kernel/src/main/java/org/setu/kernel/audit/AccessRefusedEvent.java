package org.setu.kernel.audit;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseId;

/**
 * Someone without need-to-know asked for a case (or a referral on it) and was told it does not exist. The caller
 * learns nothing; the secretariat sees the attempt. {@code action} names the request (e.g. {@code GET case},
 * {@code POST accept}); {@code referralId} is set for a referral the caller may not see; {@code suppressed} counts the
 * caller's earlier attempts that were not recorded because they came too fast (so the chain cannot be flooded).
 */
@Revision("1")
public record AccessRefusedEvent(CaseId caseId, String referralId, String action, Stamp stamp, long suppressed) {
}
