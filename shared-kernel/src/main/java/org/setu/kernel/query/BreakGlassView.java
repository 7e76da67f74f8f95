package org.setu.kernel.query;

import org.setu.kernel.common.StaffId;
import org.setu.kernel.privacy.GrantId;

import java.time.Instant;

/** A break-glass grant on a case: who, why, until when. Shown to the lead agency. */
public record BreakGlassView(GrantId grantId, StaffId reviewer, String reason, Instant grantedAt, Instant expiresAt) {

    public boolean activeFor(StaffId staff, Instant now) {
        return reviewer.equals(staff) && now.isBefore(expiresAt);
    }
}
