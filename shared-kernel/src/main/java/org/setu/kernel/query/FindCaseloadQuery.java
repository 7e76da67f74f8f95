package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseStatus;

/** An agency's caseload: cases it leads or has an active referral on; filters are optional. */
public record FindCaseloadQuery(AgencyId agency, CaseStatus status, CaseCategory category, int page, int size) {
}
