package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.GrantId;

import java.time.Instant;

/** A reviewer may see the case's personal data until {@code expiresAt}; the reviewer is {@code stamp.actor()}. */
@Revision("1")
public record BreakGlassGrantedEvent(CaseId caseId, GrantId grantId, String reason, Instant expiresAt, Stamp stamp)
        implements CaseEvent {
}
