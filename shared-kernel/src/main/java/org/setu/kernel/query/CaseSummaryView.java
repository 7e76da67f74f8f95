package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.CaseStatus;

import java.time.Instant;

/** A row of an agency's caseload: no personal data. */
public record CaseSummaryView(CaseId caseId, CaseStatus status, CaseCategory category, AgencyId leadAgency,
                              String district, Instant lastActivityAt, boolean overdue) {
}
